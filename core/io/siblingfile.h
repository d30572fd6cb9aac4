#pragma once

#include <QString>

namespace Waymark {

// For writers that cannot go through QSaveFile (SQLite writes its own file): a free name in
// the target's folder, and an atomic rename over the target once the new file is complete.
namespace SiblingFile {

// A path beside `target` that does not exist yet. Throws StoreError when the folder is not
// writable.
QString temporaryFor(const QString &target);

// Moves `temporary` over `target` in one step (replacing it), or removes `temporary` and
// throws StoreError.
void replace(const QString &temporary, const QString &target);

} // namespace SiblingFile

} // namespace Waymark
