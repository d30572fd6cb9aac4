#include "pdfcanvas.h"

#include "canvas/canvastheme.h"

#include <QCoreApplication>
#include <QDate>
#include <QLocale>
#include <QMarginsF>
#include <QPageLayout>

namespace Waymark {

namespace {
constexpr double FooterHeight = 22;
}

PdfCanvas::PdfCanvas(QIODevice *device, QPageSize::PageSizeId pageSize, const QString &title)
    : m_writer(device)
    , m_title(title)
{
    m_writer.setResolution(96); // one unit = one canvas pixel: text is laid out as on screen
    m_writer.setPageLayout(QPageLayout(QPageSize(pageSize), QPageLayout::Landscape, QMarginsF(12, 12, 12, 10), QPageLayout::Millimeter));
    m_writer.setTitle(title);
    m_writer.setCreator(QStringLiteral("Waymark ") + QCoreApplication::applicationVersion());
    m_painter.begin(&m_writer);
    const QRectF page = m_writer.pageLayout().paintRectPixels(96);
    const QRectF area(0, 0, page.width(), page.height());
    m_content = area.adjusted(0, 0, 0, -FooterHeight);
    m_footer = QRectF(area.left(), area.bottom() - FooterHeight + 6, area.width(), FooterHeight - 6);
}

PdfCanvas::~PdfCanvas()
{
    finish();
}

void PdfCanvas::drawFooter()
{
    const CanvasTheme theme = CanvasTheme::light();
    m_painter.save();
    m_painter.setPen(QPen(theme.gridLine, 0.75));
    m_painter.drawLine(m_footer.topLeft(), m_footer.topRight());
    m_painter.setFont(theme.smallFont);
    m_painter.setPen(theme.mutedText);
    m_painter.drawText(m_footer, Qt::AlignLeft | Qt::AlignVCenter, m_title);
    m_painter.drawText(m_footer, Qt::AlignRight | Qt::AlignVCenter,
                       QCoreApplication::translate("Waymark", "Page %1").arg(m_page));
    m_painter.restore();
}

void PdfCanvas::newPage()
{
    drawFooter();
    m_writer.newPage();
    ++m_page;
}

void PdfCanvas::finish()
{
    if (m_finished)
        return;
    drawFooter();
    m_painter.end();
    m_finished = true;
}

} // namespace Waymark
