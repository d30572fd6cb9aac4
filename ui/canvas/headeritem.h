#pragma once

#include "itemtypes.h"
#include "model/ids.h"
#include "textlines.h"

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

    // The level of detail the header is drawn at: the view's scale on the canvas, 1 on paper.
    double detailOf(const QPainter *painter, const QStyleOptionGraphicsItem *option) const;
    // Zoomed far out (detail below CardFace::FullDetail): `text` in `area`, in type just above
    // the least readable (the same for every header), wrapped and cut with "…" if need be; true
    // when drawn, false when even that would not fit.
    bool paintOverviewText(QPainter *painter, const QRectF &area, const QFont &font, const QColor &colour,
                           const QString &text, double detail) const;

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
    // The overview's text, fitted once per zoom and size rather than on every scroll.
    struct Overview {
        QString text;
        QSizeF area;
        double largest = 0;
        double smallest = 0;
        TextLines::Fitted fitted;
    };
    mutable Overview m_overview;
};

} // namespace Waymark
