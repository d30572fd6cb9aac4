#pragma once

#include "model/mapdata.h"

#include <QJsonObject>

namespace Waymark {

// The JSON interchange of a map (docs/json-format.md): everything but survey responses, with
// stages, lanes, personas and (in links) cards referred to by their 0-based index. Export,
// rebuild and export again gives the same JSON.
namespace MapJson {

constexpr int Version = 1;

// Interchange: the fields that mean something for each element (a touchpoint has no
// severity), stages without a colour given their position's for good. Complete: every field
// as it is, so that reading it back gives the same values (what a snapshot keeps).
enum class Detail { Interchange, Complete };

QJsonObject toJson(const MapData &data, Detail detail = Detail::Interchange);

// Throws FormatError naming the offending element ("cards[3].stage: ...").
// The result is in document order, with ids numbered from 1 in that order.
MapData fromJson(const QJsonObject &json, Detail detail = Detail::Interchange);

// A card's own fields (no place, no persona tags), as in the interchange: what the clipboard
// carries between maps.
QJsonObject cardFields(const Card &card);
// Throws FormatError naming `where` and the field.
Card cardFromFields(const QJsonObject &json, const QString &where);

} // namespace MapJson

} // namespace Waymark
