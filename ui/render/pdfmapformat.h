#pragma once

#include "io/mapformat.h"

namespace Waymark {

class ExportScene;
class PdfCanvas;

// PDF: the map on landscape pages (split with headers repeated when it is too wide to read on
// one), or with --report the full report. Vector throughout, text stays text.
class PdfMapFormat : public MapFormat
{
public:
    QString name() const override;
    QString description() const override;
    QStringList extensions() const override;
    void write(Document &document, const QString &path, const ExportOptions &options) const override;

    // The map's pages, from the current page of `pdf` on (used by the report too).
    static void paintMapPages(PdfCanvas &pdf, ExportScene &scene);
};

} // namespace Waymark
