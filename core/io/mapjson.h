#pragma once

#include "model/mapdata.h"

#include <QJsonObject>

namespace Waymark {

// The JSON interchange of a map (docs/json-format.md): everything but survey responses, with
// stages, lanes, personas and (in links) cards referred to by their 0-based index. Export,
// rebuild and export again gives the same JSON.
namespace MapJson {

constexpr int Version = 1;

QJsonObject toJson(const MapData &data);

// Throws FormatError naming the offending element ("cards[3].stage: ...").
// The result is in document order, with ids numbered from 1 in that order.
MapData fromJson(const QJsonObject &json);

// A card's own fields (no place, no persona tags), as in the interchange: what the clipboard
// carries between maps.
QJsonObject cardFields(const Card &card);
// Throws FormatError naming `where` and the field.
Card cardFromFields(const QJsonObject &json, const QString &where);

} // namespace MapJson

} // namespace Waymark
