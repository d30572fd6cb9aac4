#include "pagecanvas.h"

#include "model/valuebounds.h"
#include "canvas/canvastheme.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPagedPaintDevice>

namespace Waymark {

namespace {
constexpr double FooterHeight = 22;
}

PageCanvas::PageCanvas(QPagedPaintDevice *device, const QString &title)
    : m_device(device)
    , m_title(title)
{
    Q_ASSERT(device->logicalDpiX() == int(Unit));
    if (!m_painter.begin(device))
        return;
    const QRectF page = device->pageLayout().paintRectPixels(int(Unit));
    const QRectF area(0, 0, page.width(), page.height());
    m_content = area.adjusted(0, 0, 0, -FooterHeight);
    m_footer = QRectF(area.left(), area.bottom() - FooterHeight + 6, area.width(), FooterHeight - 6);
}

PageCanvas::~PageCanvas()
{
    finish();
}

void PageCanvas::drawFooter()
{
    const CanvasTheme theme = CanvasTheme::light();
    m_painter.save();
    m_painter.setPen(QPen(theme.gridLine, 0.75));
    m_painter.drawLine(m_footer.topLeft(), m_footer.topRight());
    m_painter.setFont(theme.smallFont);
    m_painter.setPen(theme.mutedText);
    m_painter.drawText(m_footer, Qt::AlignLeft | Qt::AlignVCenter,
                       QFontMetricsF(theme.smallFont)
                           .elidedText(ValueBounds::forDisplay(m_title, 500).simplified(), Qt::ElideRight, m_footer.width() * 0.8));
    m_painter.drawText(m_footer, Qt::AlignRight | Qt::AlignVCenter,
                       QCoreApplication::translate("Waymark", "Page %1").arg(m_page));
    m_painter.restore();
}

void PageCanvas::newPage()
{
    drawFooter();
    m_device->newPage();
    ++m_page;
}

void PageCanvas::finish()
{
    if (m_finished || !m_painter.isActive())
        return;
    drawFooter();
    m_painter.end();
    m_finished = true;
}

} // namespace Waymark
