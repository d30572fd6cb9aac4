#pragma once

#include "itemtypes.h"
#include "model/ids.h"

#include <QGraphicsObject>
#include <QHash>

namespace Waymark {

class EmotionPointItem;
class MapScene;

// The emotion curve lane: a zero line, one smooth curve per persona through its points (a
// monotone cubic, so the curve never swings past -5 or +5 between two points), and a
// draggable point per persona and stage. Double-click an empty spot to add a point.
// With the scene's measured emotion on, a dashed curve through each stage's CSAT mean on the
// same scale, and an amber band with "Δ 3.1" where it and the workshop disagree. The points'
// values are written above them; labels that would collide (or cover another dot) are merged
// into one, "Priya +3 · Graham +3", so that none overlaps another.
class EmotionLaneItem : public QGraphicsObject
{
    Q_OBJECT

public:
    EmotionLaneItem(MapScene *scene, Id lane);

    int type() const override { return EmotionLaneItemType; }
    Id laneId() const { return m_lane; }

    void setRect(const QRectF &rect);
    QRectF rect() const { return m_rect; }
    QRectF boundingRect() const override { return m_rect; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    // Creates, moves and removes the point items to match the document.
    void syncPoints();
    EmotionPointItem *pointItem(Id persona, Id stage) const { return m_points.value({persona, stage}); }
    // The scene position of a persona's point at a stage, at a given score.
    QPointF pointPosition(Id persona, Id stage, double score) const;
    // The measured curve as drawn: (stage, score) in map order; empty when it is off.
    QList<std::pair<Id, double>> measuredCurve() const;

    // A value label as drawn: one or more personas' "Name +3" (just "+3" for a lone point).
    struct Label {
        struct Part {
            Id persona = 0;
            QString text;
        };
        QList<Part> parts;
        QRectF rect; // scene coordinates
        QString text() const;
    };
    QList<Label> labels() const;

protected:
    void mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event) override;

private:
    MapScene *mapScene() const;
    bool isPersonaShown(Id persona) const;
    void paintDisagreements(QPainter *painter) const;
    void paintMeasuredCurve(QPainter *painter) const;
    void paintLabels(QPainter *painter) const;
    QList<Label> labelsAt(Id stage) const;

    Id m_lane;
    QRectF m_rect;
    QHash<std::pair<Id, Id>, EmotionPointItem *> m_points;
};

} // namespace Waymark
