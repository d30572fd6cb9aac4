#include "slideexport.h"

#include "slidelayout.h"

#include "render/exportscene.h"

#include <QPainter>

namespace Waymark {

SlideExport::SlideExport(Document &document, const ExportOptions &options)
    : m_document(document)
    , m_figures(SlideFigures::fromDocument(document, options))
    , m_deck(document, SlideStyle::Frame{SlideStyle::WideWidth, true})
{
    const SlideLayout layout(document, m_deck, m_figures);
    for (int i = 0; i < m_deck.count(); ++i) {
        m_pictures.append(layout.picture(i));
        m_notes.append(SlideNotes::of(document, m_deck, i, m_figures));
    }
    // The whole map, every card: the slides show the journey, not an export's selection.
    ExportOptions mapOptions;
    mapOptions.dpi = options.dpi;
    mapOptions.segment = options.segment;
    mapOptions.persona = options.persona;
    m_scene = std::make_unique<ExportScene>(document, mapOptions);
}

SlideExport::~SlideExport() = default;

QSizeF SlideExport::mapSize() const
{
    const MapLayout &layout = m_scene->layout();
    return m_scene->tileSize(0, int(layout.columns().size()) - 1, 0, int(layout.rows().size()) - 1);
}

void SlideExport::paintMap(QPainter *painter, const QRectF &rect) const
{
    const MapLayout &layout = m_scene->layout();
    if (layout.columns().isEmpty())
        return;
    const QRectF target = SlideLayout::fitted(mapSize(), rect);
    painter->fillRect(target, m_scene->scene().theme().background);
    m_scene->paintTile(painter, target, 0, int(layout.columns().size()) - 1, 0, int(layout.rows().size()) - 1);
}

} // namespace Waymark
