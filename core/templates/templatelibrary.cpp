#include "templatelibrary.h"

#include "io/formaterror.h"
#include "io/jsonmapformat.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Waymark::TemplateLibrary {

namespace {

const QString folder = u":/waymark/templates"_s;
const QString blank = u"blank"_s;

} // namespace

QList<Entry> entries()
{
    QList<Entry> list;
    const QStringList files = QDir(folder).entryList({u"*.json"_s}, QDir::Files);
    for (const QString &file : files) {
        const QString name = file.chopped(5);
        const MapData data = load(name);
        list.append({name, data.info.title, data.info.description});
    }
    std::sort(list.begin(), list.end(), [](const Entry &a, const Entry &b) {
        if ((a.name == blank) != (b.name == blank))
            return a.name == blank;
        return a.title.localeAwareCompare(b.title) < 0;
    });
    return list;
}

bool contains(const QString &name)
{
    return QFile::exists(folder + u'/' + name + u".json"_s);
}

MapData load(const QString &name)
{
    QFile file(folder + u'/' + name + u".json"_s);
    if (name.isEmpty() || name.contains(u'/') || !file.open(QIODevice::ReadOnly)) {
        QStringList names;
        for (const QString &f : QDir(folder).entryList({u"*.json"_s}, QDir::Files))
            names.append(f.chopped(5));
        throw FormatError(QCoreApplication::translate("Waymark", "no template named '%1' (available: %2)")
                              .arg(name, names.join(u", "_s)));
    }
    return JsonMapFormat::parse(file.readAll(), u"template "_s + name);
}

} // namespace Waymark::TemplateLibrary
