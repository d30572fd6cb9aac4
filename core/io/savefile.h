#pragma once

#include <QByteArray>
#include <QString>

class QFileDevice;

namespace Waymark {

// Writes `bytes` to `path` through QSaveFile: the old file stays whole until the new one is
// complete. Throws FormatError with the reason (folder missing, read-only, disk full).
void writeFileAtomically(const QString &path, const QByteArray &bytes);

// Why writing `file` failed, for users: "the disk is full" when the disk is full, whatever Qt
// says (a full disk often surfaces as "Unknown error" once buffers are flushed). Call it
// before the partial file is removed.
QString writeFailureReason(const QFileDevice &file);

// Flushes what `file` buffers and checks that it holds no write error. Throws FormatError
// naming `path`.
void checkWritten(QFileDevice &file, const QString &path);

} // namespace Waymark
