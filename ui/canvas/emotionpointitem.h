#pragma once

#include "itemtypes.h"
#include "model/ids.h"

#include <QGraphicsObject>

namespace Waymark {

class EmotionLaneItem;
class MapScene;

// One persona's point on the emotion curve at one stage. Drag it up or down: the score snaps
// to whole numbers and the drag is one undo step. Its value is written beside it; a note
// shows as a tooltip and is edited with a double-click.
class EmotionPointItem : public QGraphicsObject
{
    Q_OBJECT

public:
    static constexpr double Radius = 7;

    EmotionPointItem(EmotionLaneItem *lane, Id persona, Id stage);

    int type() const override { return EmotionPointItemType; }
    Id personaId() const { return m_persona; }
    Id stageId() const { return m_stage; }

    void refresh(); // position, colour, value and note from the document
    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseMoveEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event) override;
    void contextMenuEvent(QGraphicsSceneContextMenuEvent *event) override;
    void hoverEnterEvent(QGraphicsSceneHoverEvent *event) override;
    void hoverLeaveEvent(QGraphicsSceneHoverEvent *event) override;

private:
    MapScene *mapScene() const;
    EmotionLaneItem *lane() const;
    void editNote();

    Id m_persona;
    Id m_stage;
    int m_score = 0;
    QColor m_color;
    bool m_hasNote = false;
    bool m_hovered = false;
    bool m_dragging = false;
    bool m_pushedInDrag = false;
};

} // namespace Waymark
