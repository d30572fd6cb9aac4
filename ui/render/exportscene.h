#pragma once

#include "canvas/mapscene.h"
#include "io/exportoptions.h"

#include <memory>

namespace Waymark {

class Document;
class MetricsCache;

// The canvas's scene set up for drawing on paper: light theme, headers at their places, no
// cached pixmaps (so SVG and PDF stay vector: text stays text), only the cards asked for, and
// the survey badges on stages and touchpoints when the map has responses.
class ExportScene
{
public:
    ExportScene(Document &document, const ExportOptions &options);
    ~ExportScene();

    MapScene &scene() { return *m_scene; }
    const MapLayout &layout() const { return m_scene->mapLayout(); }
    Document &document() { return m_document; }
    const ExportOptions &options() const { return m_options; }
    // "Showing gender = female · n 36" under a filter, for the title; empty otherwise.
    QString filterLabel() const;
    // The stage columns to draw, as indexes into layout().columns().
    int firstColumn() const { return m_first; }
    int lastColumn() const { return m_last; }

    // Draws the cells of columns [first, last] and rows [firstRow, lastRow] with their stage
    // and lane headers (and the corner) into `target`, keeping the proportions.
    void paintTile(QPainter *painter, const QRectF &target, int first, int last, int firstRow, int lastRow);
    // The size in scene units of that tile.
    QSizeF tileSize(int first, int last, int firstRow, int lastRow) const;

private:
    Document &m_document;
    ExportOptions m_options;
    std::unique_ptr<MetricsCache> m_metrics; // before the scene, which uses it to the end
    std::unique_ptr<MapScene> m_scene;
    int m_first = 0;
    int m_last = -1;
};

} // namespace Waymark
