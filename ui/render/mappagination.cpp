#include "mappagination.h"

#include "canvas/canvastheme.h"
#include "exportscene.h"

#include <algorithm>

namespace Waymark::MapPagination {

using namespace CanvasMetrics;

namespace {

// Runs of consecutive items, each filled up to `limit`: the fewest runs the limit allows.
QList<std::pair<int, int>> greedy(const QList<double> &sizes, int first, int last, double limit)
{
    QList<std::pair<int, int>> result;
    int start = first;
    double used = 0;
    for (int i = first; i <= last; ++i) {
        if (i > start && used + sizes.at(i) > limit) {
            result.append({start, i - 1});
            start = i;
            used = 0;
        }
        used += sizes.at(i);
    }
    if (last >= first)
        result.append({start, last});
    return result;
}

// Runs of items whose sizes, plus the fixed part, fit in `room`: as few as there must be, and
// as even as they can be (the fullest run as empty as it can be), so that the last page is not
// a stage or two on a page of its own.
QList<std::pair<int, int>> runs(const QList<double> &sizes, int first, int last, double fixed, double room)
{
    const QList<std::pair<int, int>> fewest = greedy(sizes, first, last, room - fixed);
    if (fewest.size() < 2)
        return fewest;
    // The smallest limit that still needs no more runs is one of the sums of consecutive items.
    QList<double> limits;
    double largest = 0;
    for (int i = first; i <= last; ++i) {
        largest = std::max(largest, sizes.at(i));
        double sum = 0;
        for (int j = i; j <= last && sum + sizes.at(j) <= room - fixed; ++j) {
            sum += sizes.at(j);
            limits.append(sum);
        }
    }
    std::sort(limits.begin(), limits.end());
    const auto it = std::lower_bound(limits.cbegin(), limits.cend(), largest);
    // Greedy runs grow with the limit: the first limit that needs no more runs is the one.
    qsizetype lo = it - limits.cbegin();
    qsizetype hi = limits.size() - 1;
    while (lo < hi) {
        const qsizetype mid = (lo + hi) / 2;
        if (greedy(sizes, first, last, limits.at(mid)).size() <= fewest.size())
            hi = mid;
        else
            lo = mid + 1;
    }
    if (lo >= limits.size())
        return fewest;
    const QList<std::pair<int, int>> even = greedy(sizes, first, last, limits.at(lo));
    return even.size() <= fewest.size() ? even : fewest;
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
    const auto rowRuns = runs(heights, 0, int(heights.size()) - 1, scene.layout().stageHeaderHeight() + extraHeight,
                              page.height() / MinScale);
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
