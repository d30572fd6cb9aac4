#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QString>

namespace Waymark::JsonText {

// Parses JSON text; throws FormatError "SOURCE:LINE:COLUMN: reason" where it does not parse.
QJsonDocument parse(const QByteArray &text, const QString &source);

} // namespace Waymark::JsonText
