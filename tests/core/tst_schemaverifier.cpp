// The schema check on open: SqlShape sees through formatting and through the way ALTER TABLE
// rewrites a table's statement; SchemaVerifier finds every object Waymark did not create, and
// finds nothing in the maps of every earlier schema version, before and after they migrate.

#include "document/document.h"
#include "store/schema.h"
#include "store/schemaverifier.h"
#include "store/sqlshape.h"
#include "store/store.h"
#include "support/testsupport.h"

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Waymark;

class TestSchemaVerifier : public QObject
{
    Q_OBJECT

private slots:
    void shape_data();
    void shape();
    void soundMapsPass_data();
    void soundMapsPass();
    void migratedMapsPass_data();
    void migratedMapsPass();
    void findsForeignObjects_data();
    void findsForeignObjects();
};

// Pairs of statements and whether they have the same shape.
void TestSchemaVerifier::shape_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<bool>("same");
    const QString table = u"CREATE TABLE stage (id INTEGER PRIMARY KEY, name TEXT NOT NULL DEFAULT '', width REAL)"_s;
    QTest::newRow("spacing, case and quotes") << table
                                              << u"create table \"Stage\"(\n  id integer primary key,\n  [name] TEXT not null default '',\n  `width` real )"_s
                                              << true;
    QTest::newRow("comments") << table << u"CREATE TABLE stage (id INTEGER PRIMARY KEY, -- the key\n name TEXT NOT NULL DEFAULT '' /* text */, width REAL)"_s << true;
    QTest::newRow("column order") << table << u"CREATE TABLE stage (name TEXT NOT NULL DEFAULT '', id INTEGER PRIMARY KEY, width REAL)"_s << true;
    QTest::newRow("added by ALTER TABLE after a table constraint")
        << u"CREATE TABLE t (a INTEGER, b INTEGER, c TEXT, PRIMARY KEY (a, b))"_s
        << u"CREATE TABLE t (a INTEGER, b INTEGER, PRIMARY KEY (a, b), c TEXT)"_s << true;
    QTest::newRow("if not exists") << table << u"CREATE TABLE IF NOT EXISTS stage (id INTEGER PRIMARY KEY, name TEXT NOT NULL DEFAULT '', width REAL)"_s << true;
    QTest::newRow("another default") << table << u"CREATE TABLE stage (id INTEGER PRIMARY KEY, name TEXT NOT NULL DEFAULT 'x', width REAL)"_s << false;
    QTest::newRow("string case counts") << u"CREATE TABLE t (a TEXT DEFAULT 'x')"_s << u"CREATE TABLE t (a TEXT DEFAULT 'X')"_s << false;
    QTest::newRow("a check dropped")
        << u"CREATE TABLE t (a INTEGER CHECK (a BETWEEN 1 AND 5))"_s << u"CREATE TABLE t (a INTEGER)"_s << false;
    QTest::newRow("a column more") << table << u"CREATE TABLE stage (id INTEGER PRIMARY KEY, name TEXT NOT NULL DEFAULT '', width REAL, x)"_s << false;
    QTest::newRow("generated column")
        << table << u"CREATE TABLE stage (id INTEGER PRIMARY KEY, name TEXT NOT NULL DEFAULT '' GENERATED ALWAYS AS ('x'), width REAL)"_s
        << false;
    QTest::newRow("without rowid") << u"CREATE TABLE t (a PRIMARY KEY) WITHOUT ROWID"_s << u"CREATE TABLE t (a PRIMARY KEY)"_s << false;
    QTest::newRow("quoted name with a space is not two words")
        << u"CREATE TABLE t (\"a b\" TEXT)"_s << u"CREATE TABLE t (a b TEXT)"_s << false;
    QTest::newRow("as select") << u"CREATE TABLE t AS SELECT 1"_s << u"CREATE TABLE t AS SELECT 1"_s << false;
    QTest::newRow("two statements") << u"CREATE TABLE t (a); DROP TABLE map"_s << u"CREATE TABLE t (a); DROP TABLE map"_s << false;
    QTest::newRow("index") << u"CREATE INDEX card_lane ON card (lane_id)"_s << u"create index CARD_LANE on \"card\"(lane_id)"_s << true;
    QTest::newRow("partial index") << u"CREATE INDEX i ON t (a) WHERE a IS NOT NULL"_s << u"CREATE INDEX i ON t (a)"_s << false;
}

void TestSchemaVerifier::shape()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(bool, same);
    const SqlShape first(a);
    const SqlShape second(b);
    if (same) {
        QVERIFY(first.isValid());
        QCOMPARE(first.canonical(), second.canonical());
    } else {
        QVERIFY(!first.isValid() || !second.isValid() || first.canonical() != second.canonical());
    }
}

// Maps Waymark wrote, of every schema version: nothing to report.
void TestSchemaVerifier::soundMapsPass_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::newRow("new") << QString();
    for (const char *name : {"schema-1/blank.waymark", "schema-1/phone-store.waymark", "schema-2/phone-store.waymark",
                             "schema-3/phone-store.waymark"})
        QTest::newRow(name) << QString::fromLatin1(name);
}

void TestSchemaVerifier::soundMapsPass()
{
    QFETCH(QString, fixture);
    const auto dir = Test::scratchDir();
    const QString path = dir->filePath(u"map.waymark"_s);
    if (fixture.isEmpty())
        QVERIFY(Test::documentFromTemplate(path, u"saas-onboarding"_s));
    else
        QVERIFY(QFile::copy(Test::fixture(fixture), path));
    auto store = Store::inspect(path);
    const QList<SchemaProblem> problems = SchemaVerifier::verify(*store, store->fileVersion());
    QStringList described;
    for (const SchemaProblem &problem : problems)
        described.append(problem.describe());
    QVERIFY2(problems.isEmpty(), qPrintable(described.join(u'\n')));
}

// The fixtures of schemas 1 to 3 still open for editing, and once migrated their ALTERed
// statements still match a new map's.
void TestSchemaVerifier::migratedMapsPass_data()
{
    QTest::addColumn<QString>("fixture");
    for (const char *name : {"schema-1/blank.waymark", "schema-1/phone-store.waymark", "schema-2/phone-store.waymark",
                             "schema-3/phone-store.waymark"})
        QTest::newRow(name) << QString::fromLatin1(name);
}

void TestSchemaVerifier::migratedMapsPass()
{
    QFETCH(QString, fixture);
    const auto dir = Test::scratchDir();
    const QString path = dir->filePath(u"map.waymark"_s);
    QVERIFY(QFile::copy(Test::fixture(fixture), path));
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    {
        auto document = Document::open(path, Store::Access::ReadWrite);
        QVERIFY(!document->isReadOnly());
        document->setValue(fieldRef(1, MapField::Title), u"Edited after the upgrade"_s);
    }
    auto store = Store::inspect(path);
    QCOMPARE(store->fileVersion(), Schema::CurrentVersion);
    QVERIFY(store->schemaProblems().isEmpty());
    auto document = Document::open(path, Store::Access::ReadWrite);
    QCOMPARE(document->info().title, u"Edited after the upgrade"_s);
}

// Each thing a file may hold that Waymark did not make, and how it is reported.
void TestSchemaVerifier::findsForeignObjects_data()
{
    QTest::addColumn<QStringList>("sql");
    QTest::addColumn<QStringList>("problems"); // describe() of each, in order
    QTest::newRow("trigger") << QStringList{u"CREATE TRIGGER evil AFTER UPDATE ON map BEGIN SELECT 1; END"_s}
                             << QStringList{u"trigger 'evil'"_s};
    QTest::newRow("view") << QStringList{u"CREATE VIEW everything AS SELECT * FROM card"_s} << QStringList{u"view 'everything'"_s};
    QTest::newRow("view in place of a table")
        << QStringList{u"PRAGMA foreign_keys = OFF"_s, u"DROP TABLE lane"_s, u"CREATE VIEW lane AS SELECT 1 AS id"_s}
        << QStringList{u"view 'lane' in place of table 'lane'"_s};
    QTest::newRow("extra table") << QStringList{u"CREATE TABLE notes (a)"_s} << QStringList{u"table 'notes'"_s};
    QTest::newRow("extra index") << QStringList{u"CREATE INDEX card_title ON card (title)"_s} << QStringList{u"index 'card_title'"_s};
    QTest::newRow("expression index")
        << QStringList{u"CREATE INDEX slow ON card (printf('%.*c', 1000000, title))"_s} << QStringList{u"index 'slow'"_s};
    QTest::newRow("column added") << QStringList{u"ALTER TABLE card ADD COLUMN extra TEXT"_s} << QStringList{u"table 'card', altered"_s};
    QTest::newRow("generated column")
        << QStringList{u"ALTER TABLE stage ADD COLUMN shout TEXT GENERATED ALWAYS AS (upper(name)) VIRTUAL"_s}
        << QStringList{u"table 'stage', altered"_s};
    QTest::newRow("check dropped through writable_schema")
        << QStringList{u"PRAGMA writable_schema = ON"_s,
                       u"UPDATE sqlite_schema SET sql = replace(sql, 'CHECK (severity BETWEEN 1 AND 5)', '') WHERE name = 'card'"_s}
        << QStringList{u"table 'card', altered"_s};
    QTest::newRow("index dropped") << QStringList{u"DROP INDEX card_lane"_s} << QStringList{u"no index 'card_lane'"_s};
    QTest::newRow("table dropped")
        << QStringList{u"DROP TABLE business_period"_s} << QStringList{u"no table 'business_period'"_s};
    QTest::newRow("index of ours on another column")
        << QStringList{u"DROP INDEX card_lane"_s, u"CREATE INDEX card_lane ON card (title)"_s}
        << QStringList{u"index 'card_lane', altered"_s};
    QTest::newRow("statistics") << QStringList{u"ANALYZE"_s} << QStringList{u"table 'sqlite_stat1'"_s};
    QTest::newRow("several, in file order")
        << QStringList{u"CREATE TABLE a1 (x)"_s, u"CREATE TRIGGER t1 AFTER INSERT ON a1 BEGIN SELECT 1; END"_s,
                       u"CREATE VIEW v1 AS SELECT 1"_s}
        << QStringList{u"table 'a1'"_s, u"trigger 't1'"_s, u"view 'v1'"_s};
}

void TestSchemaVerifier::findsForeignObjects()
{
    QFETCH(QStringList, sql);
    QFETCH(QStringList, problems);
    const auto dir = Test::scratchDir();
    const QString path = dir->filePath(u"map.waymark"_s);
    QVERIFY(Test::documentFromTemplate(path, u"phone-store"_s));
    const QString error = Test::runSql(path, sql);
    QVERIFY2(error.isEmpty(), qPrintable(error));

    auto store = Store::inspect(path);
    QStringList described;
    for (const SchemaProblem &problem : store->schemaProblems())
        described.append(problem.describe());
    QCOMPARE(described, problems);
    const QString message = foreignObjectsMessage(path, store->schemaProblems());
    QVERIFY2(message.startsWith(u"'%1' contains objects Waymark did not create ("_s.arg(path) + problems.first()), qPrintable(message));
    QVERIFY(message.endsWith(u"; open a clean copy to edit it"_s));
}

QTEST_GUILESS_MAIN(TestSchemaVerifier)
#include "tst_schemaverifier.moc"
