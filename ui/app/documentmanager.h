#pragma once

#include "model/mapdata.h"

#include <QHash>
#include <QObject>
#include <QStringList>

#include <memory>

class QLockFile;

namespace Waymark {

class MapSession;

// What the editor's windows share about files: where never-saved maps live until they are
// saved (and are recovered from after a crash), the recent files, and a lock per open map so
// that two windows, or two Waymark processes, never edit the same file at once.
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
    // Code::Locked when another Waymark has it open.
    std::unique_ptr<MapSession> open(const QString &path);
    // Reopens a map from the recovery folder.
    std::unique_ptr<MapSession> recover(const QString &path);

    // Never-saved maps left behind by a Waymark that did not close them, oldest first.
    QStringList recoverableFiles() const;
    QString unsavedFolder() const;
    bool isUnsaved(const QString &path) const;

    // Takes the lock of a map's new path after "Save As", releasing the old one.
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
    bool lock(const QString &path);
    QString lockPath(const QString &path) const;

    QHash<QString, QLockFile *> m_locks; // by canonical path
};

} // namespace Waymark
