#pragma once

#include "model/ids.h"

#include <QList>
#include <QPointF>

#include <optional>

class QGraphicsRectItem;

namespace Waymark {

class CardItem;
class MapScene;

// Moving cards with the mouse: the selected cards follow the pointer, a marker shows where
// they would land, and the drop is one undo step. Escape puts them back.
class CardDrag
{
public:
    explicit CardDrag(MapScene *scene);
    ~CardDrag();

    bool isActive() const { return !m_cards.isEmpty(); }
    void start(CardItem *grabbed, const QPointF &pressPos);
    void move(const QPointF &scenePos);
    void finish(const QPointF &scenePos);
    void cancel();

private:
    struct Target {
        Id stage = 0;
        Id lane = 0;
        int index = 0;
    };
    std::optional<Target> targetAt(const QPointF &scenePos) const;
    QList<Id> staying(Id stage, Id lane) const;

    MapScene *m_scene;
    QList<Id> m_cards; // in document order
    QList<QPointF> m_offsets;
    QPointF m_pressPos;
    QGraphicsRectItem *m_marker = nullptr;
};

} // namespace Waymark
