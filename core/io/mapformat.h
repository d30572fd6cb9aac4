#pragma once

#include "exportoption.h"
#include "exportoptions.h"
#include "model/mapdata.h"

#include <QByteArrayView>
#include <QString>
#include <QStringList>

#include <optional>

namespace Waymark {

class Document;

// A kind of output a format makes when one of its switches is on: the PDF report is the pdf
// format with --report. The Export dialog lists it as a choice of its own.
struct FormatVariant {
    QString key;                 // "report": what ExportDialog::setKind() and its settings take
    QString label;               // "PDF report (cover, map, personas, metrics, priorities)"
    QString note;                // one sentence for the dialog
    ExportOption option;         // the switch that makes it
    QList<ExportOption> options; // what it honours then (the switch included)
};

// A file format a map can be written to and perhaps read from. One class per format,
// registered with FormatRegistry, which is the only list of formats: the Export dialog, the
// command line's --format and its help, File ▸ Import Map… and drag and drop are built from
// what the formats say here. Errors are thrown as FormatError.
class MapFormat
{
public:
    virtual ~MapFormat() = default;

    virtual QString name() const = 0;  // as given to --format: "json", "png"...
    virtual QString label() const = 0; // for lists and file dialogs: "Waymark JSON interchange"
    // A sentence for the Export dialog: what the file holds and what it is for.
    virtual QString note() const { return {}; }
    virtual QStringList extensions() const = 0; // the first is the one written

    virtual bool canRead() const { return false; }
    virtual bool canWrite() const { return true; }
    // Whether writing draws, and so needs a QGuiApplication (fonts, a paint engine).
    virtual bool needsGui() const { return false; }
    // The export options the format honours; a variant honours its own list instead.
    virtual QList<ExportOption> options() const { return {}; }
    virtual QList<FormatVariant> variants() const { return {}; }
    // Whether the file's first bytes are this format's. Picks the reader among formats that
    // share an extension (a Blueprint Signal project and Waymark JSON are both .json).
    virtual bool recognizes(QByteArrayView head) const
    {
        Q_UNUSED(head);
        return false;
    }

    // For formats that honour ExportOption::Lanes: the lanes written when none are chosen.
    virtual QList<Id> defaultLanes(const MapData &data) const
    {
        Q_UNUSED(data);
        return {};
    }

    virtual MapData read(const QString &path) const;
    virtual void write(Document &document, const QString &path, const ExportOptions &options) const;

    bool honours(ExportOption option) const { return options().contains(option); }
    std::optional<FormatVariant> variant(const QString &key) const;
    QString fileFilter() const; // "Waymark JSON interchange (*.json)"
};

} // namespace Waymark
