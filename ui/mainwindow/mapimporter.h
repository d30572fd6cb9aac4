#pragma once

#include "model/mapdata.h"

#include <QString>

#include <optional>

class QWidget;

namespace Waymark {

// File ▸ Import Map…, files dropped on the start page and files given to the editor that are
// not maps: every format the format registry reads becomes a new, never-saved map.
namespace MapImporter {

// Whether `path` is a file to import (a format the registry reads), not a Waymark map.
bool canImport(const QString &path);
// Asks for a file with the registry's readable formats; empty when the user cancels.
QString askForFile(QWidget *parent);
// Reads the file; explains a file that cannot be read in a message box and returns nothing.
std::optional<MapData> read(QWidget *parent, const QString &path);
// "…a mermaid journey diagram, a cards table (CSV)…": the formats, for hints.
QString readableFormats();

} // namespace MapImporter

} // namespace Waymark
