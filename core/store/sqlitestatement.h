#pragma once

#include <QByteArrayView>
#include <QString>

struct sqlite3;
struct sqlite3_stmt;

namespace Waymark {

class Store;

// A prepared statement of SQLite's own API on the store's connection, for the bulk paths
// (a million survey responses) where QSqlQuery's per-value cost would dominate. Values are
// always bound, never spliced into the SQL. Errors become StoreError through the store.
class SqliteStatement
{
public:
    SqliteStatement(Store &store, const char *sql);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    void bindNull(int index);
    void bind(int index, qint64 value);
    void bind(int index, double value);
    // The text must stay alive until the statement has been stepped.
    void bindText(int index, QByteArrayView utf8);
    // The value of `column` of the row `source` is on, as it is (type and bytes): for copying
    // rows between two connections.
    void bindColumn(int index, const SqliteStatement &source, int column);

    // Returns true while there is a row; false when done. Each step has the store's time budget.
    bool step();
    void reset();
    // The rowid the last INSERT on this connection gave.
    qint64 lastInsertId() const;

    bool isNull(int column) const;
    qint64 integer(int column) const;
    double real(int column) const;
    QByteArrayView text(int column) const;

private:
    [[noreturn]] void fail(int code);

    Store &m_store;
    sqlite3 *m_db;
    sqlite3_stmt *m_statement = nullptr;
};

} // namespace Waymark
