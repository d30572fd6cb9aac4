#include "sharedstorage.h"

#include "io/messagetext.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <sys/vfs.h>

using namespace Qt::StringLiterals;

namespace Waymark::SharedStorage {

namespace {

struct Known
{
    qint64 magic;
    const char16_t *name;
};

// statfs f_type values (linux/magic.h and the file systems' own headers) of file systems
// shared over a network.
constexpr Known NetworkMagics[] = {
    {0x6969, u"NFS"},
    {0xFF534D42, u"SMB/CIFS"},
    {0xFE534D42, u"SMB/CIFS"}, // smb2 / smb3
    {0x517B, u"SMB/CIFS"},     // the old smbfs
    {0x564C, u"NetWare"},
    {0x5346414F, u"AFS"},
    {0x6B414653, u"AFS"},
    {0x73757245, u"Coda"},
    {0x00C36400, u"Ceph"},
    {0x01021997, u"9P"},
    {0x01161970, u"GFS2"},
    {0x7461636F, u"OCFS2"},
    {0x0BD00BD0, u"Lustre"},
};

// Mount types of /proc/self/mounts, for what statfs cannot tell apart (every FUSE file system
// has one magic number): network ones, by name.
constexpr const char16_t *NetworkMountTypes[] = {
    u"nfs",         u"nfs4",        u"cifs",           u"smb3",           u"smbfs",           u"sshfs",
    u"fuse.sshfs",  u"fuse.rclone", u"fuse.s3fs",      u"fuse.gcsfuse",   u"glusterfs",       u"fuse.glusterfs",
    u"ceph",        u"fuse.ceph",   u"9p",             u"afs",            u"davfs",           u"fuse.davfs2",
    u"fuse.gvfsd-fuse", u"fuse.smbnetfs",
};

// Sync clients' folders, by a component of the path: "Dropbox", "Dropbox (Company)",
// "OneDrive", "OneDrive - Contoso", "Google Drive", "Nextcloud"...
struct SyncFolder
{
    const char16_t *prefix;
    const char16_t *name;
};

constexpr SyncFolder SyncFolders[] = {
    {u"dropbox", u"Dropbox"},        {u"onedrive", u"OneDrive"},    {u"google drive", u"Google Drive"},
    {u"googledrive", u"Google Drive"}, {u"my drive", u"Google Drive"}, {u"nextcloud", u"Nextcloud"},
    {u"owncloud", u"ownCloud"},      {u"icloud drive", u"iCloud Drive"}, {u"icloud~", u"iCloud Drive"},
    {u"box sync", u"Box"},           {u"seafile", u"Seafile"},      {u"syncthing", u"Syncthing"},
};

// The name of a sync client when `component` is its folder: the name alone, or followed by
// " (...)" or " - ..." (an account or a company), never a word that merely starts the same.
QString syncFolderName(const QString &component)
{
    const QString lower = component.toLower();
    for (const SyncFolder &folder : SyncFolders) {
        const QString prefix = QString::fromUtf16(folder.prefix);
        if (!lower.startsWith(prefix))
            continue;
        const QStringView rest = QStringView(lower).mid(prefix.size());
        if (rest.isEmpty() || rest.startsWith(u" (") || rest.startsWith(u" - ") || prefix.endsWith(u'~'))
            return QString::fromUtf16(folder.name);
    }
    return {};
}

// /proc/self/mounts writes a space in a mount point as \040.
QString unescapedMountPoint(const QByteArray &field)
{
    QByteArray out;
    for (qsizetype i = 0; i < field.size(); ++i) {
        if (field.at(i) == '\\' && i + 3 < field.size()) {
            bool ok = false;
            const int code = field.mid(i + 1, 3).toInt(&ok, 8);
            if (ok && code < 256) {
                out.append(char(code));
                i += 3;
                continue;
            }
        }
        out.append(field.at(i));
    }
    return QFile::decodeName(out);
}

// The type of the mount holding `folder`: the longest mount point that contains it.
QString mountTypeOf(const QString &folder)
{
    QFile mounts(u"/proc/self/mounts"_s);
    if (!mounts.open(QIODevice::ReadOnly))
        return {};
    QString best;
    qsizetype bestLength = -1;
    // Bounded: a machine has a few hundred mounts, not megabytes of them.
    for (int lines = 0; lines < 10000 && !mounts.atEnd(); ++lines) {
        const QList<QByteArray> fields = mounts.readLine(8192).split(' ');
        if (fields.size() < 3)
            continue;
        const QString point = unescapedMountPoint(fields.at(1));
        const bool contains = folder == point || point == u"/"_s
                              || (folder.startsWith(point) && folder.at(point.size()) == u'/');
        if (contains && point.size() > bestLength) {
            bestLength = point.size();
            best = QString::fromLatin1(fields.at(2));
        }
    }
    return best;
}

FileSystem probeFileSystem(const QString &folder)
{
    FileSystem fileSystem;
    struct statfs info {};
    if (::statfs(QFile::encodeName(folder).constData(), &info) == 0)
        fileSystem.magic = qint64(info.f_type) & 0xFFFFFFFF;
    fileSystem.mountType = mountTypeOf(folder);
    return fileSystem;
}

Probe &probe()
{
    static Probe current;
    return current;
}

} // namespace

Verdict classify(const QString &path, const FileSystem &fileSystem)
{
    const QStringList components = QDir::fromNativeSeparators(path).split(u'/', Qt::SkipEmptyParts);
    for (const QString &component : components) {
        const QString name = syncFolderName(component);
        if (!name.isEmpty())
            return {Kind::SyncFolder, name};
    }
    for (const Known &known : NetworkMagics) {
        if (known.magic == fileSystem.magic)
            return {Kind::Network, QString::fromUtf16(known.name)};
    }
    for (const char16_t *name : NetworkMountTypes) {
        const QString type = QString::fromUtf16(name);
        if (fileSystem.mountType.compare(type, Qt::CaseInsensitive) == 0) {
            const QString shown = type.startsWith(u"fuse."_s) ? type.mid(5) : type;
            if (shown.startsWith(u"nfs"_s))
                return {Kind::Network, u"NFS"_s};
            if (shown == u"cifs"_s || shown.startsWith(u"smb"_s))
                return {Kind::Network, u"SMB/CIFS"_s};
            return {Kind::Network, shown};
        }
    }
    return {};
}

Verdict check(const QString &path)
{
    const QFileInfo info(path);
    QString folder = QFileInfo(info.absolutePath()).canonicalFilePath();
    if (folder.isEmpty())
        folder = info.absolutePath();
    const QString canonical = info.exists() ? info.canonicalFilePath() : folder + u'/' + info.fileName();
    return classify(canonical, probe() ? probe()(folder) : probeFileSystem(folder));
}

void setProbe(Probe replacement)
{
    probe() = std::move(replacement);
}

QString warning(const QString &path, const Verdict &verdict)
{
    const auto tr = [](const char *text) { return QCoreApplication::translate("Waymark", text); };
    switch (verdict.kind) {
    case Kind::Local:
        return {};
    case Kind::Network:
        return tr("%1 is on a network file system (%2), where SQLite's file locking is unreliable: two programs "
                  "writing the map at once can damage it. Keep to one writer at a time (others open it "
                  "read-only), or use a team workspace when there is one.")
            .arg(MessageText::quotedPath(path), verdict.name);
    case Kind::SyncFolder:
        return tr("%1 is in a %2 folder, which copies files behind SQLite's locks: edits made on two machines "
                  "at once can be lost or damage the map. Keep to one writer at a time (others open it "
                  "read-only), or use a team workspace when there is one.")
            .arg(MessageText::quotedPath(path), verdict.name);
    }
    return {};
}

} // namespace Waymark::SharedStorage
