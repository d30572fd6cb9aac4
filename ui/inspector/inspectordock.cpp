#include "inspectordock.h"

#include "document/document.h"
#include "editor/mapsession.h"
#include "editor/selection.h"
#include "fieldform.h"

#include <QLabel>
#include <QScrollArea>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Waymark {

InspectorDock::InspectorDock(QWidget *parent)
    : QDockWidget(tr("Inspector"), parent)
{
    setObjectName(u"inspectorDock"_s);

    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    m_header = new QLabel(content);
    m_header->setObjectName(u"inspectorHeader"_s);
    m_header->setTextFormat(Qt::PlainText);
    m_header->setWordWrap(true);
    QFont headerFont = m_header->font();
    headerFont.setBold(true);
    headerFont.setPointSizeF(headerFont.pointSizeF() * 1.15);
    m_header->setFont(headerFont);
    m_header->setAccessibleName(tr("Inspected element"));

    m_readOnlyNote = new QLabel(tr("This map is open read-only: its properties cannot be changed."), content);
    m_readOnlyNote->setObjectName(u"inspectorReadOnlyNote"_s);
    m_readOnlyNote->setWordWrap(true);
    m_readOnlyNote->setForegroundRole(QPalette::PlaceholderText);

    m_pages = new QStackedWidget(content);
    m_message = new QLabel(m_pages);
    m_message->setObjectName(u"inspectorMessage"_s);
    m_message->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    m_message->setWordWrap(true);
    m_message->setMargin(12);
    m_message->setForegroundRole(QPalette::PlaceholderText);
    m_scroll = new QScrollArea(m_pages);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_pages->addWidget(m_message);
    m_pages->addWidget(m_scroll);

    layout->addWidget(m_header);
    layout->addWidget(m_readOnlyNote);
    layout->addWidget(m_pages, 1);
    setWidget(content);
    setSession(nullptr);
}

InspectorDock::~InspectorDock()
{
    // Text typed and not committed yet still reaches the map while the session is there.
    if (m_form)
        m_form->finish(m_session ? FieldForm::Pending::CommitNow : FieldForm::Pending::Discard);
}

void InspectorDock::setSession(MapSession *session)
{
    if (session && session == m_session)
        return;
    if (m_session) {
        disconnect(m_session, nullptr, this, nullptr);
        disconnect(m_session->document(), nullptr, this, nullptr);
        disconnect(m_session->selection(), nullptr, this, nullptr);
    }
    dropForm(FieldForm::Pending::CommitNow);
    m_session = session;
    m_target = {};
    if (!session) {
        m_header->hide();
        m_readOnlyNote->hide();
        showMessage(tr("No map is open.\nOpen or create a journey map to see and edit its properties here."));
        return;
    }
    // Gone with its document: nothing typed can be committed any more.
    connect(session, &QObject::destroyed, this, [this] {
        dropForm(FieldForm::Pending::Discard);
        setSession(nullptr);
    });
    const Document *document = session->document();
    connect(session->selection(), &Selection::changed, this, &InspectorDock::selectionChanged);
    connect(document, &Document::reset, this, &InspectorDock::selectionChanged);
    connect(document, &Document::pathChanged, this, &InspectorDock::rebuild); // may now be writable
    connect(document, &Document::readOnlyChanged, this, &InspectorDock::updateReadOnlyNote);
    connect(document, &Document::valueChanged, this, [this](const FieldRef &ref) {
        if (ref.entity == m_target.entity && m_target.ids.contains(ref.id))
            updateHeader();
    });
    m_header->show();
    rebuild();
}

MapSession *InspectorDock::session() const
{
    return m_session;
}

InspectorDock::Target InspectorDock::targetOfSelection() const
{
    const QList<ElementRef> &elements = m_session->selection()->elements();
    if (elements.isEmpty())
        return {Entity::Map, {1}};
    const Entity entity = elements.first().entity;
    const bool sameKind = std::all_of(elements.begin(), elements.end(),
                                      [entity](const ElementRef &ref) { return ref.entity == entity; });
    if (entity == Entity::Map && elements.size() == 1)
        return {Entity::Map, {1}};
    if (!sameKind || (elements.size() > 1 && entity != Entity::Card))
        return {entity, {}};
    QList<Id> ids;
    for (const ElementRef &ref : elements)
        ids.append(ref.id);
    return {entity, ids};
}

void InspectorDock::selectionChanged()
{
    if (!m_session)
        return;
    const Target target = targetOfSelection();
    if (target == m_target && m_form) {
        updateHeader();
        return;
    }
    rebuild();
}

void InspectorDock::rebuild()
{
    // Called from the selection's and the document's signals, perhaps inside a command.
    dropForm(FieldForm::Pending::CommitLater);
    m_target = targetOfSelection();
    updateReadOnlyNote();
    updateHeader();
    if (m_target.ids.isEmpty()) {
        showMessage(tr("Select a single element, or only cards, to edit properties here."));
        return;
    }
    m_form = new FieldForm(m_session, m_target.entity, m_target.ids);
    m_scroll->setWidget(m_form);
    m_pages->setCurrentWidget(m_scroll);
}

void InspectorDock::dropForm(FieldForm::Pending pending)
{
    if (!m_form)
        return;
    m_form->finish(pending);
    // Not deleted at once: this may run inside one of the form's own calls.
    m_scroll->takeWidget();
    m_form->hide();
    m_form->deleteLater();
    m_form = nullptr;
}

void InspectorDock::updateHeader()
{
    if (!m_session)
        return;
    const Document *document = m_session->document();
    const int selected = int(m_session->selection()->elements().size());
    QString text;
    if (m_target.ids.isEmpty()) {
        text = tr("%n items selected", nullptr, selected);
    } else if (m_target.entity == Entity::Card) {
        QList<CardKind> kinds;
        for (const Id id : std::as_const(m_target.ids)) {
            if (const Card *card = document->card(id); card && !kinds.contains(card->kind))
                kinds.append(card->kind);
        }
        const QString what = m_target.ids.size() == 1 ? entityName(Entity::Card)
                                                        : tr("%n cards", nullptr, int(m_target.ids.size()));
        text = kinds.size() == 1 ? tr("%1 — %2").arg(what, labelOf(kinds.first())) : what;
    } else if (m_target.entity == Entity::Lane) {
        const Lane *lane = document->lane(m_target.ids.first());
        text = lane ? tr("%1 — %2").arg(entityName(Entity::Lane), labelOf(lane->kind)) : entityName(Entity::Lane);
    } else {
        text = entityName(m_target.entity);
    }
    m_header->setText(text);
}

void InspectorDock::updateReadOnlyNote()
{
    m_readOnlyNote->setVisible(m_session && m_session->document()->isReadOnly());
}

void InspectorDock::showMessage(const QString &text)
{
    m_message->setText(text);
    m_pages->setCurrentWidget(m_message);
}

} // namespace Waymark
