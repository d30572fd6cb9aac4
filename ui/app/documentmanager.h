#pragma once

#include "model/mapdata.h"

#include <QObject>
#include <QSet>
#include <QStringList>

#include <memory>

namespace Waymark {

class MapSession;

// What the editor's windows share about files: where never-saved maps live until they are
// saved (and are recovered from after a crash), the recent files, and which maps are open in
// this process. The lock that keeps two writers apart is the map's own lock file (MapLock,
// taken by the store), visible to other logins and machines on a shared folder.
class DocumentManager : public QObject
{
    Q_OBJECT

public:
    static DocumentManager &instance();

    // A new map from `data`, kept in the recovery folder until it is saved elsewhere.
    // Throws StoreError.
    std::unique_ptr<MapSession> createUntitled(const MapData &data);
    // A new map from `data` written to `path` (replacing a file there that no Waymark has
    // open), then open for editing like any other. Throws StoreError.
    std::unique_ptr<MapSession> createAt(const QString &path, const MapData &data);
    // Opens a map for editing; a read-only file opens read-only. Throws StoreError, with
    // Code::Locked when another Waymark has it open (its lock file names who).
    std::unique_ptr<MapSession> open(const QString &path);
    // Opens a map only to look at it, as a second window beside its writer does.
    std::unique_ptr<MapSession> openReadOnly(const QString &path);
    // A copy of a map (the database's own copy, consistent while another program writes),
    // opened for editing as a new, never-saved map. Throws StoreError.
    std::unique_ptr<MapSession> openCopy(const QString &path);
    // Reopens a map from the recovery folder.
    std::unique_ptr<MapSession> recover(const QString &path);

    // Never-saved maps left behind by a Waymark that did not close them, oldest first.
    QStringList recoverableFiles() const;
    QString unsavedFolder() const;
    bool isUnsaved(const QString &path) const;

    // Records a map's new path after "Save As".
    void moved(const QString &from, const QString &to);
    void closed(const QString &path);
    bool isOpen(const QString &path) const;

    QStringList recentFiles() const;
    void addRecentFile(const QString &path);
    void clearRecentFiles();

signals:
    void recentFilesChanged();

private:
    DocumentManager();
    ~DocumentManager() override;
    QString untitledPath() const;
    void opened(const QString &path);

    QSet<QString> m_open; // by canonical path
};

} // namespace Waymark
