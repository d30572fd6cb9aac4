#pragma once

#include <QString>

#include <exception>

namespace Waymark {

// A document file could not be opened, read or written. The message is for users and names
// the file; the code lets callers react (offer "Save As" for ReadOnly, say "try again" for Locked).
class StoreError : public std::exception
{
public:
    enum class Code {
        NotFound,
        NotSqlite,
        NotWaymark,
        Newer,
        Corrupt,
        ReadOnly,
        Locked,
        DiskFull,
        Exists,
        Io,
        Invalid,
        Cancelled,
        Foreign,    // holds objects Waymark did not create: read from a clean copy, never written
        HotJournal, // left half-written by a crash: a writer must roll it back first
        TimedOut,   // a statement ran past its budget (a crafted or damaged file)
        TooLarge,   // a value larger than SQLite may hold on Waymark's connections
        Conflict,   // someone else changed or deleted it meanwhile (a team workspace)
    };

    StoreError(Code code, QString message)
        : m_code(code)
        , m_message(std::move(message))
        , m_utf8(m_message.toUtf8())
    {
    }

    Code code() const { return m_code; }
    const QString &message() const { return m_message; }
    const char *what() const noexcept override { return m_utf8.constData(); }

private:
    Code m_code;
    QString m_message;
    QByteArray m_utf8;
};

} // namespace Waymark
