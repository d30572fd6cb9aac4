#pragma once

#include "mapformat.h"

namespace Waymark {

// The JSON interchange as a file: `waymark export MAP -o MAP.json`, `waymark new --from-json`.
class JsonMapFormat : public MapFormat
{
public:
    QString name() const override;
    QString label() const override;
    QString note() const override;
    QStringList extensions() const override;

    bool canRead() const override { return true; }
    MapData read(const QString &path) const override;
    void write(Document &document, const QString &path, const ExportOptions &options) const override;

    // Parses JSON text; `source` names it in errors ("map.json:3:14: ...").
    static MapData parse(const QByteArray &text, const QString &source);
    static QByteArray serialize(const MapData &data);
};

} // namespace Waymark
