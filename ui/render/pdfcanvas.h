#pragma once

#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QRectF>
#include <QString>

class QIODevice;

namespace Waymark {

// A landscape PDF drawn in the canvas's units (1/96 inch, like the screen), with margins and
// a footer on every page: the map's title and the page number.
class PdfCanvas
{
public:
    PdfCanvas(QIODevice *device, QPageSize::PageSizeId page, const QString &title);
    ~PdfCanvas();

    QPainter &painter() { return m_painter; }
    // The area inside the margins and above the footer.
    QRectF content() const { return m_content; }
    int pageNumber() const { return m_page; }
    void newPage();
    void finish();

private:
    void drawFooter();

    QPdfWriter m_writer;
    QPainter m_painter;
    QString m_title;
    QRectF m_content;
    QRectF m_footer;
    int m_page = 1;
    bool m_finished = false;
};

} // namespace Waymark
