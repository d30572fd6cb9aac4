#include "jsonmapformat.h"

#include "document/document.h"
#include "formaterror.h"
#include "mapjson.h"
#include "savefile.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace Waymark {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Waymark", text);
}

// 1-based line and column of the offset QJsonParseError reports, for error messages.
std::pair<int, int> lineAndColumn(const QByteArray &text, qsizetype offset)
{
    offset = std::clamp<qsizetype>(offset, 0, text.size());
    const QByteArrayView before(text.constData(), offset);
    const int line = int(before.count('\n')) + 1;
    const qsizetype lineStart = before.lastIndexOf('\n') + 1;
    const int column = int(QString::fromUtf8(text.constData() + lineStart, offset - lineStart).size()) + 1;
    return {line, column};
}

} // namespace

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
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(text, &error);
    if (error.error != QJsonParseError::NoError) {
        const auto [line, column] = lineAndColumn(text, error.offset);
        throw FormatError(u"%1:%2:%3: %4"_s.arg(source).arg(line).arg(column).arg(error.errorString()));
    }
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
