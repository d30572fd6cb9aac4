#include "scratchworkspace.h"

#include "workspace/workspaceaddress.h"
#include "workspace/workspaceconnection.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QFile>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace Waymark::Test {

namespace {

// The password of the test server's roles: the last field of the test's own libpq password
// file (run-tests.sh writes one line, for every database and user).
QString testPassword()
{
    QFile file(qEnvironmentVariable("PGPASSFILE"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readLine()).trimmed().section(u':', 4);
}

// The address of `database` on the test server, as `user`.
QString urlOf(const QString &database, const QString &user)
{
    WorkspaceAddress address = WorkspaceAddress::parse(postgresUrl());
    address.database = database;
    if (!user.isEmpty())
        address.user = user;
    return address.toString();
}

void superuser(const QString &database, const QString &sql)
{
    WorkspaceConnection connection(WorkspaceAddress::parse(urlOf(database, {})));
    connection.execute(sql);
}

} // namespace

QString postgresUrl()
{
    return qEnvironmentVariable("WAYMARK_TEST_PGURL");
}

ScratchWorkspace::ScratchWorkspace()
{
    if (postgresUrl().isEmpty())
        return;
    static QAtomicInt counter;
    m_database = u"waymark_test_%1_%2"_s.arg(QCoreApplication::applicationPid()).arg(counter.fetchAndAddRelaxed(1));
    superuser(WorkspaceAddress::parse(postgresUrl()).database, u"CREATE DATABASE %1"_s.arg(m_database));
    m_url = urlOf(m_database, {});
}

ScratchWorkspace::~ScratchWorkspace()
{
    if (m_database.isEmpty())
        return;
    try {
        const QString maintenance = WorkspaceAddress::parse(postgresUrl()).database;
        superuser(maintenance, u"DROP DATABASE IF EXISTS %1 WITH (FORCE)"_s.arg(m_database));
        for (const QString &role : std::as_const(m_roles))
            superuser(maintenance, u"DROP ROLE IF EXISTS %1"_s.arg(role));
    } catch (...) {
        // The server went first: its folder goes with it.
    }
}

QString ScratchWorkspace::urlAs(const QString &role) const
{
    return urlOf(m_database, role);
}

QString ScratchWorkspace::addRoleWithoutGrants(const QString &suffix)
{
    const QString role = m_database + u'_' + suffix;
    m_roles.append(role);
    execute(u"CREATE ROLE %1 LOGIN PASSWORD '%2'"_s.arg(role, testPassword()));
    return role;
}

QString ScratchWorkspace::addRole(const QString &suffix, bool write)
{
    const QString role = addRoleWithoutGrants(suffix);
    execute(u"GRANT CONNECT ON DATABASE %1 TO %2"_s.arg(m_database, role));
    execute(u"GRANT USAGE ON SCHEMA public TO %1"_s.arg(role));
    execute(u"GRANT SELECT ON ALL TABLES IN SCHEMA public TO %1"_s.arg(role));
    if (write) {
        execute(u"GRANT INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO %1"_s.arg(role));
        execute(u"GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO %1"_s.arg(role));
    }
    return role;
}

qint64 ScratchWorkspace::count(const QString &sql)
{
    WorkspaceConnection connection(WorkspaceAddress::parse(m_url));
    return connection.scalar(sql).toLongLong();
}

void ScratchWorkspace::execute(const QString &sql)
{
    superuser(m_database, sql);
}

} // namespace Waymark::Test
