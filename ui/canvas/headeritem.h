#pragma once

#include "itemtypes.h"
#include "model/ids.h"

#include <QGraphicsObject>

namespace Waymark {

class MapScene;

// What stage and lane headers share: a rectangle set by the scene, selection, renaming by
// double-click, and dragging along one axis to reorder (stages also resize from the edge).
class HeaderItem : public QGraphicsObject
{
    Q_OBJECT

public:
    HeaderItem(MapScene *scene, Id id, Qt::Orientation dragAxis);

    Id elementId() const { return m_id; }
    void setRect(const QRectF &rect);
    QRectF rect() const { return m_rect; }
    QRectF boundingRect() const override { return m_rect; }

protected:
    MapScene *mapScene() const;
    // The header's own text area, for in-place renaming.
    virtual QRectF nameRect() const = 0;
    virtual void rename() = 0;
    // Reordering: the index the header would move to for a drop at `scenePos`.
    virtual int dropIndex(const QPointF &scenePos) const = 0;
    virtual int currentIndex() const = 0;
    virtual void reorder(int from, int to) = 0;
    virtual QLineF dropMarker(int index) const = 0;
    // Resizing (stages): whether `pos` grabs the resize edge, and what a drag there does.
    virtual bool onResizeEdge(const QPointF &) const { return false; }
    virtual void resizeTo(double, bool) {}

    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseMoveEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event) override;
    void hoverMoveEvent(QGraphicsSceneHoverEvent *event) override;
    void hoverLeaveEvent(QGraphicsSceneHoverEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

    bool isHovered() const { return m_hovered; }
    bool isDragging() const { return m_mode == Mode::Reorder; }

private:
    enum class Mode { None, Pressed, Reorder, Resize };
    void endDrag(bool commit, const QPointF &scenePos);

    Id m_id;
    Qt::Orientation m_axis;
    QRectF m_rect;
    Mode m_mode = Mode::None;
    QPointF m_pressPos;
    double m_pressWidth = 0; // the width when a resize began
    QGraphicsLineItem *m_marker = nullptr;
    bool m_hovered = false;
};

} // namespace Waymark
