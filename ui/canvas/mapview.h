#pragma once

#include <QGraphicsView>

namespace Waymark {

class MapScene;

// The canvas's view: zoom with Ctrl+wheel, pinch or the keyboard, pan with the middle button,
// Space+drag or the scroll bars. It tells the scene where the visible area begins so that
// the stage and lane headers stay in sight. While it has the keyboard focus from the keyboard
// (Tab, a shortcut, the arrow keys) it shows a focus ring round its edge.
class MapView : public QGraphicsView
{
    Q_OBJECT

public:
    static constexpr double MinZoom = 0.1;
    static constexpr double MaxZoom = 4.0;

    explicit MapView(QWidget *parent = nullptr);

    void setMapScene(MapScene *scene);
    MapScene *mapScene() const { return m_scene; }

    double zoom() const { return transform().m11(); }
    void setZoom(double zoom, const QPointF &anchorScenePos = {});
    void zoomIn();
    void zoomOut();
    void zoomToFit();
    void resetZoom();
    // Shows `sceneRect` as large as fits, for presentation and "fit".
    void showRect(const QRectF &sceneRect);
    // Scrolls to the start of the map: the first stage and lane.
    void showTopLeft();
    // Scrolls a card (or what is over one) into sight `margin` pixels clear of the frozen
    // headers: ensureVisible() alone counts the viewport's edge and may leave the card under
    // the stage headers at the top or the lane headers at the left.
    void revealInCells(const QRectF &sceneRect, int margin = 30);
    // The same for a header, which is frozen along its own edge: a stage header is only
    // scrolled clear of the lane headers, a lane header clear of the stage headers.
    void revealHeader(const QRectF &sceneRect, Qt::Orientation headerRow, int margin = 40);
    // Scrolls an element of the map into sight: a card, or a stage or lane header.
    void reveal(QGraphicsItem *item);

    bool showsFocusRing() const;

signals:
    void zoomChanged(double zoom);

protected:
    void wheelEvent(QWheelEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    void resizeEvent(QResizeEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void keyReleaseEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    void updateHeaderOffset();
    void startPan(const QPoint &pos);
    void setFocusRing(bool shown);

    MapScene *m_scene = nullptr;
    bool m_spaceHeld = false;
    bool m_panning = false;
    QPoint m_panFrom;
    double m_pinchStart = 1;
    QWidget *m_focusRing; // over the viewport, not in it: scrolling must not move it
};

} // namespace Waymark
