#pragma once

#include "connectionguard.h"
#include "maplock.h"
#include "schemaproblem.h"
#include "storeerror.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <initializer_list>
#include <memory>

class QTemporaryDir;
struct sqlite3;

namespace Waymark {

struct SqliteHeader;

// One open document file: a named SQLite connection with the safe pragmas, the version and
// integrity checks, forward migrations, transactions and a cache of prepared statements.
// Everything SQLite-specific lives here (and in schema.cpp), so that the same tables could
// later be kept in PostgreSQL through QPSQL.
//
// A map is untrusted input. Every connection runs under a ConnectionGuard; a file is first
// opened read-only, its header, identity and schema checked before anything may write to it
// (no journal replay, no WAL, no PRAGMA that writes); a file holding objects Waymark did not
// create is read through a clean copy (MapRepair) and never written.
class Store
{
public:
    enum class Access { ReadOnly, ReadWrite };

    // Opens an existing map. Refuses, touching nothing, a missing, empty, foreign, damaged or
    // newer file, anything but a regular file, and a read-only one for ReadWrite. An older
    // file is migrated forward: in place after a backup copy for ReadWrite, in a private copy
    // for ReadOnly. A map whose schema is not Waymark's is refused for ReadWrite
    // (Code::Foreign) and read from a private clean copy for ReadOnly (schemaProblems()).
    // ReadWrite takes the map's lock file first (MapLock; Code::Locked when another program
    // holds it), or uses `lock` when the caller has taken it already; the store keeps it.
    static std::unique_ptr<Store> open(const QString &path, Access access, std::unique_ptr<MapLock> lock = {});

    // Opens a map read-only as it is, for `repair` and `check`: identity and schema checked
    // (schemaProblems()), never migrated, copied or integrity-checked.
    static std::unique_ptr<Store> inspect(const QString &path);

    // Creates an empty map of the current schema; the file must not exist. Takes the map's
    // lock as open() does for ReadWrite.
    static std::unique_ptr<Store> create(const QString &path, std::unique_ptr<MapLock> lock = {});

    ~Store();
    Store(const Store &) = delete;
    Store &operator=(const Store &) = delete;

    const QString &path() const { return m_path; }
    bool isReadOnly() const { return m_access == Access::ReadOnly; }
    // The version the file had before it was migrated on open.
    int originalVersion() const { return m_originalVersion; }
    QString backupPath() const { return m_backupPath; }
    // The file format the file has (before any migration).
    int fileVersion() const { return m_originalVersion; }
    // What the file holds that Waymark did not create; empty for a clean map.
    const QList<SchemaProblem> &schemaProblems() const { return m_schemaProblems; }
    // The lock file this writer holds; null for a reader.
    MapLock *lock() const { return m_lock.get(); }
    // What the clean copy such a map is read through had to leave out (MapRepair::Report).
    const QStringList &repairNotes() const { return m_repairNotes; }

    // Nestable: only the outermost transaction talks to SQLite. A transaction destroyed
    // without commit() rolls everything back, so an exception anywhere undoes the lot.
    class Transaction
    {
    public:
        explicit Transaction(Store &store);
        ~Transaction();
        void commit();
        Transaction(const Transaction &) = delete;
        Transaction &operator=(const Transaction &) = delete;

    private:
        Store &m_store;
        bool m_done = false;
    };

    // A prepared statement, cached by its text; values are bound by position.
    QSqlQuery &query(const QString &sql);
    // Executes a statement and releases it: for changes and for PRAGMAs whose answer is unused.
    void run(const QString &sql, std::initializer_list<QVariant> values = {});
    void run(QSqlQuery &query);
    // Runs an INSERT and returns the rowid it got.
    qint64 insert(QSqlQuery &query);
    // Executes a query whose rows the caller reads with next(), which releases it at the end.
    QSqlQuery &select(const QString &sql, std::initializer_list<QVariant> values = {});
    QVariant scalar(const QString &sql, std::initializer_list<QVariant> values = {});
    // Moves to the next row, throwing on a read error (a damaged page).
    bool next(QSqlQuery &query);

    // For a private copy whose real home is elsewhere (a workspace map, committed on the server
    // before here): commits are not forced to disk and the rollback journal stays in memory.
    // A crash loses only the copy, which is read again from its home.
    void makeScratch();

    // Foreign keys are checked when the current transaction commits rather than per statement
    // (rows copied in from elsewhere arrive in table order).
    void deferForeignKeys();

    // Writes a compacted copy of the document to `target` (which must not exist).
    void copyTo(const QString &target);

    // PRAGMA integrity_check and foreign_key_check; empty when the file is sound.
    QStringList integrityProblems();

    // Test hook: makes writes fail as on a full disk once the file has grown past `pages`.
    void limitPageCount(int pages);

    [[noreturn]] void fail(const QSqlError &error) const;
    // An SQLite result code and message, as from the bulk paths.
    [[noreturn]] void fail(int code, const QString &detail) const;

    // The connection's own sqlite3 handle, for SqliteStatement.
    sqlite3 *handle() const;
    QString quotedPath() const;
    // A statement (or its next step) starts: its time budget starts now.
    void arm() { m_guard->arm(); }
    ConnectionGuard &guard() { return *m_guard; }

private:
    Store(QString path, Access access);

    static SqliteHeader checkFile(const QString &path);
    static std::unique_ptr<Store> inspectFile(const QString &path, const SqliteHeader &header, Access wanted);
    void connect(const QString &file, Access access, bool immutable = false);
    void checkIdentity();
    void quickCheck();
    void readCleanCopy();
    void copyForUpgrade();
    void migrate(int fromVersion);
    void begin();
    void end(bool commit);
    void disconnect();
    void refreshBudget();

    QString m_path;
    Access m_access;
    QString m_connectionName;
    QSqlDatabase m_db;
    std::unique_ptr<ConnectionGuard> m_guard;
    QString m_file; // what the connection reads: m_path, or a private copy of it
    QList<SchemaProblem> m_schemaProblems;
    QStringList m_repairNotes;
    QHash<QString, QSqlQuery> m_queries;
    int m_depth = 0;
    bool m_rollbackOnly = false;
    int m_originalVersion = 0;
    QString m_backupPath;
    std::unique_ptr<QTemporaryDir> m_privateCopy;
    std::unique_ptr<MapLock> m_lock; // released after the connection is closed
};

// The value a column gets for a field value: null text becomes '' (text columns are NOT NULL)
// and an empty blob becomes NULL, so each value has one spelling in the file.
QVariant sqlValue(const QVariant &value);

} // namespace Waymark
