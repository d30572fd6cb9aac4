#pragma once

#include <QList>
#include <QSizeF>

namespace Waymark {

class ExportScene;

// Splits a map into pages that stay readable: no more pages than it takes to draw the stage
// columns and lanes at no less than MinScale, with the columns (and the lanes) shared out
// evenly between them; each page repeats the stage and lane headers.
namespace MapPagination {

// Below this the cards' text would be smaller than about 5.5 pt on paper.
constexpr double MinScale = 0.55;

struct Tile {
    int firstColumn = 0;
    int lastColumn = 0;
    int firstRow = 0;
    int lastRow = 0;
};

// `page`: the room for the map on a page in canvas units; `extraHeight`: what the sheet adds
// (title, legend).
QList<Tile> tiles(const ExportScene &scene, const QSizeF &page, double extraHeight);

} // namespace MapPagination

} // namespace Waymark
