#include "jsonmapformat.h"

#include "document/document.h"
#include "formaterror.h"
#include "jsontext.h"
#include "mapjson.h"
#include "savefile.h"
#include "io/translate.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace Waymark {

QString JsonMapFormat::name() const
{
    return u"json"_s;
}

QString JsonMapFormat::label() const
{
    return tr("Waymark JSON interchange");
}

QString JsonMapFormat::note() const
{
    return tr("The whole map as data, without survey responses: open it with “waymark new --from”.");
}

QStringList JsonMapFormat::extensions() const
{
    return {u"json"_s};
}

MapData JsonMapFormat::parse(const QByteArray &text, const QString &source)
{
    const QJsonDocument json = JsonText::parse(text, source);
    if (!json.isObject())
        throw FormatError(tr("%1: expected a JSON object describing a map").arg(source));
    try {
        return MapJson::fromJson(json.object());
    } catch (const FormatError &e) {
        throw FormatError(u"%1: %2"_s.arg(source, e.message()));
    }
}

QByteArray JsonMapFormat::serialize(const MapData &data)
{
    return QJsonDocument(MapJson::toJson(data)).toJson(QJsonDocument::Indented);
}

MapData JsonMapFormat::read(const QString &path) const
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw FormatError(tr("cannot read '%1': %2").arg(path, file.errorString()));
    return parse(file.readAll(), path);
}

void JsonMapFormat::write(Document &document, const QString &path, const ExportOptions &) const
{
    writeFileAtomically(path, serialize(document.snapshot()));
}

} // namespace Waymark
