#include "store.h"

#include "io/messagetext.h"
#include "model/valuebounds.h"
#include "maprepair.h"
#include "responsesummary.h"
#include "schema.h"
#include "schemaverifier.h"
#include "sqliteheader.h"
#include "io/translate.h"

#include <QAtomicInt>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QSqlDriver>
#include <QSqlError>
#include <QTemporaryDir>
#include <QUrl>

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Waymark {

namespace {

// How long a statement waits for another program's lock before giving up.
constexpr int BusyTimeoutMs = 1500;

QString quoted(const QString &path)
{
    return MessageText::quotedPath(path);
}

// Root may write anywhere, but a file whose owner cannot write it was meant to stay as it is.
bool isWritableFile(const QFileInfo &info)
{
    return info.isWritable() && info.permissions().testFlag(QFileDevice::WriteOwner);
}

QString backupPathFor(const QString &path, int version)
{
    const QString base = path + u".schema%1.bak"_s.arg(version);
    QString candidate = base;
    for (int n = 2; QFileInfo::exists(candidate); ++n)
        candidate = base + u".%1"_s.arg(n);
    return candidate;
}

// The URI that opens `path` read-only without locks, journal or WAL index: for a WAL-mode
// file that no program has open (no -wal beside it), so that reading leaves nothing behind.
QString immutableUri(const QString &path)
{
    return QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()).toString(QUrl::FullyEncoded) + u"?immutable=1"_s;
}

} // namespace

QVariant sqlValue(const QVariant &value)
{
    switch (value.metaType().id()) {
    case QMetaType::QString:
        return value.toString().isNull() ? QVariant(u""_s) : value;
    case QMetaType::QByteArray:
        return value.toByteArray().isEmpty() ? QVariant() : value;
    default:
        return value;
    }
}

Store::Store(QString path, Access access)
    : m_path(std::move(path))
    , m_access(access)
{
}

Store::~Store()
{
    disconnect();
}

SqliteHeader Store::checkFile(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        throw StoreError(StoreError::Code::NotFound, tr("cannot open %1: no such file").arg(quoted(path)));
    if (info.isDir())
        throw StoreError(StoreError::Code::NotSqlite, tr("%1 is a folder, not a Waymark map").arg(quoted(path)));
    // A pipe or a device would block the read below, or never end.
    if (!info.isFile())
        throw StoreError(StoreError::Code::NotSqlite,
                         tr("%1 is not a Waymark map: it is not a regular file (a pipe, a device or a socket)").arg(quoted(path)));

    const SqliteHeader header = SqliteHeader::read(path);
    switch (header.verdict) {
    case SqliteHeader::Verdict::Ok:
        break;
    case SqliteHeader::Verdict::Unreadable:
        throw StoreError(StoreError::Code::Io, tr("cannot read %1: %2").arg(quoted(path), header.detail));
    case SqliteHeader::Verdict::Empty:
        throw StoreError(StoreError::Code::NotSqlite, tr("%1 is not a Waymark map: the file is empty").arg(quoted(path)));
    case SqliteHeader::Verdict::NotSqlite:
        throw StoreError(StoreError::Code::NotSqlite,
                         tr("%1 is not a Waymark map: it is not an SQLite database").arg(quoted(path)));
    case SqliteHeader::Verdict::Truncated:
        throw StoreError(StoreError::Code::Corrupt,
                         tr("%1 is damaged: the file is truncated (%2 bytes, %3 expected); restore it from a backup")
                             .arg(quoted(path), QString::number(header.fileSize), QString::number(header.expectedSize)));
    }
    // The header alone tells a file that is not ours or is newer: SQLite does not even open it.
    // (A WAL-mode file may hold newer values in its -wal; checkIdentity() reads those.)
    if (header.applicationId != quint32(Schema::ApplicationId) && !QFileInfo::exists(path + u"-wal"_s))
        throw StoreError(StoreError::Code::NotWaymark, tr("%1 is an SQLite database but not a Waymark map").arg(quoted(path)));
    return header;
}

std::unique_ptr<Store> Store::inspectFile(const QString &path, const SqliteHeader &header, Access wanted)
{
    std::unique_ptr<Store> store(new Store(path, Access::ReadOnly));
    // Without a -wal beside it, no program has a WAL-mode file open: read it as it is, without
    // creating the -shm and -wal a read-only connection would otherwise leave behind. With
    // one, a writer may be at work: read through SQLite's locks to see what it committed.
    const bool immutable = header.walMode && !QFileInfo::exists(path + u"-wal"_s);
    try {
        store->connect(path, Access::ReadOnly, immutable);
        store->checkIdentity();
    } catch (const StoreError &e) {
        if (e.code() != StoreError::Code::HotJournal || wanted != Access::ReadWrite)
            throw;
        // An interrupted write of one of our maps (the header says so): a writer rolls it back,
        // as SQLite does on the first read; then the checks below run on what was committed.
        store.reset(new Store(path, Access::ReadWrite));
        store->connect(path, Access::ReadWrite);
        store->checkIdentity();
    }
    store->m_schemaProblems = SchemaVerifier::verify(*store, store->m_originalVersion);
    return store;
}

std::unique_ptr<Store> Store::inspect(const QString &path)
{
    return inspectFile(path, checkFile(path), Access::ReadOnly);
}

std::unique_ptr<Store> Store::open(const QString &path, Access access, std::unique_ptr<MapLock> lock)
{
    const SqliteHeader header = checkFile(path);
    if (access == Access::ReadWrite) {
        const QFileInfo info(path);
        if (!isWritableFile(info))
            throw StoreError(StoreError::Code::ReadOnly,
                             tr("%1 is read-only; nothing was changed (save a copy under another name to edit it)")
                                 .arg(quoted(path)));
        // SQLite keeps its rollback journal beside the file.
        if (!QFileInfo(info.absolutePath()).isWritable())
            throw StoreError(StoreError::Code::ReadOnly,
                             tr("the folder of %1 is read-only; nothing was changed").arg(quoted(path)));
        // Before anything may write, even the rollback of an interrupted write.
        if (!lock)
            lock = MapLock::acquire(path);
    } else {
        lock.reset();
    }

    std::unique_ptr<Store> store = inspectFile(path, header, access);
    store->m_lock = std::move(lock);
    if (!store->m_schemaProblems.isEmpty()) {
        if (access == Access::ReadWrite)
            throw StoreError(StoreError::Code::Foreign, foreignObjectsMessage(path, store->m_schemaProblems));
        store->readCleanCopy();
        return store;
    }
    store->quickCheck();
    if (access == Access::ReadWrite && store->m_access == Access::ReadOnly) {
        // Checked: now a writer may open it.
        store->disconnect();
        store->m_access = Access::ReadWrite;
        store->connect(path, Access::ReadWrite);
        store->checkIdentity();
    }
    if (access == Access::ReadWrite)
        store->run(u"PRAGMA journal_mode = DELETE"_s); // one self-contained file, easy to copy and mail

    if (store->m_originalVersion < Schema::CurrentVersion) {
        if (access == Access::ReadOnly) {
            store->copyForUpgrade();
        } else {
            store->m_backupPath = backupPathFor(path, store->m_originalVersion);
            if (!QFile::copy(path, store->m_backupPath))
                throw StoreError(StoreError::Code::Io,
                                 tr("cannot keep a backup copy of %1 before upgrading it; nothing was changed").arg(quoted(path)));
        }
        store->migrate(store->m_originalVersion);
    }
    return store;
}

// Reading must not change the file, so the upgrade happens in a private copy.
void Store::copyForUpgrade()
{
    m_privateCopy = std::make_unique<QTemporaryDir>();
    const QString copy = m_privateCopy->filePath(u"map.waymark"_s);
    if (!m_privateCopy->isValid())
        throw StoreError(StoreError::Code::Io, tr("cannot make a private copy of %1 to upgrade it").arg(quotedPath()));
    copyTo(copy); // through SQLite: what a WAL holds is copied too
    disconnect();
    m_access = Access::ReadWrite;
    connect(copy, Access::ReadWrite);
    m_access = Access::ReadOnly;
}

// A map with objects Waymark did not create is read through a copy rebuilt from its data in
// Waymark's schema: nothing of the file's schema runs, whatever is read later.
void Store::readCleanCopy()
{
    m_privateCopy = std::make_unique<QTemporaryDir>();
    if (!m_privateCopy->isValid())
        throw StoreError(StoreError::Code::Io, tr("cannot make a private copy of %1 to read it").arg(quotedPath()));
    const QString copy = m_privateCopy->filePath(u"map.waymark"_s);
    m_repairNotes = MapRepair::rebuild(*this, copy).notes;
    disconnect();
    connect(copy, Access::ReadOnly);
}

std::unique_ptr<Store> Store::create(const QString &path, std::unique_ptr<MapLock> lock)
{
    const QFileInfo info(path);
    if (info.exists())
        throw StoreError(StoreError::Code::Exists, tr("%1 already exists").arg(quoted(path)));
    if (!QFileInfo(info.absolutePath()).isDir())
        throw StoreError(StoreError::Code::NotFound, tr("cannot create %1: the folder does not exist").arg(quoted(path)));
    if (!QFileInfo(info.absolutePath()).isWritable())
        throw StoreError(StoreError::Code::ReadOnly, tr("cannot create %1: the folder is read-only").arg(quoted(path)));

    std::unique_ptr<Store> store(new Store(path, Access::ReadWrite));
    store->m_lock = lock ? std::move(lock) : MapLock::acquire(path);
    try {
        store->connect(path, Access::ReadWrite);
        store->run(u"PRAGMA journal_mode = DELETE"_s);
        Transaction transaction(*store);
        for (const QString &statement : Schema::createStatements())
            store->run(statement);
        store->run(u"PRAGMA application_id = %1"_s.arg(Schema::ApplicationId));
        store->run(u"PRAGMA user_version = %1"_s.arg(Schema::CurrentVersion));
        transaction.commit();
    } catch (const StoreError &) {
        store->disconnect();
        QFile::remove(path);
        throw;
    }
    store->m_originalVersion = Schema::CurrentVersion;
    return store;
}

void Store::connect(const QString &file, Access access, bool immutable)
{
    static QAtomicInt counter;
    m_connectionName = u"waymark-document-%1"_s.arg(counter.fetchAndAddRelaxed(1));
    m_db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
    if (!m_db.isValid())
        throw StoreError(StoreError::Code::Io,
                         tr("Qt's SQLite driver is missing; install the package libqt6sql6-sqlite"));
    m_file = file;
    m_db.setDatabaseName(immutable ? immutableUri(file) : file);
    QString options = u"QSQLITE_BUSY_TIMEOUT=%1"_s.arg(BusyTimeoutMs);
    if (access == Access::ReadOnly)
        options += u";QSQLITE_OPEN_READONLY"_s;
    if (immutable)
        options += u";QSQLITE_OPEN_URI"_s;
    m_db.setConnectOptions(options);
    if (!m_db.open())
        fail(m_db.lastError());
    // Before any statement: the schema is read with the first one.
    m_guard = std::make_unique<ConnectionGuard>(handle());
    if (!m_guard->isApplied())
        throw StoreError(StoreError::Code::Io,
                         tr("cannot open %1 safely: this SQLite library lacks a protection Waymark needs").arg(quoted(file)));
    refreshBudget();
    run(u"PRAGMA foreign_keys = ON"_s);
    // A document is never opened with synchronous=OFF: a crash must not lose a shown edit.
    run(u"PRAGMA synchronous = FULL"_s);
}

void Store::refreshBudget()
{
    m_guard->setBudget(ConnectionGuard::budgetFor(QFileInfo(m_file).size()));
}

void Store::checkIdentity()
{
    if (scalar(u"PRAGMA application_id"_s).toInt() != Schema::ApplicationId)
        throw StoreError(StoreError::Code::NotWaymark,
                         tr("%1 is an SQLite database but not a Waymark map").arg(quotedPath()));
    m_originalVersion = scalar(u"PRAGMA user_version"_s).toInt();
    if (m_originalVersion > Schema::CurrentVersion)
        throw StoreError(StoreError::Code::Newer,
                         tr("%1 was saved by a newer version of Waymark (file format %2, this version reads up to %3); "
                            "update Waymark to open it")
                             .arg(quotedPath(), QString::number(m_originalVersion), QString::number(Schema::CurrentVersion)));
    if (m_originalVersion < 1)
        throw StoreError(StoreError::Code::Corrupt, tr("%1 is damaged: it has no file format version").arg(quotedPath()));
}

void Store::quickCheck()
{
    QString verdict = scalar(u"PRAGMA quick_check(1)"_s).toString();
    verdict.remove(u"*** in database main ***\n"_s);
    if (verdict != u"ok"_s)
        throw StoreError(StoreError::Code::Corrupt,
                         tr("%1 is damaged (%2); restore it from a backup").arg(quotedPath(), MessageText::quoted(verdict)));
}

void Store::migrate(int fromVersion)
{
    // Table rebuilds in a step must not trip foreign keys halfway; they are checked at the end.
    run(u"PRAGMA foreign_keys = OFF"_s);
    {
        Transaction transaction(*this);
        bool rebuildSummary = false;
        for (int version = fromVersion; version < Schema::CurrentVersion; ++version) {
            for (const QString &statement : Schema::migrationSteps(version))
                run(statement);
            rebuildSummary = rebuildSummary || Schema::migrationRebuildsSummary(version);
        }
        if (rebuildSummary)
            ResponseSummary::rebuild(*this, {});
        run(u"PRAGMA user_version = %1"_s.arg(Schema::CurrentVersion));
        const QStringList problems = integrityProblems();
        if (!problems.isEmpty())
            throw StoreError(StoreError::Code::Corrupt,
                             tr("cannot upgrade %1: %2").arg(quotedPath(), problems.first()));
        transaction.commit();
    }
    run(u"PRAGMA foreign_keys = ON"_s);
}

void Store::disconnect()
{
    m_queries.clear();
    m_guard.reset();
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

QString Store::quotedPath() const
{
    return quoted(m_path);
}

void Store::makeScratch()
{
    Q_ASSERT(m_depth == 0);
    run(u"PRAGMA synchronous = OFF"_s);
    scalar(u"PRAGMA journal_mode = MEMORY"_s); // answers with the mode it took
}

void Store::deferForeignKeys()
{
    run(u"PRAGMA defer_foreign_keys = ON"_s);
}

sqlite3 *Store::handle() const
{
    const QVariant handle = m_db.driver()->handle();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
        return *static_cast<sqlite3 *const *>(handle.constData());
    return nullptr;
}

QSqlQuery &Store::query(const QString &sql)
{
    auto it = m_queries.find(sql);
    if (it == m_queries.end()) {
        QSqlQuery query(m_db);
        query.setForwardOnly(true);
        if (!query.prepare(sql))
            fail(query.lastError());
        it = m_queries.insert(sql, query);
    }
    return *it;
}

QSqlQuery &Store::select(const QString &sql, std::initializer_list<QVariant> values)
{
    QSqlQuery &q = query(sql);
    int i = 0;
    for (const QVariant &value : values)
        q.bindValue(i++, sqlValue(value));
    arm();
    if (!q.exec())
        fail(q.lastError());
    return q;
}

void Store::run(const QString &sql, std::initializer_list<QVariant> values)
{
    select(sql, values).finish();
}

void Store::run(QSqlQuery &query)
{
    arm();
    if (!query.exec())
        fail(query.lastError());
    query.finish();
}

qint64 Store::insert(QSqlQuery &query)
{
    arm();
    if (!query.exec())
        fail(query.lastError());
    const qint64 id = query.lastInsertId().toLongLong(); // only valid while the query is active
    query.finish();
    return id;
}

QVariant Store::scalar(const QString &sql, std::initializer_list<QVariant> values)
{
    QSqlQuery &q = select(sql, values);
    QVariant value;
    if (next(q))
        value = q.value(0);
    q.finish();
    return value;
}

bool Store::next(QSqlQuery &query)
{
    arm();
    if (query.next())
        return true;
    if (query.lastError().isValid())
        fail(query.lastError());
    query.finish();
    return false;
}

void Store::begin()
{
    if (m_depth++ == 0) {
        m_rollbackOnly = false;
        try {
            // IMMEDIATE takes the write lock now: a locked file fails before anything is done.
            run(u"BEGIN IMMEDIATE"_s);
        } catch (...) {
            m_depth = 0;
            throw;
        }
    }
}

void Store::end(bool commit)
{
    Q_ASSERT(m_depth > 0);
    if (!commit)
        m_rollbackOnly = true;
    if (--m_depth > 0)
        return;
    if (!m_rollbackOnly) {
        QSqlQuery &q = query(u"COMMIT"_s);
        arm();
        const bool committed = q.exec();
        q.finish();
        if (committed) {
            refreshBudget(); // the file may have grown a lot (an import)
            return;
        }
        const QSqlError error = q.lastError();
        QSqlQuery rollback(m_db);
        rollback.exec(u"ROLLBACK"_s);
        fail(error);
    }
    QSqlQuery rollback(m_db);
    rollback.exec(u"ROLLBACK"_s);
    if (commit)
        throw StoreError(StoreError::Code::Invalid, tr("an inner step of the change failed; nothing was changed"));
}

Store::Transaction::Transaction(Store &store)
    : m_store(store)
{
    m_store.begin();
}

Store::Transaction::~Transaction()
{
    if (m_done)
        return;
    try {
        m_store.end(false);
    } catch (...) {
        // Rolling back cannot fail in a way we could report from here; SQLite rolls a
        // broken transaction back when the connection closes.
    }
}

void Store::Transaction::commit()
{
    m_done = true;
    m_store.end(true);
}

void Store::copyTo(const QString &target)
{
    Q_ASSERT(m_depth == 0);
    QSqlQuery &q = query(u"VACUUM INTO ?"_s);
    q.bindValue(0, target);
    arm();
    if (!q.exec()) {
        const QSqlError error = q.lastError();
        QFile::remove(target);
        fail(error);
    }
}

QStringList Store::integrityProblems()
{
    QStringList problems;
    QSqlQuery &check = select(u"PRAGMA integrity_check"_s);
    while (next(check)) {
        QString line = check.value(0).toString();
        line.remove(u"*** in database main ***\n"_s);
        if (line != u"ok"_s)
            problems.append(MessageText::escaped(ValueBounds::forDisplay(line, 500)));
    }
    QSqlQuery &keys = select(u"PRAGMA foreign_key_check"_s);
    while (next(keys)) {
        // WITHOUT ROWID tables (emotion points, tags) have no row number to show.
        const QString row = keys.value(1).isNull() ? tr("a row") : tr("row %1").arg(keys.value(1).toString());
        problems.append(tr("%1 of table %2 refers to a missing row of table %3")
                            .arg(row, keys.value(0).toString(), keys.value(2).toString()));
    }
    return problems;
}

void Store::limitPageCount(int pages)
{
    scalar(u"PRAGMA max_page_count = %1"_s.arg(pages));
}

} // namespace Waymark
