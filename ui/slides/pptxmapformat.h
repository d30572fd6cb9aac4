#pragma once

#include "io/mapformat.h"

namespace Waymark {

class SlideExport;

// PPTX: the presentation's slides as a 16:9 PowerPoint deck (Office Open XML,
// PresentationML): the overview, then each stage on as many slides as the screen shows it,
// with editable text, the emotion curves as vector shapes and speaker notes. Zipped with
// libzip, written with QSaveFile.
class PptxMapFormat : public MapFormat
{
public:
    QString name() const override;
    QString label() const override;
    QString note() const override;
    bool needsGui() const override { return true; }
    QStringList extensions() const override;
    QList<ExportOption> options() const override { return {ExportOption::Segment}; }
    void write(Document &document, const QString &path, const ExportOptions &options) const override;

    // The package's bytes for a laid-out deck.
    static QByteArray package(const SlideExport &slides, const ExportOptions &options);
};

} // namespace Waymark
