#pragma once

#include <QString>

namespace Waymark {

class MapSession;

// File ▸ Import Personas from File…: the personas of another map, copied into this one as
// one undo step (see PersonaImport for what travels and what is skipped).
namespace PersonaImporter {

// Imports from the map file at `path`. Returns what happened, for the status bar ("Imported
// 2 personas; skipped 1 this map has already: Dana"). Throws StoreError when the file cannot
// be read.
QString importFrom(MapSession *session, const QString &path);

} // namespace PersonaImporter

} // namespace Waymark
