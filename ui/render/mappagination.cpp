#include "mappagination.h"

#include "canvas/canvastheme.h"
#include "exportscene.h"

namespace Waymark::MapPagination {

using namespace CanvasMetrics;

namespace {

// Greedy runs of items whose sizes, plus the fixed part, fit in `room`.
QList<std::pair<int, int>> runs(const QList<double> &sizes, int first, int last, double fixed, double room)
{
    QList<std::pair<int, int>> result;
    int start = first;
    double used = fixed;
    for (int i = first; i <= last; ++i) {
        if (i > start && used + sizes.at(i) > room) {
            result.append({start, i - 1});
            start = i;
            used = fixed;
        }
        used += sizes.at(i);
    }
    if (last >= first)
        result.append({start, last});
    return result;
}

} // namespace

QList<Tile> tiles(const ExportScene &scene, const QSizeF &page, double extraHeight)
{
    QList<double> widths;
    for (const auto &column : scene.layout().columns())
        widths.append(column.width);
    QList<double> heights;
    for (const auto &row : scene.layout().rows())
        heights.append(row.height);
    const auto columnRuns = runs(widths, scene.firstColumn(), scene.lastColumn(), LaneHeaderWidth, page.width() / MinScale);
    const auto rowRuns = runs(heights, 0, int(heights.size()) - 1, StageHeaderHeight + extraHeight, page.height() / MinScale);
    QList<Tile> tiles;
    // Across first, then down: the journey reads left to right.
    for (const auto &rows : rowRuns) {
        for (const auto &columns : columnRuns)
            tiles.append({columns.first, columns.second, rows.first, rows.second});
    }
    if (rowRuns.isEmpty())
        for (const auto &columns : columnRuns)
            tiles.append({columns.first, columns.second, 0, -1});
    return tiles;
}

} // namespace Waymark::MapPagination
