#include "headeritem.h"

#include "cardface.h"
#include "mapscene.h"

#include <QApplication>
#include <QCursor>
#include <QFontMetricsF>
#include <QGraphicsLineItem>
#include <QGraphicsSceneMouseEvent>
#include <QKeyEvent>
#include <QPainter>
#include <QPen>
#include <QStyleOptionGraphicsItem>

namespace Waymark {

HeaderItem::HeaderItem(MapScene *scene, Id id, Qt::Orientation dragAxis)
    : m_id(id)
    , m_axis(dragAxis)
{
    setFlags(ItemIsSelectable | ItemIsFocusable);
    setAcceptHoverEvents(true);
    scene->addItem(this);
}

MapScene *HeaderItem::mapScene() const
{
    return static_cast<MapScene *>(scene());
}

double HeaderItem::detailOf(const QPainter *painter, const QStyleOptionGraphicsItem *option) const
{
    return mapScene()->isForPaper() || !option ? 1.0 : option->levelOfDetailFromTransform(painter->worldTransform());
}

bool HeaderItem::paintOverviewText(QPainter *painter, const QRectF &area, const QFont &font, const QColor &colour,
                                   const QString &text, double detail) const
{
    // One size for every header, whatever its name, as for the cards, as far as the header's
    // height allows.
    const double smallest = std::ceil(CardFace::MinTitlePixels / detail);
    const double largest = std::floor(std::min(CardFace::overviewPixels(detail), area.height() / 1.3));
    if (largest < smallest || text.trimmed().isEmpty())
        return false;
    if (m_overview.text != text || m_overview.area != area.size() || m_overview.largest != largest || m_overview.smallest != smallest)
        m_overview = {text, area.size(), largest, smallest, TextLines::fit(text, font, area.size(), largest, largest)};
    QFont sized = font;
    sized.setPixelSize(int(m_overview.fitted.pixels));
    const QFontMetricsF metrics(sized);
    painter->setFont(sized);
    painter->setPen(colour);
    double y = area.top();
    for (const QString &line : std::as_const(m_overview.fitted.lines)) {
        painter->drawText(QPointF(area.left(), y + metrics.ascent()), line);
        y += metrics.lineSpacing();
    }
    return true;
}

void HeaderItem::setRect(const QRectF &rect)
{
    if (rect == m_rect)
        return;
    prepareGeometryChange();
    m_rect = rect;
    update();
}

QVariant HeaderItem::itemChange(GraphicsItemChange change, const QVariant &value)
{
    if (change == ItemSelectedHasChanged)
        update();
    return QGraphicsObject::itemChange(change, value);
}

void HeaderItem::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QGraphicsObject::mousePressEvent(event);
        return;
    }
    m_pressPos = event->scenePos();
    const bool resize = mapScene()->isEditable() && onResizeEdge(event->pos());
    m_mode = resize ? Mode::Resize : Mode::Pressed;
    m_pressWidth = m_rect.width();
    if (!resize)
        QGraphicsObject::mousePressEvent(event); // selects
    setFocus(Qt::MouseFocusReason);
    event->accept();
}

void HeaderItem::mouseMoveEvent(QGraphicsSceneMouseEvent *event)
{
    if (m_mode == Mode::Resize) {
        // By how far the pointer moved, not to where it is: the grip is a few pixels wide,
        // and the edge must not jump to the pointer on the first move (or on a mere click).
        resizeTo(m_pressWidth + event->scenePos().x() - m_pressPos.x(), false);
        return;
    }
    if (m_mode == Mode::Pressed && mapScene()->isEditable()
        && (event->scenePos() - m_pressPos).manhattanLength() >= QApplication::startDragDistance()) {
        m_mode = Mode::Reorder;
        m_marker = new QGraphicsLineItem;
        m_marker->setPen(QPen(mapScene()->theme().accent, 4, Qt::SolidLine, Qt::RoundCap));
        m_marker->setZValue(ZOrder::Corner);
        mapScene()->addItem(m_marker);
        setOpacity(0.7);
    }
    if (m_mode == Mode::Reorder) {
        const QPointF delta = event->scenePos() - m_pressPos;
        setTransform(QTransform::fromTranslate(m_axis == Qt::Horizontal ? delta.x() : 0, m_axis == Qt::Vertical ? delta.y() : 0));
        m_marker->setLine(dropMarker(dropIndex(event->scenePos())).translated(pos()));
    }
}

void HeaderItem::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    if (m_mode == Mode::Resize) {
        resizeTo(m_pressWidth + event->scenePos().x() - m_pressPos.x(), true);
        m_mode = Mode::None;
        return;
    }
    if (m_mode == Mode::Reorder) {
        endDrag(true, event->scenePos());
        return;
    }
    m_mode = Mode::None;
    QGraphicsObject::mouseReleaseEvent(event);
}

void HeaderItem::endDrag(bool commit, const QPointF &scenePos)
{
    m_mode = Mode::None;
    setTransform(QTransform());
    setOpacity(1);
    delete m_marker;
    m_marker = nullptr;
    if (!commit)
        return;
    const int from = currentIndex();
    int to = dropIndex(scenePos);
    if (to > from)
        --to; // the boundary after the header itself is where it already is
    if (to != from)
        reorder(from, to);
}

void HeaderItem::mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event)
{
    event->accept();
    if (mapScene()->isEditable() && !onResizeEdge(event->pos()))
        rename();
}

void HeaderItem::hoverMoveEvent(QGraphicsSceneHoverEvent *event)
{
    m_hovered = true;
    if (mapScene()->isEditable() && onResizeEdge(event->pos()))
        setCursor(Qt::SizeHorCursor);
    else
        unsetCursor();
    update();
}

void HeaderItem::hoverLeaveEvent(QGraphicsSceneHoverEvent *)
{
    m_hovered = false;
    unsetCursor();
    update();
}

void HeaderItem::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape && m_mode == Mode::Reorder) {
        endDrag(false, {});
        ungrabMouse();
        return;
    }
    if ((event->key() == Qt::Key_F2 || event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter)
        && mapScene()->isEditable()) {
        rename();
        return;
    }
    QGraphicsObject::keyPressEvent(event);
}

} // namespace Waymark
