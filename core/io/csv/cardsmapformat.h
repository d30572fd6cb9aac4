#pragma once

#include "io/mapformat.h"

namespace Waymark {

// The cards table for spreadsheets, read and written (docs/formats/cards-csv.md), and with
// --roadmap the ranked opportunities for Jira and Trello (docs/formats/roadmap-csv.md).
class CardsMapFormat : public MapFormat
{
public:
    QString name() const override;
    QString label() const override;
    QString note() const override;
    QStringList extensions() const override;
    bool canRead() const override { return true; }
    QList<FormatVariant> variants() const override;

    MapData read(const QString &path) const override;
    void write(Document &document, const QString &path, const ExportOptions &options) const override;
};

} // namespace Waymark
