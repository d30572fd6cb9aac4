#pragma once

#include "model/mapinfo.h"

#include <optional>

namespace Waymark {

// What the start page says of a recent map without opening it as a document: its title,
// owner and review date. Reads only the map's own row, through the same checks as any open
// (a map file is untrusted), and never migrates, copies or writes. Gives nothing for a file
// that is missing, damaged, foreign or of a version without living-map fields: the start
// page then shows the file without them, and opening it says what is wrong.
std::optional<MapInfo> peekMapInfo(const QString &path);

} // namespace Waymark
