#pragma once

#include <QByteArray>
#include <QString>

namespace Waymark {

// Writes `bytes` to `path` through QSaveFile: the old file stays whole until the new one is
// complete. Throws FormatError with the reason (folder missing, read-only, disk full).
void writeFileAtomically(const QString &path, const QByteArray &bytes);

} // namespace Waymark
