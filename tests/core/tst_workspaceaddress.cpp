// Workspace addresses: libpq connection URIs read into QPSQL's settings, URL#NAME for a map,
// passwords and unknown parameters refused, and written back the way libpq reads them.

#include "store/storeerror.h"
#include "workspace/workspaceaddress.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Waymark;

class TestWorkspaceAddress : public QObject
{
    Q_OBJECT

private slots:
    void parses_data();
    void parses();
    void refuses_data();
    void refuses();
    void tellsAddressesFromFiles_data();
    void tellsAddressesFromFiles();
};

void TestWorkspaceAddress::parses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("database");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("options");
    QTest::addColumn<QString>("map");
    QTest::addColumn<QString>("written"); // toString()

    QTest::newRow("host and database") << u"postgresql://db.example.com/cx"_s << u"db.example.com"_s << -1 << u"cx"_s << QString()
                                       << QString() << QString() << u"postgresql://db.example.com/cx"_s;
    QTest::newRow("everything") << u"postgresql://ana@10.0.0.7:5433/cx?sslmode=require&connect_timeout=5#Onboarding"_s
                                << u"10.0.0.7"_s << 5433 << u"cx"_s << u"ana"_s << u"sslmode=require;connect_timeout=5"_s
                                << u"Onboarding"_s << u"postgresql://ana@10.0.0.7:5433/cx?sslmode=require&connect_timeout=5"_s;
    QTest::newRow("postgres:// too") << u"postgres://h/d"_s << u"h"_s << -1 << u"d"_s << QString() << QString() << QString()
                                     << u"postgresql://h/d"_s;
    QTest::newRow("a socket folder") << u"postgresql:///cx?host=/run/postgresql&port=5434"_s << u"/run/postgresql"_s << 5434
                                     << u"cx"_s << QString() << QString() << QString()
                                     << u"postgresql:///cx?host=%2Frun%2Fpostgresql&port=5434"_s;
    QTest::newRow("libpq's defaults") << u"postgresql://"_s << QString() << -1 << QString() << QString() << QString() << QString()
                                      << u"postgresql:///"_s;
    QTest::newRow("a map name with spaces") << u"postgresql://h/d#Store%20visits%20(Q3)"_s << u"h"_s << -1 << u"d"_s << QString()
                                            << QString() << u"Store visits (Q3)"_s << u"postgresql://h/d"_s;
    QTest::newRow("an encoded user") << u"postgresql://ana%40cx@h/d"_s << u"h"_s << -1 << u"d"_s << u"ana@cx"_s << QString()
                                     << QString() << u"postgresql://ana%40cx@h/d"_s;
    QTest::newRow("a service") << u"postgresql:///?service=team"_s << QString() << -1 << QString() << QString() << u"service=team"_s
                               << QString() << u"postgresql:///?service=team"_s;
}

void TestWorkspaceAddress::parses()
{
    QFETCH(QString, text);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QString, database);
    QFETCH(QString, user);
    QFETCH(QString, options);
    QFETCH(QString, map);
    QFETCH(QString, written);
    const WorkspaceAddress address = WorkspaceAddress::parse(text);
    QCOMPARE(address.host, host);
    QCOMPARE(address.port, port);
    QCOMPARE(address.database, database);
    QCOMPARE(address.user, user);
    QCOMPARE(address.options, options);
    QCOMPARE(address.map, map);
    QCOMPARE(address.toString(), written);
    // What it writes reads back as the same place (without the map).
    WorkspaceAddress again = WorkspaceAddress::parse(written);
    again.map = address.map;
    QCOMPARE(again, address);
}

void TestWorkspaceAddress::refuses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("says");
    QTest::newRow("a password") << u"postgresql://ana:secret@h/d"_s << u"holds a password"_s;
    QTest::newRow("a password parameter") << u"postgresql://h/d?password=secret"_s << u"holds a password"_s;
    QTest::newRow("an unknown parameter") << u"postgresql://h/d?colour=blue"_s << u"unknown parameter 'colour'"_s;
    QTest::newRow("a value with a space") << u"postgresql://h/d?application_name=a%20b"_s << u"holds a space"_s;
    QTest::newRow("a value with a quote") << u"postgresql://h/d?sslmode=require'"_s << u"a quote"_s;
    QTest::newRow("an empty value") << u"postgresql://h/d?sslmode="_s << u"is empty"_s;
    QTest::newRow("not a port") << u"postgresql://h/d?port=99999"_s << u"is not a port"_s;
    QTest::newRow("a path") << u"postgresql://h/d/e"_s << u"cannot hold '/'"_s;
    QTest::newRow("another scheme") << u"mysql://h/d"_s << u"does not start with postgresql://"_s;
    QTest::newRow("a file") << u"journey.waymark"_s << u"does not start with postgresql://"_s;
}

void TestWorkspaceAddress::refuses()
{
    QFETCH(QString, text);
    QFETCH(QString, says);
    try {
        WorkspaceAddress::parse(text);
        QFAIL("parsed");
    } catch (const StoreError &e) {
        QCOMPARE(e.code(), StoreError::Code::Invalid);
        QVERIFY2(e.message().contains(says), qPrintable(e.message()));
        QVERIFY2(!e.message().contains(u"secret"_s), qPrintable(e.message())); // a password is never repeated
    }
}

void TestWorkspaceAddress::tellsAddressesFromFiles_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("isAddress");
    QTest::newRow("postgresql://") << u"postgresql://h/d"_s << true;
    QTest::newRow("POSTGRES://") << u"POSTGRES://h/d"_s << true;
    QTest::newRow("a map file") << u"postgresql.waymark"_s << false;
    QTest::newRow("a folder named postgresql:") << u"postgresql:/maps/a.waymark"_s << false;
}

void TestWorkspaceAddress::tellsAddressesFromFiles()
{
    QFETCH(QString, text);
    QFETCH(bool, isAddress);
    QCOMPARE(WorkspaceAddress::isAddress(text), isAddress);
}

QTEST_MAIN(TestWorkspaceAddress)
#include "tst_workspaceaddress.moc"
