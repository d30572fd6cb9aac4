#include "personachecklist.h"

#include "commands/setcardpersonascommand.h"
#include "document/document.h"
#include "editor/mapsession.h"
#include "fieldpresentation.h"

#include <QEvent>
#include <QPainter>
#include <QScrollBar>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Waymark {

namespace {

constexpr int MaxVisibleRows = 6;

} // namespace

PersonaChecklist::PersonaChecklist(MapSession *session, const QList<Id> &cards, QWidget *parent)
    : QListWidget(parent)
    , m_session(session)
    , m_cards(cards)
{
    setObjectName(u"personas"_s);
    setAccessibleName(tr("Personas"));
    setToolTip(tr("Personas: the personas this card concerns"));
    setSelectionMode(QAbstractItemView::NoSelection);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setUniformItemSizes(true);

    const Document *document = session->document();
    connect(document, &Document::personaInserted, this, &PersonaChecklist::rebuild);
    connect(document, &Document::personaRemoved, this, &PersonaChecklist::rebuild);
    connect(document, &Document::personaMoved, this, &PersonaChecklist::rebuild);
    connect(document, &Document::reset, this, &PersonaChecklist::rebuild);
    connect(document, &Document::valueChanged, this, [this](const FieldRef &ref) {
        const auto field = PersonaField(ref.field);
        if (ref.entity == Entity::Persona
            && (field == PersonaField::Name || field == PersonaField::Role || field == PersonaField::Color))
            rebuild();
    });
    connect(document, &Document::cardPersonasChanged, this, [this](Id card) {
        if (m_cards.contains(card))
            updateChecks();
    });
    connect(this, &QListWidget::itemChanged, this, &PersonaChecklist::toggled);
    rebuild();
}

void PersonaChecklist::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    rebuild();
}

Qt::CheckState PersonaChecklist::stateOf(Id persona) const
{
    const Document *document = m_session->document();
    int tagged = 0;
    int cards = 0;
    for (const Id id : m_cards) {
        if (const Card *card = document->card(id)) {
            ++cards;
            tagged += card->personas.contains(persona) ? 1 : 0;
        }
    }
    if (tagged == 0)
        return Qt::Unchecked;
    return tagged == cards ? Qt::Checked : Qt::PartiallyChecked;
}

void PersonaChecklist::rebuild()
{
    m_updating = true;
    const int scroll = verticalScrollBar()->value();
    clear();
    const int iconSize = fontMetrics().height() * 3 / 4;
    setIconSize({iconSize, iconSize});
    for (const Persona &persona : m_session->document()->personas()) {
        auto *item = new QListWidgetItem(persona.name.isEmpty() ? tr("Unnamed persona") : persona.name, this);
        item->setData(Qt::UserRole, persona.id);
        item->setIcon(swatchIcon(persona.color, palette(), iconSize));
        item->setFlags(m_readOnly ? Qt::ItemIsEnabled : Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(stateOf(persona.id));
        if (!persona.role.isEmpty())
            item->setToolTip(persona.role);
    }
    verticalScrollBar()->setValue(scroll);
    m_updating = false;
    updateGeometry();
}

void PersonaChecklist::updateChecks()
{
    m_updating = true;
    for (int row = 0; row < count(); ++row) {
        QListWidgetItem *it = item(row);
        it->setCheckState(stateOf(it->data(Qt::UserRole).value<Id>()));
    }
    m_updating = false;
}

void PersonaChecklist::toggled(QListWidgetItem *item)
{
    if (m_updating)
        return;
    Document *document = m_session->document();
    const Id persona = item->data(Qt::UserRole).value<Id>();
    const bool tag = item->checkState() != Qt::Unchecked;

    QList<std::pair<Id, QList<Id>>> changes;
    for (const Id id : std::as_const(m_cards)) {
        const Card *card = document->card(id);
        if (!card || card->personas.contains(persona) == tag)
            continue;
        QList<Id> personas = card->personas;
        if (tag)
            personas.append(persona);
        else
            personas.removeAll(persona);
        std::sort(personas.begin(), personas.end());
        changes.append({id, personas});
    }
    if (changes.isEmpty())
        return;

    if (m_cards.size() == 1) {
        m_session->push(new SetCardPersonasCommand(document, changes.first().first, changes.first().second));
    } else {
        auto *command = new DocumentCommand(document, {});
        for (const auto &[card, personas] : std::as_const(changes))
            new SetCardPersonasCommand(document, card, personas, command);
        command->setText(tr("%1 (%n cards)", nullptr, int(m_cards.size())).arg(command->child(0)->text()));
        m_session->push(command);
    }
    // The document's signal set the checks; a failed write leaves them as they were.
    updateChecks();
}

int PersonaChecklist::heightForRows(int rows) const
{
    const int rowHeight = count() > 0 ? sizeHintForRow(0) : fontMetrics().height() + 4;
    return rows * rowHeight + 2 * frameWidth();
}

QSize PersonaChecklist::sizeHint() const
{
    return {QListWidget::sizeHint().width(), heightForRows(qBound(2, count(), MaxVisibleRows))};
}

QSize PersonaChecklist::minimumSizeHint() const
{
    return {QListWidget::minimumSizeHint().width(), heightForRows(2)};
}

void PersonaChecklist::paintEvent(QPaintEvent *event)
{
    QListWidget::paintEvent(event);
    if (count() > 0)
        return;
    QPainter painter(viewport());
    painter.setPen(palette().color(QPalette::PlaceholderText));
    painter.drawText(viewport()->rect().adjusted(4, 0, -4, 0), Qt::AlignCenter | Qt::TextWordWrap,
                     tr("This map has no personas yet"));
}

void PersonaChecklist::changeEvent(QEvent *event)
{
    QListWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        rebuild();
}

} // namespace Waymark
