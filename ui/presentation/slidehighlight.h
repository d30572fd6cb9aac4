#pragma once

#include "model/ids.h"

#include <QGraphicsItem>
#include <QList>

namespace Waymark {

class MapScene;

// Puts the presented stage forward on the canvas: the other stages under a soft veil and a
// ring round each persona's emotion point in the stage. It takes no mouse input, so cards
// under it can still be double-clicked and edited.
class SlideHighlight : public QGraphicsItem
{
public:
    explicit SlideHighlight(MapScene *scene);

    void setStage(Id stage); // 0: nothing highlighted
    Id stage() const { return m_stage; }
    void refresh();          // after the layout changed
    QList<QPointF> emotionPoints() const { return m_points; }

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    MapScene *m_scene;
    Id m_stage = 0;
    QRectF m_bounds;
    QRectF m_column;
    QList<QPointF> m_points;
    QList<QColor> m_colors;
};

} // namespace Waymark
