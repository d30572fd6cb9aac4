// Files written by every schema version open in this build: older ones migrate forward
// (after a backup copy, or in a private copy when only read) and keep all their content.

#include "document/document.h"
#include "document/mapversions.h"
#include "io/jsonmapformat.h"
#include "store/mapchecker.h"
#include "store/schema.h"
#include "survey/surveyfile.h"
#include "survey/surveyimport.h"
#include "support/testsupport.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Waymark;

class TestMigration : public QObject
{
    Q_OBJECT

private slots:
    void everyVersionHasAFixture();
    void everyOlderVersionHasAStep();
    void fixtureOpensReadOnlyUntouched_data();
    void fixtureOpensReadOnlyUntouched();
    void fixtureMigratesInPlace_data();
    void fixtureMigratesInPlace();
    void schema2GainsLinks();
    void schema3GainsImportMappings();
    void schema4KeepsItsMapping();
    void schema3GainsScores();
    void schema4GainsSharing_data();
    void schema4GainsSharing();
    void schema5KeepsItsVersions();

private:
    void addFixtureRows();
};

void TestMigration::everyVersionHasAFixture()
{
    for (int version = 1; version <= Schema::CurrentVersion; ++version) {
        const QDir dir(Test::fixture(u"schema-%1"_s.arg(version)));
        QVERIFY2(!dir.entryList({u"*.waymark"_s}).isEmpty(),
                 qPrintable(u"no fixture written by schema %1 in %2"_s.arg(version).arg(dir.path())));
    }
}

void TestMigration::everyOlderVersionHasAStep()
{
    for (int version = 1; version < Schema::CurrentVersion; ++version)
        QVERIFY2(!Schema::migrationSteps(version).isEmpty(), qPrintable(u"no step from schema %1"_s.arg(version)));
}

void TestMigration::addFixtureRows()
{
    QTest::addColumn<int>("version");
    QTest::addColumn<QString>("fixture");
    for (int version = 1; version <= Schema::CurrentVersion; ++version) {
        const QDir dir(Test::fixture(u"schema-%1"_s.arg(version)));
        for (const QString &file : dir.entryList({u"*.waymark"_s}))
            QTest::addRow("schema %d %s", version, qPrintable(file)) << version << dir.filePath(file);
    }
}

void TestMigration::fixtureOpensReadOnlyUntouched_data()
{
    addFixtureRows();
}

void TestMigration::fixtureOpensReadOnlyUntouched()
{
    QFETCH(QString, fixture);
    const auto dir = Test::scratchDir();
    const QString path = dir->filePath(u"map.waymark"_s);
    QVERIFY(QFile::copy(fixture, path));
    const QByteArray digest = Test::digest(path);

    const auto document = Document::open(path, Store::Access::ReadOnly);
    // What the fixture's JSON means to this build (new fields take their defaults).
    const QString expectedJson = fixture.chopped(8) + u".json"_s;
    const MapData expected = JsonMapFormat().read(expectedJson);
    QCOMPARE(JsonMapFormat::serialize(document->snapshot()), JsonMapFormat::serialize(expected));
    QCOMPARE(Test::digest(path), digest);
    QCOMPARE(QDir(dir->path()).entryList(QDir::Files), QStringList{u"map.waymark"_s});
}

void TestMigration::fixtureMigratesInPlace_data()
{
    addFixtureRows();
}

void TestMigration::fixtureMigratesInPlace()
{
    QFETCH(int, version);
    QFETCH(QString, fixture);
    const auto dir = Test::scratchDir();
    const QString path = dir->filePath(u"map.waymark"_s);
    QVERIFY(QFile::copy(fixture, path));
    const QByteArray original = Test::digest(path);

    const MapData expected = JsonMapFormat().read(fixture.chopped(8) + u".json"_s);
    {
        const auto document = Document::open(path, Store::Access::ReadWrite);
        QCOMPARE(document->store().originalVersion(), version);
        QCOMPARE(JsonMapFormat::serialize(document->snapshot()), JsonMapFormat::serialize(expected));
        QCOMPARE(MapChecker::problems(document->store()), QStringList());
        if (version < Schema::CurrentVersion) {
            QVERIFY(!document->store().backupPath().isEmpty());
            QCOMPARE(Test::digest(document->store().backupPath()), original);
        } else {
            QVERIFY(document->store().backupPath().isEmpty());
            QCOMPARE(Test::digest(path), original);
        }
    }
    QVERIFY(Test::dumpTables(path).startsWith(u"application_id=%1 user_version=%2"_s.arg(Schema::ApplicationId).arg(Schema::CurrentVersion)));
}

// Schema 3 added the links between opportunities and pain points: an upgraded file has the
// table, empty, with the same definition as a new file's, and links can be made in it.
void TestMigration::schema2GainsLinks()
{
    const auto dir = Test::scratchDir();
    const QString path = dir->filePath(u"map.waymark"_s);
    QVERIFY(QFile::copy(Test::fixture(u"schema-2/phone-store.waymark"_s), path));
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const MapData expected = JsonMapFormat().read(Test::fixture(u"schema-2/phone-store.json"_s));

    auto document = Document::open(path, Store::Access::ReadWrite);
    QCOMPARE(document->store().originalVersion(), 2);
    QCOMPARE(document->store().scalar(u"SELECT count(*) FROM card_link"_s).toInt(), 0);
    QVERIFY(document->links().isEmpty());
    QCOMPARE(document->cardCount(), int(expected.cards.size()));

    const auto fresh = Document::create(dir->filePath(u"fresh.waymark"_s), {});
    const QString definition = u"SELECT sql FROM sqlite_master WHERE name = ?"_s;
    for (const QString &name : {u"card_link"_s, u"card_link_pain_point"_s}) {
        const QString upgraded = document->store().scalar(definition, {name}).toString();
        QVERIFY2(!upgraded.isEmpty(), qPrintable(name));
        QCOMPARE(upgraded, fresh->store().scalar(definition, {name}).toString());
    }

    Id opportunity = 0;
    Id pain = 0;
    for (const Card &card : document->snapshot().cards) {
        if (card.kind == CardKind::Opportunity && !opportunity)
            opportunity = card.id;
        if (card.kind == CardKind::PainPoint && !pain)
            pain = card.id;
    }
    document->linkCards({opportunity, pain});
    document.reset();
    document = Document::open(path, Store::Access::ReadWrite);
    QCOMPARE(document->links(), (QList<CardLink>{{opportunity, pain}}));
    QCOMPARE(MapChecker::problems(document->store()), QStringList());
}

// Schema 4 added the survey import mapping remembered per export layout: an upgraded file has
// the table, empty, defined as in a new file, and a mapping can be kept in it.
void TestMigration::schema3GainsImportMappings()
{
    const auto dir = Test::scratchDir();
    const QString path = dir->filePath(u"map.waymark"_s);
    QVERIFY(QFile::copy(Test::fixture(u"schema-3/phone-store.waymark"_s), path));
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);

    auto document = Document::open(path, Store::Access::ReadWrite);
    QCOMPARE(document->store().originalVersion(), 3);
    QCOMPARE(document->store().scalar(u"SELECT count(*) FROM import_mapping"_s).toInt(), 0);
    const auto fresh = Document::create(dir->filePath(u"fresh.waymark"_s), {});
    const QString definition = u"SELECT sql FROM sqlite_master WHERE name = 'import_mapping'"_s;
    QVERIFY(!document->store().scalar(definition).toString().isEmpty());
    QCOMPARE(document->store().scalar(definition).toString(), fresh->store().scalar(definition).toString());

    document->setImportMapping(u"plain:abc"_s, "{\"columns\":{\"csat\":\"How happy?\"}}");
    document.reset();
    document = Document::open(path, Store::Access::ReadOnly);
    QCOMPARE(document->importMapping(u"plain:abc"_s), std::optional<QByteArray>("{\"columns\":{\"csat\":\"How happy?\"}}"));
    QCOMPARE(document->importMapping(u"plain:other"_s), std::nullopt);
    QCOMPARE(MapChecker::problems(document->store()), QStringList());
}

// The schema-4 fixture was imported from tests/fixtures/survey/qualtrics.csv with --map csat=Q3
// --map fcr=Q4 --attribute age=Q5: the same export again needs no options, and its 13
// respondents are in the map already.
void TestMigration::schema4KeepsItsMapping()
{
    const auto dir = Test::scratchDir();
    const QString path = dir->filePath(u"map.waymark"_s);
    QVERIFY(QFile::copy(Test::fixture(u"schema-4/phone-store.waymark"_s), path));
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const auto document = Document::open(path, Store::Access::ReadOnly);
    QCOMPARE(document->responseCount(), 13);
    SurveyImport import(*document);
    QVERIFY(import.read(SurveyFile::open(Test::fixture(u"survey/qualtrics.csv"_s)).get(), u"qualtrics.csv"_s));
    QVERIFY(import.report().rememberedMapping);
    QCOMPARE(import.plan().column(SurveyField::Csat), import.layout().columnsNamed(u"Q3"_s).value(0, -2));
    QVERIFY(import.attributes().contains(u"age"_s));
    QCOMPARE(import.report().skipped[int(SkipReason::DuplicateInMap)], 13);
    QCOMPARE(import.batch().size(), 0);
}

// Schema 4 added a card's task score (a mermaid round trip keeps it): an upgraded file has the
// column, NULL on every card, with the same definition and check as a new file's.
void TestMigration::schema3GainsScores()
{
    const auto dir = Test::scratchDir();
    const QString path = dir->filePath(u"map.waymark"_s);
    QVERIFY(QFile::copy(Test::fixture(u"schema-3/phone-store.waymark"_s), path));
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);

    auto document = Document::open(path, Store::Access::ReadWrite);
    QCOMPARE(document->store().originalVersion(), 3);
    QVERIFY(document->cardCount() > 0);
    QCOMPARE(document->store().scalar(u"SELECT count(*) FROM card WHERE score IS NOT NULL"_s).toInt(), 0);
    for (const Card &card : document->snapshot().cards)
        QVERIFY(!card.score);

    const auto fresh = Document::create(dir->filePath(u"fresh.waymark"_s), {});
    const QString column = u"SELECT type, \"notnull\", dflt_value FROM pragma_table_info('card') WHERE name = 'score'"_s;
    QCOMPARE(document->store().scalar(column).toString(), u"INTEGER"_s);
    QCOMPARE(fresh->store().scalar(column).toString(), u"INTEGER"_s);
    const QString last = u"SELECT name FROM pragma_table_info('card') ORDER BY cid DESC LIMIT 1"_s;
    QCOMPARE(document->store().scalar(last).toString(), u"score"_s);
    QCOMPARE(fresh->store().scalar(last).toString(), u"score"_s);

    const Id id = document->snapshot().cards.constFirst().id;
    document->setValue(fieldRef(id, CardField::Score), qint64(4));
    QVERIFY_THROWS_EXCEPTION(StoreError, document->store().run(u"UPDATE card SET score = 6 WHERE id = ?"_s, {id}));
    document.reset();
    document = Document::open(path, Store::Access::ReadWrite);
    QCOMPARE(document->card(id)->score, std::optional<int>(4));
    QCOMPARE(MapChecker::problems(document->store()), QStringList());
}

// Schema 5 added a map's owner and review date, labelled versions and comments: every
// schema-4 fixture upgrades to the same definitions as a new file's, with empty values, and
// the new columns and tables take rows within their checks.
void TestMigration::schema4GainsSharing_data()
{
    QTest::addColumn<QString>("fixture");
    const QDir dir(Test::fixture(u"schema-4"_s));
    for (const QString &file : dir.entryList({u"*.waymark"_s}))
        QTest::newRow(qPrintable(file)) << dir.filePath(file);
}

void TestMigration::schema4GainsSharing()
{
    QFETCH(QString, fixture);
    const auto dir = Test::scratchDir();
    const QString path = dir->filePath(u"map.waymark"_s);
    QVERIFY(QFile::copy(fixture, path));
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);

    auto document = Document::open(path, Store::Access::ReadWrite);
    QCOMPARE(document->store().originalVersion(), 4);
    Store &store = document->store();
    QCOMPARE(store.scalar(u"SELECT owner || '|' || review_date FROM map"_s).toString(), u"|"_s);
    QCOMPARE(store.scalar(u"SELECT count(*) FROM snapshot"_s).toInt(), 0);
    QCOMPARE(store.scalar(u"SELECT count(*) FROM comment"_s).toInt(), 0);

    const auto fresh = Document::create(dir->filePath(u"fresh.waymark"_s), {});
    const QString definition = u"SELECT sql FROM sqlite_master WHERE name = ?"_s;
    for (const QString &name : {u"snapshot"_s, u"comment"_s, u"comment_target"_s, u"comment_parent"_s}) {
        const QString upgraded = store.scalar(definition, {name}).toString();
        QVERIFY2(!upgraded.isEmpty(), qPrintable(name));
        QCOMPARE(upgraded, fresh->store().scalar(definition, {name}).toString());
    }
    const QString columns = u"SELECT group_concat(name || ' ' || type || ' ' || \"notnull\" || ' ' || dflt_value, ', ') "
                            "FROM pragma_table_info('map')"_s;
    QCOMPARE(store.scalar(columns).toString(), fresh->store().scalar(columns).toString());

    store.run(u"INSERT INTO snapshot (label, created_at, author, data) VALUES ('before', '', '', x'00')"_s);
    QVERIFY_THROWS_EXCEPTION(StoreError, store.run(u"INSERT INTO snapshot (label, data) VALUES ('before', x'00')"_s));
    store.run(u"INSERT INTO comment (id, target_kind, target_id, text) VALUES (1, 'card', 3, 'why?')"_s);
    store.run(u"INSERT INTO comment (target_kind, target_id, parent_id, text) VALUES ('card', 3, 1, 'because')"_s);
    QVERIFY_THROWS_EXCEPTION(StoreError, store.run(u"INSERT INTO comment (target_kind, text) VALUES ('lane', 'no')"_s));
    QVERIFY_THROWS_EXCEPTION(StoreError, store.run(u"INSERT INTO comment (target_kind, resolved) VALUES ('map', 2)"_s));
    QCOMPARE(MapChecker::problems(store), QStringList());
    store.run(u"DELETE FROM comment WHERE id = 1"_s);
    QCOMPARE(store.scalar(u"SELECT count(*) FROM comment"_s).toInt(), 0); // the reply went with it
}

// The schema-5 fixture holds an owner, a review date and two snapshots as schema 5 wrote them:
// they still read, and compare with the map as the fixture's README says.
void TestMigration::schema5KeepsItsVersions()
{
    const auto dir = Test::scratchDir();
    const QString path = dir->filePath(u"map.waymark"_s);
    QVERIFY(QFile::copy(Test::fixture(u"schema-5/phone-store.waymark"_s), path));
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const auto document = Document::open(path, Store::Access::ReadOnly);
    QCOMPARE(document->info().owner, u"Ana Lima"_s);
    QCOMPARE(document->info().reviewDate, u"2026-06-30"_s);
    QVERIFY(document->info().reviewDue(QDate(2026, 7, 1)));
    QVERIFY(!document->info().reviewDue(QDate(2026, 6, 30)));
    MapVersions versions(*document);
    const QList<SnapshotEntry> list = versions.list();
    QCOMPARE(list.size(), 2);
    QCOMPARE(list.at(0).label, u"before workshop"_s);
    QCOMPARE(list.at(0).author, u"ana"_s);
    QVERIFY(list.at(1).label.startsWith(u"before import 2026-"_s));
    const QList<MapDiff::Change> changes = versions.changesSince(u"before workshop"_s);
    QCOMPARE(changes.size(), 1);
    QCOMPARE(changes.at(0).element, u"card"_s);
    QCOMPARE(changes.at(0).fields.size(), 1);
    QCOMPARE(changes.at(0).fields.at(0).after.toString(), changes.at(0).fields.at(0).before.toString() + u" (checked)"_s);
    QCOMPARE(versions.changesSince(list.at(1).label).size(), 0);
}

QTEST_GUILESS_MAIN(TestMigration)
#include "tst_migration.moc"
