#pragma once

#include <QGraphicsItem>

namespace Waymark {

// QGraphicsItem::type() values of the canvas's items, for qgraphicsitem_cast.
enum ItemType {
    CardItemType = QGraphicsItem::UserType + 1,
    StageHeaderItemType,
    LaneHeaderItemType,
    EmotionLaneItemType,
    EmotionPointItemType,
    AddButtonItemType,
    LinkOverlayItemType,
};

// Stacking order: cells, cards, the curve, the frozen headers over all of them.
namespace ZOrder {
constexpr double Card = 10;
constexpr double ExpandedCard = 15; // a hovered or selected card showing all its text
constexpr double EmotionLane = 5;
constexpr double LinkOverlay = 20; // over the cards it connects, under a dragged one
constexpr double DraggedCard = 50;
constexpr double DropMarker = 60;
constexpr double LaneHeader = 100;
constexpr double StageHeader = 110;
constexpr double Corner = 120;
constexpr double Editor = 200;
} // namespace ZOrder

} // namespace Waymark
