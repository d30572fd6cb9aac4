#pragma once

#include "itemtypes.h"

#include <QGraphicsObject>

namespace Waymark {

class MapScene;

// The top-left corner where the frozen stage and lane headers meet: the map's title on the
// canvas; on paper, where the sheet prints the title above the map, which way the stages and
// the lanes run.
class CornerItem : public QGraphicsObject
{
    Q_OBJECT

public:
    explicit CornerItem(MapScene *scene);

    // As tall as the stage headers' row.
    void setHeight(double height);

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    double m_height;
};

} // namespace Waymark
