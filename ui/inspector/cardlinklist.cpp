#include "cardlinklist.h"

#include "commands/linkcardscommand.h"
#include "document/document.h"
#include "editor/mapsession.h"
#include "editor/selection.h"

#include <QPainter>
#include <QScrollBar>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Waymark {

namespace {

constexpr int MaxVisibleRows = 7;

} // namespace

CardLinkList::CardLinkList(MapSession *session, Id card, QWidget *parent)
    : QListWidget(parent)
    , m_session(session)
    , m_card(card)
{
    setObjectName(u"links"_s);
    setSelectionMode(QAbstractItemView::NoSelection);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setUniformItemSizes(true);
    // Long titles are elided rather than scrolled sideways; the tooltip has them whole.
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setTextElideMode(Qt::ElideRight);

    // Many signals can arrive in one command (a stage deleted with its cards): one rebuild.
    const auto later = [this] {
        if (m_rebuildQueued)
            return;
        m_rebuildQueued = true;
        QTimer::singleShot(0, this, [this] {
            m_rebuildQueued = false;
            rebuild();
        });
    };
    const Document *document = session->document();
    connect(document, &Document::linkChanged, this, later);
    connect(document, &Document::cardInserted, this, later);
    connect(document, &Document::cardRemoved, this, later);
    connect(document, &Document::cardMoved, this, later);
    connect(document, &Document::stageMoved, this, later);
    connect(document, &Document::laneMoved, this, later);
    connect(document, &Document::reset, this, later);
    connect(document, &Document::valueChanged, this, [later](const FieldRef &ref) {
        if ((ref.entity == Entity::Card
             && (CardField(ref.field) == CardField::Title || CardField(ref.field) == CardField::Kind))
            || (ref.entity == Entity::Stage && StageField(ref.field) == StageField::Name))
            later();
    });
    connect(this, &QListWidget::itemChanged, this, &CardLinkList::toggled);
    connect(this, &QListWidget::itemDoubleClicked, this, [this](QListWidgetItem *item) {
        m_session->selection()->select({Entity::Card, item->data(Qt::UserRole).value<Id>()});
    });
    rebuild();
}

void CardLinkList::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    rebuild();
}

bool CardLinkList::applies() const
{
    const Card *card = m_session->document()->card(m_card);
    return card && (card->kind == CardKind::Opportunity || card->kind == CardKind::PainPoint);
}

QString CardLinkList::label() const
{
    const Card *card = m_session->document()->card(m_card);
    return card && card->kind == CardKind::PainPoint ? tr("Addressed by") : tr("Addresses");
}

void CardLinkList::rebuild()
{
    const Document *document = m_session->document();
    const Card *card = document->card(m_card);
    m_updating = true;
    const int scroll = verticalScrollBar()->value();
    clear();
    if (card && (card->kind == CardKind::Opportunity || card->kind == CardKind::PainPoint)) {
        const bool opportunity = card->kind == CardKind::Opportunity;
        setAccessibleName(opportunity ? tr("Pain points this opportunity addresses")
                                      : tr("Opportunities that address this pain point"));
        setToolTip(opportunity ? tr("Check the pain points this opportunity addresses")
                               : tr("The opportunities that address this pain point; link them from the opportunity"));
        // An opportunity chooses among every pain point; a pain point lists its opportunities,
        // and also any linked card whose kind has changed since.
        QList<Id> rows;
        if (opportunity) {
            for (const Stage &stage : document->stages()) {
                for (const Id id : document->cardsOfStage(stage.id)) {
                    if (id != m_card && (document->card(id)->kind == CardKind::PainPoint || document->isLinked({m_card, id})))
                        rows.append(id);
                }
            }
        } else {
            rows = document->opportunitiesOf(m_card);
        }
        for (const Id id : std::as_const(rows)) {
            const Card *other = document->card(id);
            const Stage *stage = document->stage(other->stage);
            const QString title = other->title.isEmpty() ? tr("Untitled") : other->title;
            auto *item = new QListWidgetItem(title, this);
            item->setData(Qt::UserRole, id);
            item->setToolTip(tr("%1\n%2 in stage \u201c%3\u201d")
                                 .arg(title, labelOf(other->kind), stage ? stage->name : QString()));
            if (opportunity) {
                item->setFlags(m_readOnly ? Qt::ItemIsEnabled : Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
                item->setCheckState(document->isLinked({m_card, id}) ? Qt::Checked : Qt::Unchecked);
            } else {
                item->setFlags(Qt::ItemIsEnabled);
            }
        }
    }
    verticalScrollBar()->setValue(scroll);
    m_updating = false;
    updateGeometry();
}

void CardLinkList::toggled(QListWidgetItem *item)
{
    if (m_updating)
        return;
    Document *document = m_session->document();
    const CardLink link{m_card, item->data(Qt::UserRole).value<Id>()};
    const bool linked = item->checkState() == Qt::Checked;
    if (document->isLinked(link) == linked)
        return;
    if (linked)
        m_session->push(new LinkCardsCommand(document, link));
    else
        m_session->push(new LinkCardsCommand(document, link, LinkCardsCommand::Unlink));
    // The document's signal rebuilds the list; a refused write must show the old state.
    m_updating = true;
    item->setCheckState(document->isLinked(link) ? Qt::Checked : Qt::Unchecked);
    m_updating = false;
}

int CardLinkList::heightForRows(int rows) const
{
    const int rowHeight = count() > 0 ? sizeHintForRow(0) : fontMetrics().height() + 4;
    return rows * rowHeight + 2 * frameWidth();
}

QSize CardLinkList::sizeHint() const
{
    return {QListWidget::sizeHint().width(), heightForRows(qBound(2, count(), MaxVisibleRows))};
}

QSize CardLinkList::minimumSizeHint() const
{
    return {QListWidget::minimumSizeHint().width(), heightForRows(2)};
}

void CardLinkList::paintEvent(QPaintEvent *event)
{
    QListWidget::paintEvent(event);
    if (count() > 0)
        return;
    const Card *card = m_session->document()->card(m_card);
    QPainter painter(viewport());
    painter.setPen(palette().color(QPalette::PlaceholderText));
    painter.drawText(viewport()->rect().adjusted(4, 0, -4, 0), Qt::AlignCenter | Qt::TextWordWrap,
                     card && card->kind == CardKind::PainPoint ? tr("No opportunity addresses it yet")
                                                                : tr("This map has no pain points yet"));
}

} // namespace Waymark
