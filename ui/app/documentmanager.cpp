#include "documentmanager.h"

#include "document/document.h"
#include "editor/mapsession.h"
#include "store/maplock.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
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

DocumentManager::~DocumentManager() = default;

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

QString DocumentManager::untitledPath() const
{
    const QString name = u"untitled-%1-%2.waymark"_s.arg(QDateTime::currentDateTime().toString(u"yyyyMMdd-HHmmss"_s),
                                                          QUuid::createUuid().toString(QUuid::Id128).left(8));
    return unsavedFolder() + u'/' + name;
}

void DocumentManager::opened(const QString &path)
{
    m_open.insert(canonical(path));
}

bool DocumentManager::isOpen(const QString &path) const
{
    return m_open.contains(canonical(path));
}

void DocumentManager::closed(const QString &path)
{
    m_open.remove(canonical(path));
}

void DocumentManager::moved(const QString &from, const QString &to)
{
    closed(from);
    opened(to);
}

std::unique_ptr<MapSession> DocumentManager::createUntitled(const MapData &data)
{
    const QString path = untitledPath();
    auto document = Document::create(path, data);
    opened(path);
    return std::make_unique<MapSession>(std::move(document), true);
}

std::unique_ptr<MapSession> DocumentManager::createAt(const QString &path, const MapData &data)
{
    // The lock before the old file goes: a map another program has open is not replaced.
    std::unique_ptr<MapLock> lock = MapLock::acquire(path);
    if (QFileInfo::exists(path) && !QFile::remove(path)) {
        throw StoreError(StoreError::Code::ReadOnly,
                         tr("cannot replace '%1': it is read-only or its folder is").arg(QDir::toNativeSeparators(path)));
    }
    auto document = Document::create(path, data, std::move(lock));
    opened(path);
    addRecentFile(path);
    return std::make_unique<MapSession>(std::move(document), false);
}

std::unique_ptr<MapSession> DocumentManager::open(const QString &path)
{
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
    opened(path);
    addRecentFile(path);
    return std::make_unique<MapSession>(std::move(document), false);
}

std::unique_ptr<MapSession> DocumentManager::openReadOnly(const QString &path)
{
    auto document = Document::open(path, Store::Access::ReadOnly);
    opened(path);
    return std::make_unique<MapSession>(std::move(document), false);
}

std::unique_ptr<MapSession> DocumentManager::openCopy(const QString &path)
{
    const QString copy = untitledPath();
    Store::open(path, Store::Access::ReadOnly)->copyTo(copy);
    try {
        auto document = Document::open(copy, Store::Access::ReadWrite);
        opened(copy);
        return std::make_unique<MapSession>(std::move(document), true);
    } catch (...) {
        QFile::remove(copy);
        throw;
    }
}

std::unique_ptr<MapSession> DocumentManager::recover(const QString &path)
{
    // The store takes the map's lock over from the Waymark that left it.
    auto document = Document::open(path, Store::Access::ReadWrite);
    opened(path);
    return std::make_unique<MapSession>(std::move(document), true);
}

QStringList DocumentManager::recoverableFiles() const
{
    QStringList files;
    const QFileInfoList entries = QDir(unsavedFolder()).entryInfoList({u"*.waymark"_s}, QDir::Files, QDir::Time | QDir::Reversed);
    for (const QFileInfo &entry : entries) {
        if (isOpen(entry.filePath()))
            continue;
        // Held by another running Waymark: not ours to recover.
        const MapLock::State state = MapLock::inspect(entry.filePath()).state;
        if (state != MapLock::State::Held && state != MapLock::State::Unreadable)
            files.append(entry.filePath());
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
