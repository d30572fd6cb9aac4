#pragma once

#include <QStringList>

#include <memory>

namespace Waymark {
class WorkspaceConnection;
}

namespace Waymark::Test {

// The throwaway PostgreSQL server run-tests.sh starts (.ci/postgres.sh): its URL, from
// WAYMARK_TEST_PGURL, or empty when there is none.
QString postgresUrl();

// A database of its own on that server for one test, dropped (with whoever is still connected
// to it) when this goes. Empty url() without a server.
class ScratchWorkspace
{
public:
    ScratchWorkspace();
    ~ScratchWorkspace();
    ScratchWorkspace(const ScratchWorkspace &) = delete;
    ScratchWorkspace &operator=(const ScratchWorkspace &) = delete;

    bool isValid() const { return !m_url.isEmpty(); }
    QString url() const { return m_url; }
    // The URL as another role (made with addRole()) would use it.
    QString urlAs(const QString &role) const;
    // A LOGIN role with the server's test password that may read (and with `write`, change)
    // this database's workspace tables; its name is unique to this database.
    QString addRole(const QString &suffix, bool write);
    // A LOGIN role that may connect (as PUBLIC may) and has no grant on any table.
    QString addRoleWithoutGrants(const QString &suffix);
    // A statement run as the server's superuser in this database (constant SQL of the test).
    void execute(const QString &sql);
    // The first value of a query run so.
    qint64 count(const QString &sql);

private:
    QString m_database;
    QString m_url;
    QStringList m_roles;
};

} // namespace Waymark::Test

// Skips the test, saying why, when there is no PostgreSQL server to test against.
#define REQUIRE_POSTGRES()                                                                          \
    do {                                                                                           \
        if (::Waymark::Test::postgresUrl().isEmpty())                                              \
            QSKIP("no PostgreSQL server: ./run-tests.sh starts one and sets WAYMARK_TEST_PGURL");   \
    } while (false)
