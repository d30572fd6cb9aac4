#include "mapsheet.h"

#include "model/valuebounds.h"
#include "document/document.h"
#include "exportscene.h"
#include "maplegend.h"

#include <QFontMetricsF>
#include <QPainter>

using namespace Qt::StringLiterals;

namespace Waymark {

MapSheet::MapSheet(ExportScene &scene, int firstColumn, int lastColumn, int firstRow, int lastRow, QString subtitle)
    : m_scene(scene)
    , m_firstColumn(firstColumn)
    , m_lastColumn(lastColumn)
    , m_firstRow(firstRow)
    , m_lastRow(lastRow)
    , m_subtitle(std::move(subtitle))
{
    // Figures under a filter say so on every sheet, or a page read alone would mislead.
    if (const QString label = scene.filterLabel(); !label.isEmpty())
        m_subtitle = m_subtitle.isEmpty() ? label : label + u" \u00b7 "_s + m_subtitle;
}

QSizeF MapSheet::size() const
{
    QSizeF size = m_scene.tileSize(m_firstColumn, m_lastColumn, m_firstRow, m_lastRow);
    if (m_scene.options().title)
        size.rheight() += TitleHeight;
    if (m_scene.options().legend)
        size.rheight() += Gap + MapLegend::Height;
    return size;
}

void MapSheet::paint(QPainter *painter, const QRectF &target)
{
    const QSizeF natural = size();
    const double scale = std::min(target.width() / natural.width(), target.height() / natural.height());
    painter->save();
    painter->translate(target.topLeft());
    painter->scale(scale, scale);
    const CanvasTheme &theme = m_scene.scene().theme();
    double y = 0;
    if (m_scene.options().title) {
        QFont title = theme.stageFont;
        title.setPointSizeF(title.pointSizeF() * 1.6);
        painter->setFont(title);
        painter->setPen(theme.text);
        const QFontMetricsF metrics(title);
        // One line each, however long the title (a crafted 150-million-character one crashed
        // Qt's text layout): at most what a line can show is laid out.
        painter->drawText(QPointF(0, metrics.ascent() + 2),
                          metrics.elidedText(ValueBounds::forDisplay(m_scene.document().info().title, 1000), Qt::ElideRight,
                                             natural.width()));
        if (!m_subtitle.isEmpty()) {
            painter->setFont(theme.bodyFont);
            painter->setPen(theme.mutedText);
            const QString subtitle = QFontMetricsF(theme.bodyFont)
                                         .elidedText(ValueBounds::forDisplay(m_subtitle, 1000).simplified(), Qt::ElideRight,
                                                     natural.width());
            painter->drawText(QPointF(0, metrics.height() + QFontMetricsF(theme.bodyFont).ascent() + 6), subtitle);
        }
        y += TitleHeight;
    }
    const QSizeF tile = m_scene.tileSize(m_firstColumn, m_lastColumn, m_firstRow, m_lastRow);
    m_scene.paintTile(painter, QRectF(QPointF(0, y), tile), m_firstColumn, m_lastColumn, m_firstRow, m_lastRow);
    y += tile.height();
    if (m_scene.options().legend)
        MapLegend::paint(painter, QRectF(0, y + Gap, natural.width(), MapLegend::Height), m_scene.document(), theme);
    painter->restore();
}

} // namespace Waymark
