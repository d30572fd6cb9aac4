#pragma once

#include "model/enums.h"
#include "model/ids.h"

#include <QHash>
#include <QList>
#include <QRectF>
#include <QSet>

#include <functional>
#include <optional>

namespace Waymark {

class Document;

// Where everything goes on the canvas: stages are columns, lanes rows, cards stacked in their
// stage x lane cell. A row is as tall as its fullest cell, so cells grow with their content
// and cards never overlap. Pure geometry, recomputed after every change; the editor and the
// exporters share it.
class MapLayout
{
public:
    struct Column {
        Id stage = 0;
        double x = 0;
        double width = 0;
    };
    struct Row {
        Id lane = 0;
        LaneKind kind = LaneKind::Notes;
        double y = 0;
        double height = 0;
    };

    // What the layout measures with: `cardHeight(card, width)` gives the height of a card drawn
    // `width` wide; `headerHeight` is the height of the stage headers' row (taller when their
    // names and descriptions are shown in full); `laneHeight(lane)`, when given, what a lane's
    // header needs (a row is never shorter). `widthOverride` lets a stage being resized show its
    // new width before it is committed.
    struct Measures {
        std::function<double(Id, double)> cardHeight;
        double headerHeight = 0; // 0: CanvasMetrics::StageHeaderHeight
        std::function<double(Id)> laneHeight;
        QHash<Id, double> widthOverride;
    };
    void compute(const Document &document, const QSet<Id> &hiddenLanes, const Measures &measures);

    const QList<Column> &columns() const { return m_columns; }
    const QList<Row> &rows() const { return m_rows; }
    const Column *column(Id stage) const;
    const Row *row(Id lane) const;

    QRectF cardRect(Id card) const { return m_cards.value(card); }
    QRectF cellRect(Id stage, Id lane) const;
    QRectF stageHeaderRect(Id stage) const;
    QRectF laneHeaderRect(Id lane) const;
    // The map's content area: headers and all cells.
    QRectF bounds() const { return m_bounds; }
    double stageHeaderHeight() const { return m_headerHeight; }

    // The cell under a scene point, if any.
    std::optional<std::pair<Id, Id>> cellAt(const QPointF &point) const;
    // Where a card dropped at `point` in the cell would go: the index among `cards` (the cell's
    // cards in order, without the ones being moved).
    int insertionIndex(const QList<Id> &cards, const QPointF &point) const;
    // The y of the gap before index `index` in the cell (for drawing the drop marker).
    double insertionY(Id stage, Id lane, const QList<Id> &cards, int index) const;
    // The stage column boundary nearest to x, as an index 0..columns (for reordering stages).
    int columnBoundaryAt(double x) const;
    int rowBoundaryAt(double y) const;

private:
    QList<Column> m_columns;
    QList<Row> m_rows;
    QHash<Id, int> m_columnIndex;
    QHash<Id, int> m_rowIndex;
    QHash<Id, QRectF> m_cards;
    QRectF m_bounds;
    double m_headerHeight = 0;
};

} // namespace Waymark
