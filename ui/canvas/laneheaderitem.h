#pragma once

#include "headeritem.h"

namespace Waymark {

// The header of a lane row: its kind's icon and its name; for the emotion curve, the scale
// (faces from -5 to +5) and the legend of personas. Drag to reorder, double-click to rename.
class LaneHeaderItem : public HeaderItem
{
    Q_OBJECT

public:
    LaneHeaderItem(MapScene *scene, Id lane);

    int type() const override { return LaneHeaderItemType; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

protected:
    QRectF nameRect() const override;
    void rename() override;
    int dropIndex(const QPointF &scenePos) const override;
    int currentIndex() const override;
    void reorder(int from, int to) override;
    QLineF dropMarker(int index) const override;

private:
    void paintEmotionScale(QPainter *painter) const;
};

} // namespace Waymark
