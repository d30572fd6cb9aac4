#pragma once

#include <QJsonObject>
#include <QString>

namespace Waymark {

class Document;

// What `waymark info` prints: the map's title, schema, stages, lanes and counts.
namespace MapSummary {

QJsonObject toJson(Document &document);
// `workspace`: the URL#NAME the map was read from, shown instead of the private copy's file.
QString toText(Document &document, const QString &workspace = {});

} // namespace MapSummary

} // namespace Waymark
