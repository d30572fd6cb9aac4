#include "pdfmapformat.h"

#include "document/document.h"
#include "exportscene.h"
#include "io/formaterror.h"
#include "io/messagetext.h"
#include "io/savefile.h"
#include "mappagination.h"
#include "mapsheet.h"
#include "maplegend.h"
#include "pagecanvas.h"
#include "reportwriter.h"
#include "slides/slidepdf.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QPdfWriter>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace Waymark {

QString PdfMapFormat::name() const
{
    return u"pdf"_s;
}

QString PdfMapFormat::label() const
{
    return QCoreApplication::translate("Waymark", "PDF document");
}

QString PdfMapFormat::note() const
{
    return QCoreApplication::translate("Waymark", "Vector output: text stays text, sharp at any size.");
}

QList<ExportOption> PdfMapFormat::options() const
{
    return {ExportOption::Page, ExportOption::Title, ExportOption::Legend, ExportOption::Selection, ExportOption::StageRange,
            ExportOption::Compact, ExportOption::Segment};
}

QList<FormatVariant> PdfMapFormat::variants() const
{
    return {{u"report"_s, QCoreApplication::translate("Waymark", "PDF report (cover, map, personas, metrics, priorities)"),
             QCoreApplication::translate("Waymark", "A report to send as it is: cover, the map, personas, metrics per stage "
                                                    "and the pain points and opportunities ranked by impact ÷ effort."),
             ExportOption::Report, {ExportOption::Report, ExportOption::Page, ExportOption::Compact, ExportOption::Segment, ExportOption::Comments}},
            {u"slides"_s, QCoreApplication::translate("Waymark", "PDF slide deck (the presentation, 16:9)"),
             QCoreApplication::translate("Waymark", "The slides of View ▸ Present: the overview, then each stage at a size a "
                                                    "room can read, continued on further slides where its cards need them."),
             ExportOption::Slides, {ExportOption::Slides, ExportOption::Segment}}};
}

QStringList PdfMapFormat::extensions() const
{
    return {u"pdf"_s};
}

void PdfMapFormat::paintMapPages(PageCanvas &pdf, ExportScene &scene)
{
    const ExportOptions &options = scene.options();
    const double extra = (options.title ? MapSheet::TitleHeight : 0) + (options.legend ? MapSheet::Gap + MapLegend::Height : 0);
    const QRectF area = pdf.content();
    const QList<MapPagination::Tile> tiles = MapPagination::tiles(scene, area.size(), extra);
    const int stages = int(scene.layout().columns().size());
    for (int i = 0; i < tiles.size(); ++i) {
        const MapPagination::Tile &tile = tiles.at(i);
        if (i > 0)
            pdf.newPage();
        QString subtitle;
        if (tiles.size() > 1) {
            subtitle = QCoreApplication::translate("Waymark", "Stages %1 to %2 of %3 · part %4 of %5")
                           .arg(QString::number(tile.firstColumn + 1), QString::number(tile.lastColumn + 1),
                                QString::number(stages), QString::number(i + 1), QString::number(tiles.size()));
        } else if (!scene.document().info().description.isEmpty()) {
            subtitle = scene.document().info().description;
        }
        MapSheet sheet(scene, tile.firstColumn, tile.lastColumn, tile.firstRow, tile.lastRow, subtitle);
        const QSizeF size = sheet.size();
        // Fit the page, but do not blow a small map up past 125 %.
        const double scale = std::min({area.width() / size.width(), area.height() / size.height(), 1.25});
        sheet.paint(&pdf.painter(), QRectF(area.topLeft(), size * scale));
        if (!options.tellProgress(i + 1, tiles.size()))
            throw FormatError::cancelledWriting(QString());
    }
}

void PdfMapFormat::paint(PageCanvas &pages, Document &document, const ExportOptions &options)
{
    if (options.report) {
        ReportWriter(document, options).write(pages);
    } else {
        ExportScene scene(document, options);
        paintMapPages(pages, scene);
    }
    pages.finish();
}

void PdfMapFormat::write(Document &document, const QString &path, const ExportOptions &options) const
{
    if (options.slides)
        return SlidePdf::write(document, path, options);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        throw FormatError(QCoreApplication::translate("Waymark", "cannot write %1: %2")
                              .arg(MessageText::quotedPath(path), file.errorString()));
    // QPdfWriter does not check what its device makes of its writes: on a full disk it would
    // leave half a PDF that looks done. So the PDF is made in memory and written checked.
    QBuffer pdf;
    pdf.open(QIODevice::WriteOnly);
    try {
        QPdfWriter writer(&pdf);
        writer.setResolution(int(PageCanvas::Unit)); // text is laid out as on screen
        writer.setPageLayout(pageLayout(options.page));
        writer.setTitle(document.info().title);
        writer.setCreator(u"Waymark "_s + QCoreApplication::applicationVersion());
        PageCanvas pages(&writer, document.info().title);
        paint(pages, document, options);
    } catch (const FormatError &e) {
        file.cancelWriting();
        throw e.isCancelled() ? FormatError::cancelledWriting(path) : e;
    }
    try {
        if (file.write(pdf.data()) != pdf.data().size())
            throw FormatError(QCoreApplication::translate("Waymark", "cannot write %1: %2")
                                  .arg(MessageText::quotedPath(path), writeFailureReason(file)));
        checkWritten(file, path);
    } catch (const FormatError &) {
        file.cancelWriting();
        throw;
    }
    if (!file.commit())
        throw FormatError(QCoreApplication::translate("Waymark", "cannot write %1: %2")
                              .arg(MessageText::quotedPath(path), writeFailureReason(file)));
}

QPageLayout PdfMapFormat::pageLayout(QPageSize::PageSizeId page)
{
    return QPageLayout(QPageSize(page), QPageLayout::Landscape, QMarginsF(12, 12, 12, 10), QPageLayout::Millimeter);
}

} // namespace Waymark
