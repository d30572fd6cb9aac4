#pragma once

#include "itemtypes.h"
#include "model/ids.h"

#include <QGraphicsObject>
#include <QPainterPath>

namespace Waymark {

class MapScene;

// Connectors between opportunities and the pain points they address, drawn for the cards
// that are selected or under the pointer only: all links at once would bury the map in lines.
// One item over the cards, transparent to the mouse; it follows the selection, the layout and
// the document's links by itself.
class LinkOverlayItem : public QGraphicsObject
{
    Q_OBJECT

public:
    explicit LinkOverlayItem(MapScene *scene);

    int type() const override { return LinkOverlayItemType; }

    // The card under the pointer (0: none); its links show alongside the selection's.
    void setHoveredCard(Id card);
    Id hoveredCard() const { return m_hovered; }

    // The links drawn now, for tests and accessibility.
    int connectorCount() const { return int(m_connectors.size()); }

    QRectF boundingRect() const override { return m_bounds; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    struct Connector {
        QPainterPath path;
        QPointF from;
        QPointF to;
    };

    MapScene *mapScene() const;
    void scheduleRefresh();
    void refresh();

    Id m_hovered = 0;
    QList<Connector> m_connectors;
    QRectF m_bounds;
    bool m_refreshQueued = false;
};

} // namespace Waymark
