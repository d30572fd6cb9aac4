#pragma once

#include <QString>

#include <functional>

namespace Waymark {

// Where a map's folder lives, as far as SQLite's locking is concerned. SQLite's own guidance
// (sqlite.org/useovernet.html) is that its file locks are unreliable on network file systems
// (NFS, SMB/CIFS, sshfs...), and a sync client (Dropbox, OneDrive...) copies files behind
// every lock: two writers there can corrupt a map or lose each other's edits. Writers say so,
// once, before they first write a map there.
namespace SharedStorage {

enum class Kind { Local, Network, SyncFolder };

struct Verdict
{
    Kind kind = Kind::Local;
    QString name; // what it is, for the message: "NFS", "SMB/CIFS", "sshfs", "Dropbox"...
};

// What the file system of a folder says of itself: statfs()'s f_type, and the type named for
// its mount point in /proc/self/mounts (which tells FUSE file systems apart: fuse.sshfs).
struct FileSystem
{
    qint64 magic = 0;
    QString mountType;
};

using Probe = std::function<FileSystem(const QString &folder)>;

// The verdict for a map at `path` on a file system `fileSystem`: the path is read for sync
// folders first (a sync folder is usually on a local disk).
Verdict classify(const QString &path, const FileSystem &fileSystem);
// The verdict for a map at `path` on this machine, through the probe.
Verdict check(const QString &path);
// Replaces the probe of the real file system (statfs and /proc/self/mounts); an empty
// function restores it. For tests.
void setProbe(Probe probe);

// The warning for a map where the verdict is not Local; empty for Local.
QString warning(const QString &path, const Verdict &verdict);

} // namespace SharedStorage

} // namespace Waymark
