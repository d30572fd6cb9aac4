#include "exportscene.h"

#include "canvas/carditem.h"
#include "document/document.h"
#include "editor/metricscache.h"

#include <QPainter>

namespace Waymark {

using namespace CanvasMetrics;

ExportScene::ExportScene(Document &document, const ExportOptions &options)
    : m_document(document)
    , m_options(options)
    , m_metrics(std::make_unique<MetricsCache>(&document))
    , m_scene(std::make_unique<MapScene>(&document, CanvasTheme::light(), nullptr,
                                         options.compact ? CardFace::Text::Clamped : CardFace::Text::Full))
{
    CanvasFilter filter;
    filter.persona = options.persona;
    filter.segment = options.segment;
    m_scene->setFilter(filter);
    if (document.responseCount() > 0)
        m_scene->setMetrics(m_metrics.get()); // and the filter with it
    m_scene->setForPaper(true);
    m_scene->setShowMeasuredEmotion(options.measuredEmotion);
    m_scene->relayout(); // the badges and the measured curve's legend take room in the headers
    for (QGraphicsItem *item : m_scene->items())
        item->setCacheMode(QGraphicsItem::NoCache);
    if (!options.selection.isEmpty()) {
        for (const Stage &stage : document.stages()) {
            for (const Id id : document.cardsOfStage(stage.id)) {
                if (CardItem *card = m_scene->cardItem(id))
                    card->setVisible(options.selection.contains(id));
            }
        }
    }
    const int columns = int(layout().columns().size());
    m_first = std::clamp(options.firstStage, 0, std::max(0, columns - 1));
    m_last = options.lastStage < 0 ? columns - 1 : std::clamp(options.lastStage, m_first, columns - 1);
}

ExportScene::~ExportScene() = default;

QString ExportScene::filterLabel() const
{
    return m_metrics->filterLabel();
}

QSizeF ExportScene::tileSize(int first, int last, int firstRow, int lastRow) const
{
    const auto &columns = layout().columns();
    const auto &rows = layout().rows();
    double width = LaneHeaderWidth;
    for (int c = first; c <= last && c < columns.size(); ++c)
        width += columns.at(c).width;
    double height = layout().stageHeaderHeight();
    for (int r = firstRow; r <= lastRow && r < rows.size(); ++r)
        height += rows.at(r).height;
    return {width, height};
}

void ExportScene::paintTile(QPainter *painter, const QRectF &target, int first, int last, int firstRow, int lastRow)
{
    const auto &columns = layout().columns();
    const auto &rows = layout().rows();
    const QSizeF size = tileSize(first, last, firstRow, lastRow);
    if (size.isEmpty() || columns.isEmpty())
        return;
    const double scale = std::min(target.width() / size.width(), target.height() / size.height());
    const double cellsLeft = columns.isEmpty() ? LaneHeaderWidth : columns.at(first).x;
    const double cellsRight = last < columns.size() ? columns.at(last).x + columns.at(last).width : cellsLeft;
    const double headerHeight = layout().stageHeaderHeight();
    const double cellsTop = rows.isEmpty() || firstRow >= rows.size() ? headerHeight : rows.at(firstRow).y;
    const double cellsBottom = rows.isEmpty() || lastRow >= rows.size() ? cellsTop : rows.at(lastRow).y + rows.at(lastRow).height;
    const double cellsWidth = cellsRight - cellsLeft;
    const double cellsHeight = cellsBottom - cellsTop;

    // Four pieces, each from its own place in the scene: the corner, the stage headers of the
    // columns, the lane headers of the rows, and the cells. Pages of a wide map repeat the
    // headers this way.
    const QPointF origin = target.topLeft();
    // Only what lands on the device is drawn: a PNG is painted band by band, and each band
    // must cost what its own cards cost, not the whole map's.
    QRectF visible = target;
    if (const QPaintDevice *device = painter->device()) {
        visible = painter->worldTransform().inverted().mapRect(QRectF(0, 0, device->width(), device->height()));
        if (painter->hasClipping())
            visible &= painter->clipBoundingRect();
    }
    const auto put = [&](const QRectF &source, double x, double y) {
        const QRectF to(origin.x() + x * scale, origin.y() + y * scale, source.width() * scale, source.height() * scale);
        const QRectF shown = to & visible;
        if (shown.isEmpty())
            return;
        const QRectF part(source.x() + (shown.x() - to.x()) / scale, source.y() + (shown.y() - to.y()) / scale,
                          shown.width() / scale, shown.height() / scale);
        m_scene->render(painter, shown, part, Qt::IgnoreAspectRatio);
    };
    painter->save();
    painter->setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
    put(QRectF(cellsLeft, cellsTop, cellsWidth, cellsHeight), LaneHeaderWidth, headerHeight);
    put(QRectF(0, cellsTop, LaneHeaderWidth, cellsHeight), 0, headerHeight);
    put(QRectF(cellsLeft, 0, cellsWidth, headerHeight), LaneHeaderWidth, 0);
    put(QRectF(0, 0, LaneHeaderWidth, headerHeight), 0, 0);
    painter->restore();
}

} // namespace Waymark
