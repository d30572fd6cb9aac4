#pragma once

#include "workspaceaddress.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

#include <initializer_list>

class QSqlDriver;
class QSqlError;

namespace Waymark {

// One connection to a workspace's PostgreSQL database through Qt's QPSQL driver: prepared
// statements cached by their text with values bound by position, nestable transactions, and
// PostgreSQL's errors turned into StoreErrors that say what to do ("the role 'viewer' may
// only read this workspace"). Everything PostgreSQL-specific about talking to the server is
// here; the workspace's tables are in WorkspaceSchema.
class WorkspaceConnection
{
public:
    // Connects, or throws StoreError: Code::Io when the server cannot be reached or refuses
    // the login, Code::Invalid when Qt's PostgreSQL driver is not installed.
    explicit WorkspaceConnection(const WorkspaceAddress &address);
    ~WorkspaceConnection();
    WorkspaceConnection(const WorkspaceConnection &) = delete;
    WorkspaceConnection &operator=(const WorkspaceConnection &) = delete;

    const WorkspaceAddress &address() const { return m_address; }
    // "the workspace postgresql://…", for messages.
    QString describe() const;
    // The role the server logged us in as.
    QString role();

    class Transaction
    {
    public:
        explicit Transaction(WorkspaceConnection &connection);
        ~Transaction(); // rolls back unless committed
        void commit();
        Transaction(const Transaction &) = delete;
        Transaction &operator=(const Transaction &) = delete;

    private:
        WorkspaceConnection &m_connection;
        bool m_done = false;
    };

    // Runs a statement of constant text that takes no values, unprepared: PostgreSQL cannot
    // PREPARE utility statements (CREATE, SET). Never for text that holds anything but SQL
    // written here.
    void execute(const QString &constantSql);

    QSqlQuery &query(const QString &sql);
    void run(const QString &sql, std::initializer_list<QVariant> values = {});
    void run(QSqlQuery &query);
    QSqlQuery &select(const QString &sql, std::initializer_list<QVariant> values = {});
    QVariant scalar(const QString &sql, std::initializer_list<QVariant> values = {});

    [[noreturn]] void fail(const QSqlError &error) const;

    // Whether the connection to the server is gone (libpq says so after a failed statement).
    bool isBroken() const;
    // Subscribes to NOTIFY on `channel`; QSqlDriver::notification tells of each one.
    QSqlDriver *listen(const QString &channel);

    // QPSQL's own libpq connection (a PGconn *), for what Qt's SQL API has no call for: COPY.
    void *libpqHandle() const;

private:
    void *handleOrNull() const;
    void begin();
    void end(bool commit);

    WorkspaceAddress m_address;
    QString m_connectionName;
    QSqlDatabase m_db;
    QHash<QString, QSqlQuery> m_queries;
    int m_depth = 0;
    bool m_rollbackOnly = false;
    mutable bool m_lost = false; // a statement failed as the connection went
};

} // namespace Waymark
