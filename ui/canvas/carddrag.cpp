#include "carddrag.h"

#include "carditem.h"
#include "commands/documentcommand.h"
#include "commands/movecardcommand.h"
#include "document/document.h"
#include "mapscene.h"

#include <QCoreApplication>
#include <QGraphicsRectItem>
#include <QPen>

#include <climits>

namespace Waymark {

CardDrag::CardDrag(MapScene *scene)
    : m_scene(scene)
{
}

CardDrag::~CardDrag() = default;

void CardDrag::start(CardItem *grabbed, const QPointF &pressPos)
{
    const Document *doc = m_scene->document();
    QList<Id> cards;
    for (QGraphicsItem *item : m_scene->selectedItems()) {
        if (item->type() == CardItemType)
            cards.append(static_cast<CardItem *>(item)->cardId());
    }
    if (!cards.contains(grabbed->cardId()))
        cards = {grabbed->cardId()};
    // Document order, so that the cards keep their order where they land.
    std::sort(cards.begin(), cards.end(), [doc](Id a, Id b) {
        const Card *x = doc->card(a);
        const Card *y = doc->card(b);
        return std::tuple(doc->stageIndex(x->stage), doc->laneIndex(x->lane), x->position)
            < std::tuple(doc->stageIndex(y->stage), doc->laneIndex(y->lane), y->position);
    });
    m_cards = cards;
    m_pressPos = pressPos;
    m_offsets.clear();
    for (const Id id : std::as_const(m_cards)) {
        CardItem *item = m_scene->cardItem(id);
        m_offsets.append(item->pos() - pressPos);
        item->setZValue(ZOrder::DraggedCard);
        item->setOpacity(0.85);
    }
    m_marker = new QGraphicsRectItem;
    m_marker->setPen(Qt::NoPen);
    m_marker->setBrush(m_scene->theme().accent);
    m_marker->setZValue(ZOrder::DropMarker);
    m_marker->hide();
    m_scene->addItem(m_marker);
}

QList<Id> CardDrag::staying(Id stage, Id lane) const
{
    QList<Id> cards = m_scene->document()->cardsIn(stage, lane);
    cards.removeIf([this](Id id) { return m_cards.contains(id); });
    return cards;
}

std::optional<CardDrag::Target> CardDrag::targetAt(const QPointF &scenePos) const
{
    const auto cell = m_scene->mapLayout().cellAt(scenePos);
    if (!cell)
        return std::nullopt;
    const Lane *lane = m_scene->document()->lane(cell->second);
    if (!lane || lane->kind == LaneKind::EmotionCurve)
        return std::nullopt; // the curve's lane holds no cards
    const QList<Id> cards = staying(cell->first, cell->second);
    return Target{cell->first, cell->second, m_scene->mapLayout().insertionIndex(cards, scenePos)};
}

void CardDrag::move(const QPointF &scenePos)
{
    for (int i = 0; i < m_cards.size(); ++i) {
        if (CardItem *item = m_scene->cardItem(m_cards.at(i)))
            item->setPos(scenePos + m_offsets.at(i));
    }
    const auto target = targetAt(scenePos);
    if (!target) {
        m_marker->hide();
        return;
    }
    const QRectF cell = m_scene->mapLayout().cellRect(target->stage, target->lane);
    const double y = m_scene->mapLayout().insertionY(target->stage, target->lane, staying(target->stage, target->lane),
                                                     target->index);
    m_marker->setRect(QRectF(cell.left() + CanvasMetrics::CellPadding, y - 1.5, cell.width() - 2 * CanvasMetrics::CellPadding, 3));
    m_marker->show();
}

void CardDrag::finish(const QPointF &scenePos)
{
    const auto target = targetAt(scenePos);
    const QList<Id> cards = m_cards;
    cancel(); // visual state back; the command moves the cards for real
    if (!target)
        return;
    Document *doc = m_scene->document();
    const QString text = cards.size() == 1 ? QCoreApplication::translate("Waymark", "Move Card")
                                           : QCoreApplication::translate("Waymark", "Move %n Cards", nullptr, int(cards.size()));
    auto *command = new DocumentCommand(doc, text);
    // First to the end of the target cell, in order, then each into its place: every step's
    // position is then right whatever cell the card came from.
    for (const Id id : cards)
        new MoveCardCommand(doc, id, target->stage, target->lane, INT_MAX, command);
    for (int i = 0; i < cards.size(); ++i)
        new MoveCardCommand(doc, cards.at(i), target->stage, target->lane, target->index + i, command);
    m_scene->push(command);
}

void CardDrag::cancel()
{
    for (const Id id : std::as_const(m_cards)) {
        if (CardItem *item = m_scene->cardItem(id)) {
            item->setZValue(ZOrder::Card);
            item->setOpacity(1);
        }
    }
    m_cards.clear();
    m_offsets.clear();
    delete m_marker;
    m_marker = nullptr;
    m_scene->relayout();
}

} // namespace Waymark
