#include "linkoverlayitem.h"

#include "carditem.h"
#include "document/document.h"
#include "mapscene.h"

#include <QPainter>
#include <QSet>
#include <QTimer>

namespace Waymark {

namespace {

constexpr double EndRadius = 3.5;

// A smooth S from the edge of one card that faces the other to the facing edge of the
// other: vertical when one is above the other, horizontal when they share a row.
QPainterPath connectorPath(const QRectF &a, const QRectF &b, QPointF *from, QPointF *to)
{
    QPointF c1;
    QPointF c2;
    if (a.bottom() < b.top() || b.bottom() < a.top()) {
        const bool down = a.bottom() < b.top();
        *from = QPointF(a.center().x(), down ? a.bottom() : a.top());
        *to = QPointF(b.center().x(), down ? b.top() : b.bottom());
        const double bend = (to->y() - from->y()) / 2;
        c1 = *from + QPointF(0, bend);
        c2 = *to - QPointF(0, bend);
    } else {
        const bool right = a.center().x() < b.center().x();
        *from = QPointF(right ? a.right() : a.left(), a.center().y());
        *to = QPointF(right ? b.left() : b.right(), b.center().y());
        const double bend = (to->x() - from->x()) / 2;
        c1 = *from + QPointF(bend, 0);
        c2 = *to - QPointF(bend, 0);
    }
    QPainterPath path(*from);
    path.cubicTo(c1, c2, *to);
    return path;
}

} // namespace

LinkOverlayItem::LinkOverlayItem(MapScene *scene)
{
    setZValue(ZOrder::LinkOverlay);
    setAcceptedMouseButtons(Qt::NoButton);
    setAcceptHoverEvents(false);
    scene->addItem(this);
    connect(scene, &QGraphicsScene::selectionChanged, this, &LinkOverlayItem::scheduleRefresh);
    connect(scene, &MapScene::laidOut, this, &LinkOverlayItem::scheduleRefresh);
    connect(scene->document(), &Document::linkChanged, this, &LinkOverlayItem::scheduleRefresh);
    connect(scene->document(), &Document::reset, this, &LinkOverlayItem::scheduleRefresh);
}

MapScene *LinkOverlayItem::mapScene() const
{
    return static_cast<MapScene *>(scene());
}

void LinkOverlayItem::setHoveredCard(Id card)
{
    if (card == m_hovered)
        return;
    m_hovered = card;
    refresh(); // at once: hovering must feel immediate
}

void LinkOverlayItem::scheduleRefresh()
{
    // A selection of many cards or a relayout arrives as a burst of signals: one refresh.
    if (m_refreshQueued)
        return;
    m_refreshQueued = true;
    QTimer::singleShot(0, this, [this] {
        m_refreshQueued = false;
        refresh();
    });
}

void LinkOverlayItem::refresh()
{
    MapScene *s = mapScene();
    const Document *document = s->document();
    QList<Id> focus;
    for (QGraphicsItem *item : s->selectedItems()) {
        if (item->type() == CardItemType)
            focus.append(static_cast<CardItem *>(item)->cardId());
    }
    if (m_hovered && document->card(m_hovered))
        focus.append(m_hovered);

    QList<Connector> connectors;
    QSet<std::pair<Id, Id>> drawn;
    QRectF bounds;
    for (const Id id : std::as_const(focus)) {
        for (const CardLink &link : document->linksOf(id)) {
            if (drawn.contains({link.opportunity, link.painPoint}))
                continue;
            drawn.insert({link.opportunity, link.painPoint});
            const CardItem *a = s->cardItem(link.opportunity);
            const CardItem *b = s->cardItem(link.painPoint);
            if (!a || !b || !a->isVisible() || !b->isVisible())
                continue; // a hidden lane hides its cards' connectors too
            Connector connector;
            connector.path = connectorPath(a->mapRectToScene(a->rect()), b->mapRectToScene(b->rect()), &connector.from,
                                           &connector.to);
            bounds |= connector.path.boundingRect();
            connectors.append(connector);
        }
    }
    prepareGeometryChange();
    m_connectors = connectors;
    // Nothing to draw is no rectangle at all, so that it never widens the scene's bounds.
    m_bounds = connectors.isEmpty() ? QRectF()
                                    : bounds.adjusted(-EndRadius - 2, -EndRadius - 2, EndRadius + 2, EndRadius + 2);
    update();
}

void LinkOverlayItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    if (m_connectors.isEmpty())
        return;
    QColor colour = mapScene()->theme().accent;
    colour.setAlphaF(0.6f);
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(colour, 2, Qt::SolidLine, Qt::RoundCap));
    painter->setBrush(Qt::NoBrush);
    for (const Connector &connector : std::as_const(m_connectors))
        painter->drawPath(connector.path);
    painter->setPen(Qt::NoPen);
    painter->setBrush(colour);
    for (const Connector &connector : std::as_const(m_connectors)) {
        painter->drawEllipse(connector.from, EndRadius, EndRadius);
        painter->drawEllipse(connector.to, EndRadius, EndRadius);
    }
}

} // namespace Waymark
