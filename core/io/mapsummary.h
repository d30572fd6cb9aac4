#pragma once

#include <QJsonObject>
#include <QString>

namespace Waymark {

class Document;

// What `waymark info` prints: the map's title, schema, stages, lanes and counts.
namespace MapSummary {

QJsonObject toJson(Document &document);
QString toText(Document &document);

} // namespace MapSummary

} // namespace Waymark
