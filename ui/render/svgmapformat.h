#pragma once

#include "io/mapformat.h"

namespace Waymark {

// SVG: vector shapes and real text, for slides and further editing.
class SvgMapFormat : public MapFormat
{
public:
    QString name() const override;
    QString label() const override;
    QString note() const override;
    bool needsGui() const override { return true; }
    QList<ExportOption> options() const override;
    QStringList extensions() const override;
    void write(Document &document, const QString &path, const ExportOptions &options) const override;
};

} // namespace Waymark
