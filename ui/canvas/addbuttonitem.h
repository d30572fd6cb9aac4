#pragma once

#include "itemtypes.h"

#include <QGraphicsObject>

#include <functional>

namespace Waymark {

class MapScene;

// The round "+" at the end of the stage headers and below the lane headers.
class AddButtonItem : public QGraphicsObject
{
    Q_OBJECT

public:
    AddButtonItem(MapScene *scene, const QString &toolTip, std::function<void()> action);

    int type() const override { return AddButtonItemType; }
    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;
    void hoverEnterEvent(QGraphicsSceneHoverEvent *event) override;
    void hoverLeaveEvent(QGraphicsSceneHoverEvent *event) override;

private:
    std::function<void()> m_action;
    bool m_hovered = false;
};

} // namespace Waymark
