#pragma once

#include "model/response.h"

#include <QSqlQuery>
#include <QStringList>

namespace Waymark {

// The columns of the response table and how a Response maps onto them. Segment attributes
// are kept as one JSON object (sorted by name) so that any attribute can be grouped on with
// json_extract() without a column per attribute.
namespace ResponseCodec {

QStringList columns(); // id first
Response read(const QSqlQuery &query);
void bind(QSqlQuery &query, const Response &response); // binds every column, id first
QString encodeAttributes(const QList<QPair<QString, QString>> &attributes);
QList<QPair<QString, QString>> decodeAttributes(const QString &json);

} // namespace ResponseCodec

} // namespace Waymark
