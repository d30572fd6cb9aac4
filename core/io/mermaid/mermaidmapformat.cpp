#include "mermaidmapformat.h"

#include "document/document.h"
#include "io/inputfile.h"
#include "io/savefile.h"
#include "mermaidjourneymap.h"
#include "mermaidjourneyparser.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Waymark {

QString MermaidMapFormat::name() const
{
    return u"mermaid"_s;
}

QString MermaidMapFormat::label() const
{
    return QCoreApplication::translate("Waymark", "Mermaid journey diagram");
}

QString MermaidMapFormat::note() const
{
    return QCoreApplication::translate("Waymark", "A mermaid “journey” for Markdown and git: stages become sections, the "
                                                  "chosen lanes’ cards tasks scored 1–5, personas actors.");
}

QStringList MermaidMapFormat::extensions() const
{
    return {u"mmd"_s, u"mermaid"_s};
}

QList<Id> MermaidMapFormat::defaultLanes(const MapData &data) const
{
    return MermaidJourneyMap::defaultLanes(data);
}

MapData MermaidMapFormat::read(const QString &path) const
{
    const QString text = InputFile::utf8(InputFile::read(path), path);
    return MermaidJourneyMap::toMap(MermaidJourneyParser::parse(text, path));
}

void MermaidMapFormat::write(Document &document, const QString &path, const ExportOptions &options) const
{
    writeFileAtomically(path, MermaidJourneyMap::write(document.snapshot(), options.lanes).toUtf8());
}

} // namespace Waymark
