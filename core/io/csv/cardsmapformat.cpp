#include "cardsmapformat.h"

#include "cardstable.h"
#include "document/document.h"
#include "io/inputfile.h"
#include "io/savefile.h"
#include "roadmaptable.h"

#include <QCoreApplication>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace Waymark {

QString CardsMapFormat::name() const
{
    return u"csv"_s;
}

QString CardsMapFormat::label() const
{
    return QCoreApplication::translate("Waymark", "Cards table (CSV)");
}

QString CardsMapFormat::note() const
{
    return QCoreApplication::translate("Waymark", "One row per card for Excel and other spreadsheets; "
                                                  "“waymark new --from” builds a map from it again.");
}

QStringList CardsMapFormat::extensions() const
{
    return {u"csv"_s};
}

QList<FormatVariant> CardsMapFormat::variants() const
{
    return {{u"roadmap"_s, QCoreApplication::translate("Waymark", "Roadmap CSV for Jira and Trello (opportunities, ranked)"),
             QCoreApplication::translate("Waymark", "The opportunities alone, ranked by impact ÷ effort, with owner and "
                                                    "status in columns Jira’s and Trello’s importers map."),
             ExportOption::Roadmap, {ExportOption::Roadmap}}};
}

MapData CardsMapFormat::read(const QString &path) const
{
    return CardsTable::read(InputFile::read(path), path, QFileInfo(path).completeBaseName());
}

void CardsMapFormat::write(Document &document, const QString &path, const ExportOptions &options) const
{
    writeFileAtomically(path, options.roadmap ? RoadmapTable::write(document) : CardsTable::write(document));
}

} // namespace Waymark
