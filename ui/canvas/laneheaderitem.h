#pragma once

#include "headeritem.h"

namespace Waymark {

// The header of a lane row: its kind's icon and its name; for the emotion curve, the scale
// (faces and a value axis from -5 to +5) and the legend of personas, which also picks the
// persona new points are added for. Drag to reorder, double-click to rename.
class LaneHeaderItem : public HeaderItem
{
    Q_OBJECT

public:
    LaneHeaderItem(MapScene *scene, Id lane);

    int type() const override { return LaneHeaderItemType; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;
    // The height the header needs to show its whole name (and an emotion lane's legend).
    double neededHeight() const;
    // The whole name as a tooltip when the canvas shows only part of it.
    void updateToolTip();
    // An emotion lane's legend: the entry of the persona at `index` (item coordinates), and
    // the entry under `pos` (-1: none). Clicking one picks the persona new points go to.
    QRectF legendEntry(int index) const;
    int legendEntryAt(const QPointF &pos) const;

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void hoverMoveEvent(QGraphicsSceneHoverEvent *event) override;
    QRectF nameRect() const override;
    void rename() override;
    int dropIndex(const QPointF &scenePos) const override;
    int currentIndex() const override;
    void reorder(int from, int to) override;
    QLineF dropMarker(int index) const override;

private:
    // The name in lines: two at most on the canvas, all of them on paper.
    QStringList nameLines(bool *elided = nullptr) const;
    double legendTop() const;
    void paintEmotionScale(QPainter *painter) const;
};

} // namespace Waymark
