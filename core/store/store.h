#pragma once

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

// One open document file: a named SQLite connection with the safe pragmas, the version and
// integrity checks, forward migrations, transactions and a cache of prepared statements.
// Everything SQLite-specific lives here (and in schema.cpp), so that the same tables could
// later be kept in PostgreSQL through QPSQL.
class Store
{
public:
    enum class Access { ReadOnly, ReadWrite };

    // Opens an existing map. Refuses, touching nothing, a missing, empty, foreign, damaged or
    // newer file and a read-only one for ReadWrite. An older file is migrated forward: in
    // place after a backup copy for ReadWrite, in a private copy for ReadOnly.
    static std::unique_ptr<Store> open(const QString &path, Access access);

    // Creates an empty map of the current schema; the file must not exist.
    static std::unique_ptr<Store> create(const QString &path);

    ~Store();
    Store(const Store &) = delete;
    Store &operator=(const Store &) = delete;

    const QString &path() const { return m_path; }
    bool isReadOnly() const { return m_access == Access::ReadOnly; }
    // The version the file had before it was migrated on open.
    int originalVersion() const { return m_originalVersion; }
    QString backupPath() const { return m_backupPath; }

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

private:
    Store(QString path, Access access);

    void connect(const QString &file, Access access);
    void checkIdentity();
    void migrate(int fromVersion);
    void begin();
    void end(bool commit);
    void disconnect();

    QString m_path;
    Access m_access;
    QString m_connectionName;
    QSqlDatabase m_db;
    QHash<QString, QSqlQuery> m_queries;
    int m_depth = 0;
    bool m_rollbackOnly = false;
    int m_originalVersion = 0;
    QString m_backupPath;
    std::unique_ptr<QTemporaryDir> m_privateCopy;
};

// The value a column gets for a field value: null text becomes '' (text columns are NOT NULL)
// and an empty blob becomes NULL, so each value has one spelling in the file.
QVariant sqlValue(const QVariant &value);

} // namespace Waymark
