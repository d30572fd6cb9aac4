#pragma once

#include <QDateTime>
#include <QString>

#include <memory>

namespace Waymark {

// The lock file beside a map, `.~lock.NAME#` as LibreOffice writes it, that tells every
// Waymark writer (an editor, the command line, on this machine or another one on the same
// shared folder) who has the map open. SQLite's own locking stays underneath; this lock is
// the visible one that a second login or a second machine can see and name.
//
// The record is a small JSON object: user, host, pid, since, heartbeat, token. It is created
// atomically (a complete temporary file hard-linked into place: of two processes, exactly one
// wins), its heartbeat refreshed while the map is open (refresh()), and it is removed by its
// owner only, known by its random token. A lock whose process is gone from this host, or
// whose heartbeat is older than StaleSeconds, is taken over, with a note.
//
// A lock file is as untrusted as the map beside it: one that cannot be read as a record
// (garbage, too large, wrong types, not a regular file) is never trusted; it is judged by its
// modification time like a stale heartbeat, and a fresh one refuses with a clear message.
class MapLock
{
public:
    static constexpr int HeartbeatSeconds = 30;
    static constexpr int StaleSeconds = 180;
    static constexpr qint64 MaxRecordBytes = 4096;

    // Who holds a lock, as read from its file.
    struct Holder
    {
        QString user;
        QString host;
        qint64 pid = 0;
        QDateTime since;
        QDateTime heartbeat;
        QString token;
    };

    enum class State {
        Free,       // no lock file
        Held,       // held by a running process (or one on another host, with a fresh heartbeat)
        Dead,       // its process is gone from this host: may be taken over
        Stale,      // no heartbeat for StaleSeconds: may be taken over
        Unreadable, // not a record Waymark wrote, and recently modified
    };

    struct Status
    {
        State state = State::Free;
        Holder holder;  // for Held, Dead and Stale
        QString detail; // for Unreadable: why
    };

    // Takes the lock of the map at `mapPath`. Throws StoreError (Code::Locked) naming who holds
    // it, or Code::Io / ReadOnly when the lock file cannot be written.
    static std::unique_ptr<MapLock> acquire(const QString &mapPath);
    // What the lock of `mapPath` says now; changes nothing.
    static Status inspect(const QString &mapPath);
    static QString lockPathFor(const QString &mapPath);
    // "'F' is open in Waymark by ana on laptop-7 since 10:42; try again when it is closed"
    static QString refusal(const QString &mapPath, const Status &status);
    // "ana on laptop-7 since 10:42", escaped and bounded (names come from the lock file).
    static QString heldBy(const Status &status);

    ~MapLock();
    MapLock(const MapLock &) = delete;
    MapLock &operator=(const MapLock &) = delete;

    // Writes a new heartbeat. False when the lock is no longer ours (taken over by another
    // program after ours went stale, or removed): the caller should say so.
    bool refresh();
    // Removes the lock file if it is still ours; idempotent.
    void release();

    const QString &path() const { return m_path; }
    const QString &token() const { return m_holder.token; }
    const Holder &holder() const { return m_holder; }
    // Set when a dead or stale lock was taken over: which, for the user to read.
    const QString &takeoverNote() const { return m_note; }

private:
    MapLock(const QString &mapPath, Holder holder, QString note);

    QString m_mapPath;
    QString m_path;
    Holder m_holder;
    QString m_note;
    bool m_held = true;
};

} // namespace Waymark
