#include "maplayout.h"

#include "canvastheme.h"
#include "document/document.h"

namespace Waymark {

using namespace CanvasMetrics;

void MapLayout::compute(const Document &document, const QSet<Id> &hiddenLanes, const Measures &measures)
{
    m_columns.clear();
    m_rows.clear();
    m_columnIndex.clear();
    m_rowIndex.clear();
    m_cards.clear();

    double x = LaneHeaderWidth;
    for (const Stage &stage : document.stages()) {
        const double width = measures.widthOverride.value(stage.id, stage.width);
        m_columnIndex.insert(stage.id, int(m_columns.size()));
        m_columns.append({stage.id, x, width});
        x += width;
    }

    m_headerHeight = std::max(StageHeaderHeight, measures.headerHeight);
    double y = m_headerHeight;
    for (const Lane &lane : document.lanes()) {
        if (hiddenLanes.contains(lane.id))
            continue;
        double height = lane.kind == LaneKind::EmotionCurve ? EmotionRowHeight : MinRowHeight;
        if (measures.laneHeight)
            height = std::max(height, measures.laneHeight(lane.id));
        for (const Column &column : std::as_const(m_columns)) {
            const double cardWidth = column.width - 2 * CellPadding;
            double cardY = y + CellPadding;
            for (const Id id : document.cardsIn(column.stage, lane.id)) {
                const double h = measures.cardHeight(id, cardWidth);
                m_cards.insert(id, QRectF(column.x + CellPadding, cardY, cardWidth, h));
                cardY += h + CardSpacing;
            }
            // Room below the last card for the "add" hint and a drop target.
            height = std::max(height, cardY - y + CellPadding + 22);
        }
        m_rowIndex.insert(lane.id, int(m_rows.size()));
        m_rows.append({lane.id, lane.kind, y, height});
        y += height;
    }
    m_bounds = QRectF(0, 0, x, y);
}

const MapLayout::Column *MapLayout::column(Id stage) const
{
    const auto it = m_columnIndex.constFind(stage);
    return it == m_columnIndex.constEnd() ? nullptr : &m_columns.at(*it);
}

const MapLayout::Row *MapLayout::row(Id lane) const
{
    const auto it = m_rowIndex.constFind(lane);
    return it == m_rowIndex.constEnd() ? nullptr : &m_rows.at(*it);
}

QRectF MapLayout::cellRect(Id stage, Id lane) const
{
    const Column *c = column(stage);
    const Row *r = row(lane);
    return c && r ? QRectF(c->x, r->y, c->width, r->height) : QRectF();
}

QRectF MapLayout::stageHeaderRect(Id stage) const
{
    const Column *c = column(stage);
    return c ? QRectF(c->x, 0, c->width, m_headerHeight) : QRectF();
}

QRectF MapLayout::laneHeaderRect(Id lane) const
{
    const Row *r = row(lane);
    return r ? QRectF(0, r->y, LaneHeaderWidth, r->height) : QRectF();
}

std::optional<std::pair<Id, Id>> MapLayout::cellAt(const QPointF &point) const
{
    const Column *hitColumn = nullptr;
    for (const Column &c : m_columns) {
        if (point.x() >= c.x && point.x() < c.x + c.width)
            hitColumn = &c;
    }
    const Row *hitRow = nullptr;
    for (const Row &r : m_rows) {
        if (point.y() >= r.y && point.y() < r.y + r.height)
            hitRow = &r;
    }
    if (!hitColumn || !hitRow)
        return std::nullopt;
    return std::pair(hitColumn->stage, hitRow->lane);
}

int MapLayout::insertionIndex(const QList<Id> &cards, const QPointF &point) const
{
    int index = 0;
    for (const Id id : cards) {
        if (point.y() > m_cards.value(id).center().y())
            ++index;
    }
    return index;
}

double MapLayout::insertionY(Id stage, Id lane, const QList<Id> &cards, int index) const
{
    if (cards.isEmpty())
        return cellRect(stage, lane).top() + CellPadding / 2;
    if (index < cards.size())
        return m_cards.value(cards.at(index)).top() - CardSpacing / 2;
    return m_cards.value(cards.last()).bottom() + CardSpacing / 2;
}

int MapLayout::columnBoundaryAt(double x) const
{
    int index = 0;
    for (const Column &c : m_columns) {
        if (x > c.x + c.width / 2)
            ++index;
    }
    return index;
}

int MapLayout::rowBoundaryAt(double y) const
{
    int index = 0;
    for (const Row &r : m_rows) {
        if (y > r.y + r.height / 2)
            ++index;
    }
    return index;
}

} // namespace Waymark
