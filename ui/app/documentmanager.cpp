#include "documentmanager.h"

#include "document/document.h"
#include "editor/mapsession.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QLockFile>
#include <QSettings>
#include <QStandardPaths>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace Waymark {

namespace {

constexpr int MaxRecentFiles = 10;
const QString recentKey = u"recentFiles"_s;

QString canonical(const QString &path)
{
    const QString resolved = QFileInfo(path).canonicalFilePath();
    return resolved.isEmpty() ? QFileInfo(path).absoluteFilePath() : resolved;
}

} // namespace

DocumentManager &DocumentManager::instance()
{
    static DocumentManager manager;
    return manager;
}

DocumentManager::DocumentManager() = default;

DocumentManager::~DocumentManager()
{
    qDeleteAll(m_locks);
}

QString DocumentManager::unsavedFolder() const
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/unsaved"_s;
    QDir().mkpath(folder);
    return folder;
}

bool DocumentManager::isUnsaved(const QString &path) const
{
    return QFileInfo(path).absolutePath() == QFileInfo(unsavedFolder()).absoluteFilePath();
}

QString DocumentManager::lockPath(const QString &path) const
{
    // The lock lives in Waymark's own folder, not beside the user's file.
    QString folder = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    if (folder.isEmpty())
        folder = QDir::tempPath();
    folder += u"/waymark-locks"_s;
    QDir().mkpath(folder);
    const QByteArray hash = QCryptographicHash::hash(canonical(path).toUtf8(), QCryptographicHash::Sha1).toHex();
    return folder + u'/' + QString::fromLatin1(hash) + u".lock"_s;
}

bool DocumentManager::lock(const QString &path)
{
    const QString key = canonical(path);
    if (m_locks.contains(key))
        return false;
    auto *lockFile = new QLockFile(lockPath(path));
    lockFile->setStaleLockTime(0); // a lock of a process that is gone is stale at once
    if (!lockFile->tryLock(0)) {
        delete lockFile;
        return false;
    }
    m_locks.insert(key, lockFile);
    return true;
}

bool DocumentManager::isOpen(const QString &path) const
{
    return m_locks.contains(canonical(path));
}

void DocumentManager::closed(const QString &path)
{
    delete m_locks.take(canonical(path));
}

void DocumentManager::moved(const QString &from, const QString &to)
{
    closed(from);
    lock(to);
}

std::unique_ptr<MapSession> DocumentManager::createUntitled(const MapData &data)
{
    const QString name = u"untitled-%1-%2.waymark"_s.arg(QDateTime::currentDateTime().toString(u"yyyyMMdd-HHmmss"_s),
                                                          QUuid::createUuid().toString(QUuid::Id128).left(8));
    const QString path = unsavedFolder() + u'/' + name;
    auto document = Document::create(path, data);
    lock(path);
    return std::make_unique<MapSession>(std::move(document), true);
}

std::unique_ptr<MapSession> DocumentManager::createAt(const QString &path, const MapData &data)
{
    if (!lock(path)) {
        throw StoreError(StoreError::Code::Locked,
                         tr("'%1' is already open in Waymark").arg(QDir::toNativeSeparators(path)));
    }
    try {
        if (QFileInfo::exists(path) && !QFile::remove(path)) {
            throw StoreError(StoreError::Code::ReadOnly,
                             tr("cannot replace '%1': it is read-only or its folder is").arg(QDir::toNativeSeparators(path)));
        }
        auto document = Document::create(path, data);
        addRecentFile(path);
        return std::make_unique<MapSession>(std::move(document), false);
    } catch (...) {
        closed(path);
        throw;
    }
}

std::unique_ptr<MapSession> DocumentManager::open(const QString &path)
{
    if (!lock(path)) {
        throw StoreError(StoreError::Code::Locked,
                         tr("'%1' is already open in Waymark").arg(QDir::toNativeSeparators(path)));
    }
    try {
        std::unique_ptr<Document> document;
        try {
            document = Document::open(path, Store::Access::ReadWrite);
        } catch (const StoreError &e) {
            // A read-only file, or one holding objects Waymark did not create (read through a
            // clean copy, see ReadOnlyBanner): shown, not edited.
            if (e.code() != StoreError::Code::ReadOnly && e.code() != StoreError::Code::Foreign)
                throw;
            document = Document::open(path, Store::Access::ReadOnly);
        }
        addRecentFile(path);
        return std::make_unique<MapSession>(std::move(document), false);
    } catch (...) {
        closed(path);
        throw;
    }
}

std::unique_ptr<MapSession> DocumentManager::recover(const QString &path)
{
    if (!lock(path))
        throw StoreError(StoreError::Code::Locked, tr("'%1' is already open in Waymark").arg(QDir::toNativeSeparators(path)));
    try {
        return std::make_unique<MapSession>(Document::open(path, Store::Access::ReadWrite), true);
    } catch (...) {
        closed(path);
        throw;
    }
}

QStringList DocumentManager::recoverableFiles() const
{
    QStringList files;
    const QFileInfoList entries = QDir(unsavedFolder()).entryInfoList({u"*.waymark"_s}, QDir::Files, QDir::Time | QDir::Reversed);
    for (const QFileInfo &entry : entries) {
        if (m_locks.contains(canonical(entry.filePath())))
            continue;
        // Held by another running Waymark: not ours to recover.
        QLockFile probe(lockPath(entry.filePath()));
        probe.setStaleLockTime(0);
        if (probe.tryLock(0)) {
            probe.unlock();
            files.append(entry.filePath());
        }
    }
    return files;
}

QStringList DocumentManager::recentFiles() const
{
    QStringList files = QSettings().value(recentKey).toStringList();
    files.removeIf([](const QString &file) { return !QFileInfo::exists(file); });
    return files;
}

void DocumentManager::addRecentFile(const QString &path)
{
    if (isUnsaved(path))
        return;
    QStringList files = QSettings().value(recentKey).toStringList();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    files.removeAll(absolute);
    files.prepend(absolute);
    while (files.size() > MaxRecentFiles)
        files.removeLast();
    QSettings().setValue(recentKey, files);
    emit recentFilesChanged();
}

void DocumentManager::clearRecentFiles()
{
    QSettings().remove(recentKey);
    emit recentFilesChanged();
}

} // namespace Waymark
