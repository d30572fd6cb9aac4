#pragma once

#include <QPainter>
#include <QRectF>
#include <QString>

class QPagedPaintDevice;

namespace Waymark {

// Pages drawn in the canvas's units (1/96 inch, like the screen) on a PDF writer or a printer,
// with a footer on every page: the map's title and the page number. Drawing in screen units
// keeps text laid out exactly as on the canvas whatever the device's resolution.
class PageCanvas
{
public:
    static constexpr double Unit = 96; // scene units per inch

    // `device` has its page layout set, outlives the canvas and draws at Unit dots per inch:
    // the canvas's fonts are sized in points, which a device resolves at its own resolution,
    // so a printer at 1200 dpi would draw them 12.5 times too large. PDF writers and printers
    // (CUPS prints a PDF) stay vector at any resolution.
    PageCanvas(QPagedPaintDevice *device, const QString &title);
    ~PageCanvas();

    QPainter &painter() { return m_painter; }
    bool isActive() const { return m_painter.isActive(); }
    // The area inside the margins and above the footer, in canvas units.
    QRectF content() const { return m_content; }
    int pageNumber() const { return m_page; }
    void newPage();
    void finish();

private:
    void drawFooter();

    QPagedPaintDevice *m_device;
    QPainter m_painter;
    QString m_title;
    QRectF m_content;
    QRectF m_footer;
    int m_page = 1;
    bool m_finished = false;
};

} // namespace Waymark
