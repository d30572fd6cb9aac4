#pragma once

#include <QString>

namespace Waymark {

// What the first 100 bytes of a file say about it, read before SQLite touches the file so
// that an empty, foreign or truncated file is refused without SQLite creating or "repairing"
// anything.
struct SqliteHeader {
    enum class Verdict { Ok, Unreadable, Empty, NotSqlite, Truncated };

    Verdict verdict = Verdict::Unreadable;
    qint64 fileSize = 0;
    qint64 expectedSize = 0; // page size x page count when the header's count is valid
    QString detail;          // the reason, for Unreadable

    static SqliteHeader read(const QString &path);
};

} // namespace Waymark
