#pragma once

#include "io/mapformat.h"

namespace Waymark {

// mermaid `journey` diagrams (.mmd, .mermaid), read and written: see docs/formats/mermaid.md.
class MermaidMapFormat : public MapFormat
{
public:
    QString name() const override;
    QString label() const override;
    QString note() const override;
    QStringList extensions() const override;
    bool canRead() const override { return true; }
    QList<ExportOption> options() const override { return {ExportOption::Lanes}; }
    QList<Id> defaultLanes(const MapData &data) const override;

    MapData read(const QString &path) const override;
    void write(Document &document, const QString &path, const ExportOptions &options) const override;
};

} // namespace Waymark
