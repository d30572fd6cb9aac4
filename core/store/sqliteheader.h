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
    // What the header says before SQLite is asked: a file that is not ours, or is newer, is
    // refused without SQLite opening it (which could replay a journal or start a WAL).
    quint32 applicationId = 0;
    qint32 userVersion = 0;
    bool walMode = false; // read and write versions 2: the file was last written in WAL mode

    static SqliteHeader read(const QString &path);
};

} // namespace Waymark
