#pragma once

#include "itemtypes.h"

#include <QGraphicsObject>

namespace Waymark {

class MapScene;

// The top-left corner where the frozen stage and lane headers meet: the map's title.
class CornerItem : public QGraphicsObject
{
    Q_OBJECT

public:
    explicit CornerItem(MapScene *scene);

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;
};

} // namespace Waymark
