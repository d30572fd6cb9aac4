#include "addbuttonitem.h"

#include "mapscene.h"
#include "svgicons.h"

#include <QCursor>
#include <QGraphicsSceneMouseEvent>
#include <QPainter>

using namespace Qt::StringLiterals;

namespace Waymark {

AddButtonItem::AddButtonItem(MapScene *scene, const QString &toolTip, std::function<void()> action)
    : m_action(std::move(action))
{
    setToolTip(toolTip);
    setAcceptHoverEvents(true);
    setCursor(Qt::PointingHandCursor);
    setZValue(ZOrder::Corner);
    scene->addItem(this);
}

QRectF AddButtonItem::boundingRect() const
{
    return QRectF(0, 0, CanvasMetrics::AddButtonSize, CanvasMetrics::AddButtonSize);
}

void AddButtonItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    const CanvasTheme &theme = static_cast<MapScene *>(scene())->theme();
    painter->setRenderHint(QPainter::Antialiasing);
    const QRectF r = boundingRect().adjusted(1, 1, -1, -1);
    painter->setPen(QPen(m_hovered ? theme.accent : theme.headerBorder, 1.5));
    painter->setBrush(m_hovered ? theme.accent : theme.headerBackground);
    painter->drawEllipse(r);
    SvgIcons::paint(painter, u"add"_s, r.adjusted(6, 6, -6, -6), m_hovered ? QColor(Qt::white) : theme.mutedText);
}

void AddButtonItem::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    event->accept();
}

void AddButtonItem::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    if (boundingRect().contains(event->pos()) && m_action)
        m_action();
}

void AddButtonItem::hoverEnterEvent(QGraphicsSceneHoverEvent *)
{
    m_hovered = true;
    update();
}

void AddButtonItem::hoverLeaveEvent(QGraphicsSceneHoverEvent *)
{
    m_hovered = false;
    update();
}

} // namespace Waymark
