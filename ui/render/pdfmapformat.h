#pragma once

#include "io/mapformat.h"

#include <QPageLayout>

namespace Waymark {

class ExportScene;
class PageCanvas;

// PDF: the map on landscape pages (split with headers repeated when it is too wide to read on
// one), or with --report the full report. Vector throughout, text stays text.
class PdfMapFormat : public MapFormat
{
public:
    QString name() const override;
    QString label() const override;
    QString note() const override;
    bool needsGui() const override { return true; }
    QList<ExportOption> options() const override;
    QList<FormatVariant> variants() const override;
    QStringList extensions() const override;
    void write(Document &document, const QString &path, const ExportOptions &options) const override;

    // The map's pages, from the current page of `pdf` on (used by the report too).
    static void paintMapPages(PageCanvas &pdf, ExportScene &scene);
    // The map pages or, with options.report, the report: what the PDF holds and what is printed.
    static void paint(PageCanvas &pages, Document &document, const ExportOptions &options);
    // Landscape with the margins every Waymark page has.
    static QPageLayout pageLayout(QPageSize::PageSizeId page);
};

} // namespace Waymark
