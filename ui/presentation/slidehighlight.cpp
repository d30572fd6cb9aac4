#include "slidehighlight.h"

#include "canvas/emotionpointitem.h"
#include "canvas/mapscene.h"
#include "document/document.h"

#include <QPainter>
#include <QPainterPath>

namespace Waymark {

namespace {
constexpr double RingRadius = 18;
constexpr double VeilMargin = 4000; // the veil reaches past whatever the view shows
}

SlideHighlight::SlideHighlight(MapScene *scene)
    : m_scene(scene)
{
    setAcceptedMouseButtons(Qt::NoButton);
    setAcceptHoverEvents(false);
    setZValue(900); // over cards and curves, under the inline editor
    scene->addItem(this);
}

void SlideHighlight::setStage(Id stage)
{
    m_stage = stage;
    refresh();
}

void SlideHighlight::refresh()
{
    prepareGeometryChange();
    m_points.clear();
    m_colors.clear();
    const MapLayout &layout = m_scene->mapLayout();
    const MapLayout::Column *column = m_stage ? layout.column(m_stage) : nullptr;
    setVisible(column != nullptr);
    if (!column) {
        m_bounds = {};
        return;
    }
    const QRectF map = layout.bounds();
    m_column = QRectF(column->x, map.top(), column->width, map.height());
    m_bounds = map.adjusted(-VeilMargin, -VeilMargin, VeilMargin, VeilMargin);
    const QList<QGraphicsItem *> all = m_scene->items();
    for (const QGraphicsItem *item : all) {
        if (item->type() != EmotionPointItemType || !item->isVisible())
            continue;
        const auto *point = static_cast<const EmotionPointItem *>(item);
        if (point->stageId() != m_stage)
            continue;
        m_points.append(point->sceneBoundingRect().center());
        m_colors.append(m_scene->document()->personaColor(point->personaId()));
    }
    update();
}

QRectF SlideHighlight::boundingRect() const
{
    return m_bounds;
}

void SlideHighlight::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    QPainterPath veil;
    veil.addRect(m_bounds);
    QPainterPath hole;
    hole.addRect(m_column);
    painter->fillPath(veil.subtracted(hole), QColor(18, 20, 28, 120));
    painter->setBrush(Qt::NoBrush);
    for (qsizetype i = 0; i < m_points.size(); ++i) {
        QColor halo = m_colors.at(i);
        halo.setAlpha(70);
        painter->setPen(Qt::NoPen);
        painter->setBrush(halo);
        painter->drawEllipse(m_points.at(i), RingRadius, RingRadius);
        painter->setBrush(Qt::NoBrush);
        painter->setPen(QPen(m_colors.at(i), 3));
        painter->drawEllipse(m_points.at(i), RingRadius, RingRadius);
    }
}

} // namespace Waymark
