#include "jsontext.h"

#include "formaterror.h"

#include <QJsonParseError>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Waymark::JsonText {

namespace {

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

QJsonDocument parse(const QByteArray &text, const QString &source)
{
    QJsonParseError error;
    QJsonDocument json = QJsonDocument::fromJson(text, &error);
    if (error.error != QJsonParseError::NoError) {
        const auto [line, column] = lineAndColumn(text, error.offset);
        throw FormatError(u"%1:%2:%3: %4"_s.arg(source).arg(line).arg(column).arg(error.errorString()));
    }
    return json;
}

} // namespace Waymark::JsonText
