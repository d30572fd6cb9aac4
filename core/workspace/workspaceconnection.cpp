#include "workspaceconnection.h"

#include "io/messagetext.h"
#include "io/translate.h"
#include "store/storeerror.h"

#include <QAtomicInt>
#include <QSqlDriver>
#include <QSqlError>

#include <libpq-fe.h>

using namespace Qt::StringLiterals;

namespace Waymark {

namespace {

// How long a connection attempt may take before it is given up, unless the address says.
constexpr int DefaultConnectTimeoutSeconds = 10;

// The first line of a server message, bounded: libpq's can run over several lines.
QString firstLine(const QString &text)
{
    constexpr qsizetype MaxLength = 300;
    const QString line = text.section(u'\n', 0, 0).trimmed();
    return line.size() > MaxLength ? line.left(MaxLength) + u'…' : line;
}

} // namespace

WorkspaceConnection::WorkspaceConnection(const WorkspaceAddress &address)
    : m_address(address)
{
    if (!QSqlDatabase::isDriverAvailable(u"QPSQL"_s))
        throw StoreError(StoreError::Code::Invalid,
                         tr("Qt's PostgreSQL driver is not installed, so workspaces cannot be opened "
                            "(on Debian: apt-get install libqt6sql6-psql)"));
    static QAtomicInt counter;
    m_connectionName = u"waymark-workspace-%1"_s.arg(counter.fetchAndAddRelaxed(1));
    m_db = QSqlDatabase::addDatabase(u"QPSQL"_s, m_connectionName);
    m_db.setHostName(address.host);
    if (address.port > 0)
        m_db.setPort(address.port);
    m_db.setDatabaseName(address.database);
    m_db.setUserName(address.user);
    QString options = address.options;
    if (!options.contains(u"connect_timeout="_s))
        options += (options.isEmpty() ? u""_s : u";"_s) + u"connect_timeout=%1"_s.arg(DefaultConnectTimeoutSeconds);
    options += u";application_name=waymark"_s;
    m_db.setConnectOptions(options);
    if (!m_db.open()) {
        const QString detail = firstLine(m_db.lastError().driverText() + u' ' + m_db.lastError().databaseText());
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
        throw StoreError(StoreError::Code::Io, tr("cannot connect to %1: %2").arg(describe(), detail));
    }
    // Times and text as the file has them, whatever the server's defaults are.
    execute(u"SET client_encoding = 'UTF8'"_s);
    execute(u"SET TIME ZONE 'UTC'"_s);
}

WorkspaceConnection::~WorkspaceConnection()
{
    m_queries.clear();
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

QString WorkspaceConnection::describe() const
{
    return tr("the workspace %1").arg(m_address.toString());
}

QString WorkspaceConnection::role()
{
    return scalar(u"SELECT current_user"_s).toString();
}

void WorkspaceConnection::execute(const QString &constantSql)
{
    QSqlQuery statement(m_db);
    if (!statement.exec(constantSql))
        fail(statement.lastError());
}

QSqlQuery &WorkspaceConnection::query(const QString &sql)
{
    auto it = m_queries.find(sql);
    if (it == m_queries.end()) {
        QSqlQuery query(m_db);
        // Rows as they come (QPSQL's single-row mode) rather than the whole result in memory
        // first: a map's million responses would take half a gigabyte before the first is read.
        query.setForwardOnly(true);
        if (!query.prepare(sql))
            fail(query.lastError());
        it = m_queries.insert(sql, query);
    }
    return *it;
}

void WorkspaceConnection::run(const QString &sql, std::initializer_list<QVariant> values)
{
    QSqlQuery &statement = query(sql);
    int i = 0;
    for (const QVariant &value : values)
        statement.bindValue(i++, value);
    run(statement);
}

void WorkspaceConnection::run(QSqlQuery &statement)
{
    if (!statement.exec())
        fail(statement.lastError());
    statement.finish();
}

QSqlQuery &WorkspaceConnection::select(const QString &sql, std::initializer_list<QVariant> values)
{
    QSqlQuery &statement = query(sql);
    int i = 0;
    for (const QVariant &value : values)
        statement.bindValue(i++, value);
    if (!statement.exec())
        fail(statement.lastError());
    return statement;
}

QVariant WorkspaceConnection::scalar(const QString &sql, std::initializer_list<QVariant> values)
{
    QSqlQuery &statement = select(sql, values);
    const QVariant value = statement.next() ? statement.value(0) : QVariant();
    statement.finish();
    return value;
}

void WorkspaceConnection::fail(const QSqlError &error) const
{
    // QPSQL gives the SQLSTATE as the native code.
    const QString state = error.nativeErrorCode();
    const QString detail = firstLine(error.databaseText().isEmpty() ? error.driverText() : error.databaseText());
    if (state == u"42501"_s) { // insufficient_privilege
        // The role libpq logged in as: the address may leave it to the account's name.
        const char *user = handleOrNull() ? PQuser(static_cast<PGconn *>(handleOrNull())) : nullptr;
        const QString role = user ? QString::fromUtf8(user) : m_address.user;
        throw StoreError(StoreError::Code::ReadOnly,
                         tr("the role %1 may not do this in %2: %3").arg(MessageText::quoted(role), describe(), detail));
    }
    // connection_exception, and the server shutting down or dropping the session (57P01-03).
    if (state.startsWith(u"08"_s) || state.startsWith(u"57P"_s) || !m_db.isOpen() || PQstatus(static_cast<PGconn *>(handleOrNull())) != CONNECTION_OK)
        m_lost = true;
    if (m_lost)
        throw StoreError(StoreError::Code::Io, tr("the connection to %1 was lost: %2").arg(describe(), detail));
    if (state == u"40001"_s || state == u"40P01"_s) // serialization_failure, deadlock_detected
        throw StoreError(StoreError::Code::Locked, tr("%1 was busy with another change; try again (%2)").arg(describe(), detail));
    throw StoreError(StoreError::Code::Io, tr("%1 refused a change: %2").arg(describe(), detail));
}

void *WorkspaceConnection::handleOrNull() const
{
    const QVariant handle = m_db.isValid() ? m_db.driver()->handle() : QVariant();
    const char *type = handle.typeName();
    if (!handle.isValid() || !type || (qstrcmp(type, "pg_conn*") != 0 && qstrcmp(type, "PGconn*") != 0))
        return nullptr;
    return *static_cast<void *const *>(handle.constData());
}

bool WorkspaceConnection::isBroken() const
{
    // PQstatus(NULL) is CONNECTION_BAD.
    return m_lost || PQstatus(static_cast<PGconn *>(handleOrNull())) != CONNECTION_OK;
}

QSqlDriver *WorkspaceConnection::listen(const QString &channel)
{
    if (!m_db.driver()->subscribeToNotification(channel))
        fail(m_db.driver()->lastError());
    return m_db.driver();
}

void *WorkspaceConnection::libpqHandle() const
{
    // Qt 6 names the type from libpq's struct (pg_conn*); Qt 5 named the typedef (PGconn*).
    void *handle = handleOrNull();
    if (!handle)
        throw StoreError(StoreError::Code::Io, tr("Qt's PostgreSQL driver gave no connection handle for %1").arg(describe()));
    return handle;
}

WorkspaceConnection::Transaction::Transaction(WorkspaceConnection &connection)
    : m_connection(connection)
{
    m_connection.begin();
}

WorkspaceConnection::Transaction::~Transaction()
{
    if (!m_done) {
        try {
            m_connection.end(false);
        } catch (...) {
            // A rollback on a lost connection: the server rolls back by itself.
        }
    }
}

void WorkspaceConnection::Transaction::commit()
{
    m_done = true;
    m_connection.end(true);
}

void WorkspaceConnection::begin()
{
    if (m_depth++ == 0) {
        m_rollbackOnly = false;
        if (!m_db.transaction()) {
            m_depth = 0;
            fail(m_db.lastError());
        }
    }
}

void WorkspaceConnection::end(bool commit)
{
    if (!commit)
        m_rollbackOnly = true;
    if (--m_depth > 0)
        return;
    for (QSqlQuery &statement : m_queries)
        statement.finish();
    if (m_rollbackOnly) {
        m_db.rollback();
        return;
    }
    if (!m_db.commit()) {
        const QSqlError error = m_db.lastError();
        m_db.rollback();
        fail(error);
    }
}

} // namespace Waymark
