#include "blueprintmapformat.h"

#include "blueprintmap.h"
#include "io/inputfile.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Waymark {

QString BlueprintMapFormat::name() const
{
    return u"blueprint"_s;
}

QString BlueprintMapFormat::label() const
{
    return QCoreApplication::translate("Waymark", "Blueprint Signal project");
}

QStringList BlueprintMapFormat::extensions() const
{
    return {u"json"_s};
}

bool BlueprintMapFormat::recognizes(QByteArrayView head) const
{
    return BlueprintProject::looksLikeProject(head);
}

MapData BlueprintMapFormat::read(const QString &path) const
{
    return BlueprintMap::toMap(BlueprintProject::parse(InputFile::read(path), path));
}

} // namespace Waymark
