#include "mapview.h"

#include "itemtypes.h"
#include "mapscene.h"

#include <QGestureEvent>
#include <QKeyEvent>
#include <QNativeGestureEvent>
#include <QPainter>
#include <QPinchGesture>
#include <QScrollBar>
#include <QWheelEvent>

#include <cmath>

namespace Waymark {

namespace {

// A ring drawn over the view's viewport, letting the mouse through.
class FocusRing : public QWidget
{
public:
    explicit FocusRing(QWidget *parent)
        : QWidget(parent)
    {
        setAttribute(Qt::WA_TransparentForMouseEvents);
        setAttribute(Qt::WA_NoSystemBackground);
        setFocusPolicy(Qt::NoFocus);
        hide();
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter painter(this);
        painter.setRenderHint(QPainter::Antialiasing);
        QColor colour = palette().color(QPalette::Highlight);
        painter.setPen(QPen(colour, 3));
        painter.setBrush(Qt::NoBrush);
        painter.drawRoundedRect(QRectF(rect()).adjusted(1.5, 1.5, -1.5, -1.5), 3, 3);
    }
};

} // namespace

MapView::MapView(QWidget *parent)
    : QGraphicsView(parent)
    , m_focusRing(new FocusRing(this))
{
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
    setDragMode(RubberBandDrag);
    setRubberBandSelectionMode(Qt::IntersectsItemShape);
    setTransformationAnchor(AnchorUnderMouse);
    setResizeAnchor(AnchorViewCenter);
    setViewportUpdateMode(SmartViewportUpdate);
    setOptimizationFlags(DontSavePainterState | DontAdjustForAntialiasing);
    setAlignment(Qt::AlignLeft | Qt::AlignTop);
    setFrameShape(QFrame::NoFrame);
    setFocusPolicy(Qt::StrongFocus);
    viewport()->grabGesture(Qt::PinchGesture);
}

void MapView::setMapScene(MapScene *scene)
{
    m_scene = scene;
    setScene(scene);
    if (scene)
        connect(scene, &MapScene::laidOut, this, &MapView::updateHeaderOffset);
    updateHeaderOffset();
}

void MapView::setZoom(double zoom, const QPointF &anchorScenePos)
{
    zoom = std::clamp(zoom, MinZoom, MaxZoom);
    if (std::abs(zoom - this->zoom()) < 1e-6)
        return;
    const QPoint anchorView = anchorScenePos.isNull() ? QPoint() : mapFromScene(anchorScenePos);
    setTransform(QTransform::fromScale(zoom, zoom));
    if (!anchorScenePos.isNull()) {
        // Keep the point under the pointer (or the fingers) where it was.
        const QPointF moved = mapFromScene(anchorScenePos) - anchorView;
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() + int(std::round(moved.x())));
        verticalScrollBar()->setValue(verticalScrollBar()->value() + int(std::round(moved.y())));
    }
    updateHeaderOffset();
    emit zoomChanged(zoom);
}

void MapView::zoomIn()
{
    setZoom(zoom() * 1.25);
}

void MapView::zoomOut()
{
    setZoom(zoom() / 1.25);
}

void MapView::resetZoom()
{
    setZoom(1.0);
}

void MapView::zoomToFit()
{
    if (m_scene)
        showRect(m_scene->mapLayout().bounds());
}

void MapView::showRect(const QRectF &sceneRect)
{
    if (sceneRect.isEmpty())
        return;
    const QRectF area = viewport()->rect().adjusted(8, 8, -8, -8);
    const double scale = std::min(area.width() / sceneRect.width(), area.height() / sceneRect.height());
    setTransform(QTransform::fromScale(std::clamp(scale, MinZoom, MaxZoom), std::clamp(scale, MinZoom, MaxZoom)));
    centerOn(sceneRect.center());
    updateHeaderOffset();
    emit zoomChanged(zoom());
}

void MapView::showTopLeft()
{
    horizontalScrollBar()->setValue(horizontalScrollBar()->minimum());
    verticalScrollBar()->setValue(verticalScrollBar()->minimum());
    updateHeaderOffset();
}

void MapView::revealInCells(const QRectF &sceneRect, int margin)
{
    using namespace CanvasMetrics;
    // Headers are scene items, scaled with the map: their size in scene units is the room.
    const double headerHeight = m_scene ? m_scene->mapLayout().stageHeaderHeight() : StageHeaderHeight;
    ensureVisible(sceneRect.adjusted(-LaneHeaderWidth, -headerHeight, 0, 0), margin, margin);
}

void MapView::revealHeader(const QRectF &sceneRect, Qt::Orientation headerRow, int margin)
{
    using namespace CanvasMetrics;
    if (headerRow == Qt::Horizontal)
        ensureVisible(sceneRect.adjusted(-LaneHeaderWidth, 0, 0, 0), margin, 0);
    else
        ensureVisible(sceneRect.adjusted(0, m_scene ? -m_scene->mapLayout().stageHeaderHeight() : -StageHeaderHeight, 0, 0), 0, margin);
}

void MapView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers().testFlag(Qt::ControlModifier)) {
        const double steps = event->angleDelta().y() / 120.0;
        setZoom(zoom() * std::pow(1.15, steps), mapToScene(event->position().toPoint()));
        event->accept();
        return;
    }
    QGraphicsView::wheelEvent(event);
}

bool MapView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::Resize) // scroll bars come and go without the view resizing
        m_focusRing->setGeometry(viewport()->geometry());
    // Touchpads send native zoom gestures; touch screens send pinch gestures.
    if (event->type() == QEvent::NativeGesture) {
        auto *gesture = static_cast<QNativeGestureEvent *>(event);
        if (gesture->gestureType() == Qt::ZoomNativeGesture) {
            setZoom(zoom() * (1 + gesture->value()), mapToScene(gesture->position().toPoint()));
            return true;
        }
    }
    if (event->type() == QEvent::Gesture) {
        auto *gestures = static_cast<QGestureEvent *>(event);
        if (auto *pinch = static_cast<QPinchGesture *>(gestures->gesture(Qt::PinchGesture))) {
            if (pinch->state() == Qt::GestureStarted)
                m_pinchStart = zoom();
            setZoom(m_pinchStart * pinch->totalScaleFactor(), mapToScene(mapFromGlobal(pinch->centerPoint().toPoint())));
            return true;
        }
    }
    return QGraphicsView::viewportEvent(event);
}

void MapView::scrollContentsBy(int dx, int dy)
{
    QGraphicsView::scrollContentsBy(dx, dy);
    updateHeaderOffset();
}

void MapView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    m_focusRing->setGeometry(viewport()->geometry());
    updateHeaderOffset();
}

bool MapView::showsFocusRing() const
{
    return m_focusRing->isVisible();
}

void MapView::setFocusRing(bool shown)
{
    // Only for focus that came from the keyboard: a click shows where it lands by itself.
    shown = shown && hasFocus();
    if (shown == m_focusRing->isVisible())
        return;
    m_focusRing->setGeometry(viewport()->geometry());
    m_focusRing->setVisible(shown);
    if (shown)
        m_focusRing->raise();
}

void MapView::focusInEvent(QFocusEvent *event)
{
    QGraphicsView::focusInEvent(event);
    const Qt::FocusReason reason = event->reason();
    setFocusRing(reason == Qt::TabFocusReason || reason == Qt::BacktabFocusReason || reason == Qt::ShortcutFocusReason);
}

void MapView::focusOutEvent(QFocusEvent *event)
{
    QGraphicsView::focusOutEvent(event);
    // A popup (a context menu) takes the focus for a moment; the ring comes back with it.
    if (event->reason() != Qt::PopupFocusReason)
        setFocusRing(false);
}

void MapView::reveal(QGraphicsItem *item)
{
    if (!item || !item->isVisible())
        return;
    switch (item->type()) {
    case StageHeaderItemType: revealHeader(item->sceneBoundingRect(), Qt::Horizontal); break;
    case LaneHeaderItemType: revealHeader(item->sceneBoundingRect(), Qt::Vertical); break;
    default: revealInCells(item->sceneBoundingRect()); break;
    }
}

void MapView::updateHeaderOffset()
{
    if (m_scene)
        m_scene->setHeaderOffset(mapToScene(QPoint(0, 0)));
}

void MapView::keyPressEvent(QKeyEvent *event)
{
    if (event->key() != Qt::Key_Space && event->key() != Qt::Key_Control && event->key() != Qt::Key_Shift
        && event->key() != Qt::Key_Alt && event->key() != Qt::Key_Meta)
        setFocusRing(true); // working the canvas from the keyboard
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat() && m_scene && !m_scene->isEditingText()) {
        m_spaceHeld = true;
        viewport()->setCursor(Qt::OpenHandCursor);
        event->accept();
        return;
    }
    QGraphicsView::keyPressEvent(event);
}

void MapView::keyReleaseEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat() && m_spaceHeld) {
        m_spaceHeld = false;
        if (!m_panning)
            viewport()->unsetCursor();
        event->accept();
        return;
    }
    QGraphicsView::keyReleaseEvent(event);
}

void MapView::startPan(const QPoint &pos)
{
    m_panning = true;
    m_panFrom = pos;
    viewport()->setCursor(Qt::ClosedHandCursor);
}

void MapView::mousePressEvent(QMouseEvent *event)
{
    setFocusRing(false);
    if (event->button() == Qt::MiddleButton || (event->button() == Qt::LeftButton && m_spaceHeld)) {
        startPan(event->position().toPoint());
        event->accept();
        return;
    }
    QGraphicsView::mousePressEvent(event);
}

void MapView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_panning) {
        const QPoint delta = event->position().toPoint() - m_panFrom;
        m_panFrom = event->position().toPoint();
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - delta.x());
        verticalScrollBar()->setValue(verticalScrollBar()->value() - delta.y());
        event->accept();
        return;
    }
    QGraphicsView::mouseMoveEvent(event);
}

void MapView::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_panning && (event->button() == Qt::MiddleButton || event->button() == Qt::LeftButton)) {
        m_panning = false;
        if (m_spaceHeld)
            viewport()->setCursor(Qt::OpenHandCursor);
        else
            viewport()->unsetCursor();
        event->accept();
        return;
    }
    QGraphicsView::mouseReleaseEvent(event);
}

} // namespace Waymark
