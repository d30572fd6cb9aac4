#pragma once

#include "cardface.h"
#include "itemtypes.h"
#include "metricbadge.h"

#include <optional>

#include <QGraphicsObject>

namespace Waymark {

class MapScene;

// A card on the canvas. It paints itself from the document's card through CardFace; moving
// it is the scene's CardDrag, editing it goes through commands. In the editor a long card is
// clamped to its first lines; hovered, or selected with the focus, it shows all of its text,
// drawn over the cards below it for as long as it stays so (the layout does not move).
class CardItem : public QGraphicsObject
{
    Q_OBJECT

public:
    CardItem(MapScene *scene, Id card);
    ~CardItem() override;

    int type() const override { return CardItemType; }
    Id cardId() const { return m_id; }

    // The height the card needs at `width` (lays its text out again when needed).
    double heightFor(double width);
    // Text, kind or fields changed: lay out again on the next heightFor().
    void invalidate();
    void setRect(const QRectF &rect);
    QRectF rect() const { return QRectF(QPointF(0, 0), m_size); }
    QRectF titleRect() const;
    // Showing the whole of a clamped text over the cards below, and the area it covers then.
    bool isExpanded() const { return m_expanded; }
    QRectF shownRect() const;

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    void setDimmed(bool dimmed);
    bool isDimmed() const { return m_dimmed; }

    // A touchpoint's NPS from the responses that name it; none for other cards.
    std::optional<MetricBadge> badge() const;
    // The scene's survey figures changed: repaint and new tooltip.
    void metricsChanged();

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseMoveEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void hoverEnterEvent(QGraphicsSceneHoverEvent *event) override;
    void hoverLeaveEvent(QGraphicsSceneHoverEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    MapScene *mapScene() const;
    void updateToolTip();
    void editTitle();
    void updateExpansion();
    const CardFace &shownFace() const { return m_expanded ? m_fullFace : m_face; }

    Id m_id;
    CardFace m_face;
    CardFace m_fullFace; // the whole text, for an expanded card; laid out when first needed
    QSizeF m_size;
    double m_laidOutWidth = -1;
    double m_fullLaidOutWidth = -1;
    CardFace::Text m_laidOutMode = CardFace::Text::Clamped;
    bool m_expanded = false;
    bool m_hovered = false;
    bool m_dimmed = false;
    QPointF m_pressPos;
};

} // namespace Waymark
