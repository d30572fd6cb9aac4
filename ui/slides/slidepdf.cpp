#include "slidepdf.h"

#include "slideexport.h"
#include "slidepainter.h"

#include "document/document.h"
#include "io/formaterror.h"
#include "render/pagecanvas.h"

#include <QCoreApplication>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace Waymark::SlidePdf {

namespace {

// PowerPoint's widescreen page, 13.333 × 7.5 inches: the PPTX's slides and these are alike.
QPageSize slidePage()
{
    return QPageSize(QSizeF(960, 540), QPageSize::Point, u"Slide 16:9"_s, QPageSize::ExactMatch);
}

QString cannotWrite(const QString &path, const QString &reason)
{
    return QCoreApplication::translate("Waymark", "cannot write '%1': %2").arg(path, reason);
}

} // namespace

void write(Document &document, const QString &path, const ExportOptions &options)
{
    const SlideExport slides(document, options);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        throw FormatError(cannotWrite(path, file.errorString()));
    {
        QPdfWriter writer(&file);
        // The map of the overview is drawn by the canvas's scene, whose fonts are sized for 96 dpi.
        writer.setResolution(int(PageCanvas::Unit));
        writer.setPageLayout(QPageLayout(slidePage(), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
        writer.setTitle(document.info().title);
        writer.setCreator(u"Waymark "_s + QCoreApplication::applicationVersion());
        QPainter painter;
        if (!painter.begin(&writer))
            throw FormatError(cannotWrite(path, QCoreApplication::translate("Waymark", "the PDF could not be started")));
        const QRectF page(0, 0, writer.width(), writer.height());
        const auto map = [&slides](QPainter *p, const QRectF &rect) { slides.paintMap(p, rect); };
        for (int i = 0; i < slides.count(); ++i) {
            if (i > 0)
                writer.newPage();
            SlidePainter::paint(&painter, slides.picture(i), page, map);
            if (!options.tellProgress(i + 1, slides.count())) {
                painter.end();
                file.cancelWriting();
                throw FormatError::cancelledWriting(path);
            }
        }
        painter.end();
    }
    if (!file.commit())
        throw FormatError(cannotWrite(path, file.errorString()));
}

} // namespace Waymark::SlidePdf
