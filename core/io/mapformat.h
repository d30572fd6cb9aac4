#pragma once

#include "exportoptions.h"
#include "model/mapdata.h"

#include <QString>
#include <QStringList>

namespace Waymark {

class Document;

// A file format a map can be written to and perhaps read from. One class per format,
// registered with FormatRegistry; errors are thrown as FormatError.
class MapFormat
{
public:
    virtual ~MapFormat() = default;

    virtual QString name() const = 0;        // as given to --format: "json", "png"...
    virtual QString description() const = 0; // for file dialogs: "Waymark JSON"
    virtual QStringList extensions() const = 0;

    virtual bool canRead() const { return false; }
    virtual MapData read(const QString &path) const;
    virtual void write(Document &document, const QString &path, const ExportOptions &options) const = 0;
};

} // namespace Waymark
