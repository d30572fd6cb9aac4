#include "store.h"

#include "responsesummary.h"
#include "schema.h"
#include "sqliteheader.h"

#include <QAtomicInt>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QTemporaryDir>

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Waymark {

namespace {

// How long a statement waits for another program's lock before giving up.
constexpr int BusyTimeoutMs = 1500;

// SQLite primary result codes, as the QSQLITE driver reports them in nativeErrorCode().
enum SqliteCode {
    SqliteBusy = 5,
    SqliteLocked = 6,
    SqliteReadOnly = 8,
    SqliteIoErr = 10,
    SqliteCorrupt = 11,
    SqliteFull = 13,
    SqliteCantOpen = 14,
    SqliteConstraint = 19,
    SqliteNotADb = 26,
};

QString tr(const char *text)
{
    return QCoreApplication::translate("Waymark", text);
}

QString quoted(const QString &path)
{
    return u"'"_s + QDir::toNativeSeparators(path) + u"'"_s;
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

void checkHeader(const QString &path)
{
    const SqliteHeader header = SqliteHeader::read(path);
    switch (header.verdict) {
    case SqliteHeader::Verdict::Ok:
        return;
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
                             .arg(quoted(path))
                             .arg(header.fileSize)
                             .arg(header.expectedSize));
    }
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

std::unique_ptr<Store> Store::open(const QString &path, Access access)
{
    const QFileInfo info(path);
    if (!info.exists())
        throw StoreError(StoreError::Code::NotFound, tr("cannot open %1: no such file").arg(quoted(path)));
    if (info.isDir())
        throw StoreError(StoreError::Code::NotSqlite, tr("%1 is a folder, not a Waymark map").arg(quoted(path)));
    checkHeader(path);
    if (access == Access::ReadWrite) {
        if (!isWritableFile(info))
            throw StoreError(StoreError::Code::ReadOnly,
                             tr("%1 is read-only; nothing was changed (save a copy under another name to edit it)")
                                 .arg(quoted(path)));
        // SQLite keeps its rollback journal beside the file.
        if (!QFileInfo(info.absolutePath()).isWritable())
            throw StoreError(StoreError::Code::ReadOnly,
                             tr("the folder of %1 is read-only; nothing was changed").arg(quoted(path)));
    }

    std::unique_ptr<Store> store(new Store(path, access));
    store->connect(path, access);
    store->checkIdentity();
    if (store->m_originalVersion < Schema::CurrentVersion) {
        if (access == Access::ReadOnly) {
            // Reading must not change the file, so the upgrade happens in a private copy.
            store->m_privateCopy = std::make_unique<QTemporaryDir>();
            const QString copy = store->m_privateCopy->filePath(u"map.waymark"_s);
            if (!store->m_privateCopy->isValid() || !QFile::copy(path, copy))
                throw StoreError(StoreError::Code::Io, tr("cannot make a private copy of %1 to upgrade it").arg(quoted(path)));
            QFile::setPermissions(copy, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
            store->disconnect();
            store->connect(copy, Access::ReadWrite);
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

std::unique_ptr<Store> Store::create(const QString &path)
{
    const QFileInfo info(path);
    if (info.exists())
        throw StoreError(StoreError::Code::Exists, tr("%1 already exists").arg(quoted(path)));
    if (!QFileInfo(info.absolutePath()).isDir())
        throw StoreError(StoreError::Code::NotFound, tr("cannot create %1: the folder does not exist").arg(quoted(path)));
    if (!QFileInfo(info.absolutePath()).isWritable())
        throw StoreError(StoreError::Code::ReadOnly, tr("cannot create %1: the folder is read-only").arg(quoted(path)));

    std::unique_ptr<Store> store(new Store(path, Access::ReadWrite));
    try {
        store->connect(path, Access::ReadWrite);
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

void Store::connect(const QString &file, Access access)
{
    static QAtomicInt counter;
    m_connectionName = u"waymark-document-%1"_s.arg(counter.fetchAndAddRelaxed(1));
    m_db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
    if (!m_db.isValid())
        throw StoreError(StoreError::Code::Io,
                         tr("Qt's SQLite driver is missing; install the package libqt6sql6-sqlite"));
    m_db.setDatabaseName(file);
    QString options = u"QSQLITE_BUSY_TIMEOUT=%1"_s.arg(BusyTimeoutMs);
    if (access == Access::ReadOnly)
        options += u";QSQLITE_OPEN_READONLY"_s;
    m_db.setConnectOptions(options);
    if (!m_db.open())
        fail(m_db.lastError());
    run(u"PRAGMA foreign_keys = ON"_s);
    // A document is never opened with synchronous=OFF: a crash must not lose a shown edit.
    run(u"PRAGMA synchronous = FULL"_s);
    if (access == Access::ReadWrite)
        run(u"PRAGMA journal_mode = DELETE"_s); // one self-contained file, easy to copy and mail
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
                             .arg(quotedPath())
                             .arg(m_originalVersion)
                             .arg(Schema::CurrentVersion));
    if (m_originalVersion < 1)
        throw StoreError(StoreError::Code::Corrupt, tr("%1 is damaged: it has no file format version").arg(quotedPath()));
    QString verdict = scalar(u"PRAGMA quick_check(1)"_s).toString();
    verdict.remove(u"*** in database main ***\n"_s);
    if (verdict != u"ok"_s)
        throw StoreError(StoreError::Code::Corrupt,
                         tr("%1 is damaged (%2); restore it from a backup").arg(quotedPath(), verdict));
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

sqlite3 *Store::handle() const
{
    const QVariant handle = m_db.driver()->handle();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
        return *static_cast<sqlite3 *const *>(handle.constData());
    return nullptr;
}

void Store::fail(const QSqlError &error) const
{
    fail(error.nativeErrorCode().toInt(), error.databaseText().isEmpty() ? error.text() : error.databaseText());
}

void Store::fail(int nativeCode, const QString &detail) const
{
    const int code = nativeCode & 0xff;
    switch (code) {
    case SqliteBusy:
    case SqliteLocked:
        throw StoreError(StoreError::Code::Locked,
                         tr("%1 is locked by another program; close it there and try again").arg(quotedPath()));
    case SqliteReadOnly:
        throw StoreError(StoreError::Code::ReadOnly, tr("%1 is read-only; nothing was changed").arg(quotedPath()));
    case SqliteCorrupt:
    case SqliteNotADb:
        throw StoreError(StoreError::Code::Corrupt,
                         tr("%1 is damaged (%2); restore it from a backup").arg(quotedPath(), detail));
    case SqliteFull:
        throw StoreError(StoreError::Code::DiskFull,
                         tr("cannot write %1: the disk is full; the map on disk is unchanged").arg(quotedPath()));
    case SqliteConstraint:
        throw StoreError(StoreError::Code::Invalid, tr("%1: %2").arg(quotedPath(), detail));
    case SqliteIoErr:
    case SqliteCantOpen:
    default:
        throw StoreError(StoreError::Code::Io, tr("cannot read or write %1: %2").arg(quotedPath(), detail));
    }
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
    if (!query.exec())
        fail(query.lastError());
    query.finish();
}

qint64 Store::insert(QSqlQuery &query)
{
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
        const bool committed = q.exec();
        q.finish();
        if (committed)
            return;
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
            problems.append(line);
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
