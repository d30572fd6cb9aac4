// A workspace of every older version comes forward with 'workspace init' and keeps all it held:
// the frozen dump of a version 1 workspace (tests/fixtures/workspace/workspace-v1.sql, made by
// that version's build, see its header) is loaded into a scratch database, refused until it is
// brought forward, migrated, and compared with what it held and with a workspace created new.

#include "io/jsonmapformat.h"
#include "store/storeerror.h"
#include "support/scratchworkspace.h"
#include "support/testsupport.h"
#include "templates/templatelibrary.h"
#include "workspace/workspace.h"
#include "workspace/workspaceaddress.h"
#include "workspace/workspaceconnection.h"
#include "workspace/workspaceschema.h"

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Waymark;

using InitResult = WorkspaceSchema::InitResult;
Q_DECLARE_METATYPE(InitResult)

namespace {

const QString FixtureMap = u"journey"_s;

// The rows of the version 1 fixture, as its dump holds them.
// A table version 2 adds: not in the fixture, empty after the migration.
constexpr qint64 NewInVersion2 = -1;

const QList<QPair<QString, qint64>> FixtureRows = {
    {u"waymark_workspace"_s, 1}, {u"map"_s, 1},       {u"stage"_s, 7},           {u"lane"_s, 8},
    {u"persona"_s, 2},           {u"card"_s, 59},     {u"card_persona"_s, 18},   {u"card_link"_s, 8},
    {u"emotion_point"_s, 14},    {u"response"_s, 12}, {u"business_period"_s, 2}, {u"comment"_s, 4},
    {u"import_mapping"_s, 1},    {u"change_log"_s, 1},
    {u"snapshot"_s, NewInVersion2},
};

// Every row of a table as JSON, in a stable order, without the columns a migration adds (which
// the rows written before it cannot have had).
QString tableRows(const QString &table)
{
    return uR"(SELECT coalesce(jsonb_agg(to_jsonb(t) - 'changed_rows' ORDER BY to_jsonb(t)::text), '[]')::text FROM %1 t)"_s.arg(table);
}

// The responses as the table holds them, one line each, in the form responseLines() gives.
const QString ResponseRows =
    uR"(SELECT coalesce(string_agg(concat_ws('|', id, stage_id, coalesce(touchpoint_id, 0), respondent, coalesce(nps, -1),
                                             coalesce(csat, -1), coalesce(ces, -1), coalesce(fcr, -1),
                                             coalesce(response_minutes::text, ''), submitted_at, attributes), E'\n' ORDER BY id), '')
        FROM response)"_s;

QString responseLines(const ResponseBatch &batch)
{
    QStringList lines;
    for (qsizetype i = 0; i < batch.size(); ++i) {
        const ResponseBatch::Row &row = batch.row(i);
        lines.append(QStringList{QString::number(row.id), QString::number(row.stage), QString::number(row.touchpoint),
                                 QString::fromUtf8(batch.respondent(i)), QString::number(row.nps), QString::number(row.csat),
                                 QString::number(row.ces), QString::number(row.fcr),
                                 std::isnan(row.minutes) ? QString() : QString::number(row.minutes),
                                 QString::fromUtf8(batch.submittedAt(i)), QString::fromUtf8(batch.attributeJson(row.attributeSet))}
                         .join(u'|'));
    }
    return lines.join(u'\n');
}

// The definition of the workspace's tables as the catalog has it, one aspect at a time.
const QList<QPair<const char *, QString>> CatalogAspects = {
    {"columns", uR"(SELECT string_agg(concat_ws(' ', table_name, ordinal_position, column_name, data_type, is_nullable,
                                            coalesce(column_default, 'no default')), E'\n'
                                  ORDER BY table_name, ordinal_position)
                    FROM information_schema.columns WHERE table_schema = 'public')"_s},
    {"constraints", uR"(SELECT string_agg(conrelid::regclass::text || ' ' || conname || ' ' || pg_get_constraintdef(oid), E'\n'
                                      ORDER BY conrelid::regclass::text, conname)
                        FROM pg_constraint WHERE connamespace = 'public'::regnamespace)"_s},
    {"indexes", uR"(SELECT string_agg(indexdef, E'\n' ORDER BY indexname) FROM pg_indexes WHERE schemaname = 'public')"_s},
    {"triggers", uR"(SELECT string_agg(pg_get_triggerdef(oid), E'\n' ORDER BY tgname) FROM pg_trigger WHERE NOT tgisinternal)"_s},
    {"functions", uR"(SELECT string_agg(proname || ' ' || pg_get_function_result(oid) || ' ' || prosrc, E'\n' ORDER BY proname)
                      FROM pg_proc WHERE pronamespace = 'public'::regnamespace)"_s},
    {"sequences", uR"(SELECT string_agg(concat_ws(' ', sequencename, data_type, start_value, increment_by), E'\n' ORDER BY sequencename)
                      FROM pg_sequences WHERE schemaname = 'public')"_s},
};

} // namespace

class TestWorkspaceMigration : public QObject
{
    Q_OBJECT

private slots:
    void everyOlderVersionHasAStep();
    void reachesTheCurrentVersion_data();
    void reachesTheCurrentVersion();
    void olderAndNewerAreRefused_data();
    void olderAndNewerAreRefused();
    void keepsEveryRow_data();
    void keepsEveryRow();
    void readsBackTheMap();
    void definitionIsAsCreated_data();
    void definitionIsAsCreated();

private:
    static bool loadFixture(Test::ScratchWorkspace &scratch);
};

// The fixture as its dump wrote it: one script, run as the server's superuser.
bool TestWorkspaceMigration::loadFixture(Test::ScratchWorkspace &scratch)
{
    QFile file(Test::fixture(u"workspace/workspace-v1.sql"_s));
    if (!file.open(QIODevice::ReadOnly)) {
        qWarning("cannot read %s: %s", qPrintable(file.fileName()), qPrintable(file.errorString()));
        return false;
    }
    try {
        scratch.execute(QString::fromUtf8(file.readAll()));
    } catch (const StoreError &e) {
        qWarning("the fixture does not load: %s", qPrintable(e.message()));
        return false;
    }
    return true;
}

void TestWorkspaceMigration::everyOlderVersionHasAStep()
{
    for (int version = 1; version < WorkspaceSchema::CurrentVersion; ++version)
        QVERIFY2(!WorkspaceSchema::migrationSteps(version).isEmpty(), qPrintable(u"no step from workspace version %1"_s.arg(version)));
    QVERIFY(WorkspaceSchema::migrationSteps(WorkspaceSchema::CurrentVersion).isEmpty());
}

// A workspace made new and the version 1 fixture brought forward both end at this build's
// version, with the change log's changed_rows, and a second init leaves them as they are.
void TestWorkspaceMigration::reachesTheCurrentVersion_data()
{
    QTest::addColumn<bool>("fixture"); // false: an empty database
    QTest::addColumn<InitResult>("result");
    QTest::newRow("a new workspace") << false << InitResult::Created;
    QTest::newRow("version 1 brought forward") << true << InitResult::Migrated;
}

void TestWorkspaceMigration::reachesTheCurrentVersion()
{
    REQUIRE_POSTGRES();
    QFETCH(bool, fixture);
    QFETCH(InitResult, result);
    Test::ScratchWorkspace scratch;
    if (fixture) {
        QVERIFY(loadFixture(scratch));
        QCOMPARE(scratch.count(u"SELECT max(version) FROM waymark_workspace"_s), 1);
        QCOMPARE(scratch.count(u"SELECT count(*) FROM information_schema.columns WHERE table_name = 'change_log' "
                               "AND column_name = 'changed_rows'"_s),
                 0);
    }
    const WorkspaceAddress address = WorkspaceAddress::parse(scratch.url());

    QCOMPARE(Workspace::init(address), result);
    QCOMPARE(WorkspaceSchema::CurrentVersion, 2);
    {
        WorkspaceConnection connection(address);
        QCOMPARE(WorkspaceSchema::version(connection), 2);
    }
    QCOMPARE(scratch.count(u"SELECT count(*) FROM waymark_workspace"_s), 1);
    QCOMPARE(scratch.count(u"SELECT count(*) FROM information_schema.columns WHERE table_name = 'change_log' "
                           "AND column_name = 'changed_rows' AND data_type = 'text' AND is_nullable = 'YES' "
                           "AND column_default IS NULL"_s),
             1);
    if (fixture) // what version 1 logged says nothing of the rows: anything may have changed
        QCOMPARE(scratch.count(u"SELECT count(*) FROM change_log WHERE changed_rows IS NOT NULL"_s), 0);

    QCOMPARE(Workspace::init(address), InitResult::AlreadyCurrent);
    QCOMPARE(scratch.count(u"SELECT max(version) FROM waymark_workspace"_s), 2);
    QCOMPARE(scratch.count(u"SELECT count(*) FROM waymark_workspace"_s), 1);

    // And this build works in it: a map published and read back.
    Workspace workspace(address);
    const qint64 maps = fixture ? 1 : 0;
    QCOMPARE(workspace.maps().size(), maps);
    const MapData map = TemplateLibrary::load(u"phone-store"_s);
    const qint64 seq = workspace.publish(u"another"_s, map, {}, false);
    QCOMPARE(scratch.count(u"SELECT max(seq) FROM change_log"_s), seq);
    QCOMPARE(workspace.maps().size(), maps + 1);
    QCOMPARE(JsonMapFormat::serialize(workspace.read(u"another"_s).data), JsonMapFormat::serialize(map));
}

// Until it is brought forward, this build refuses to work in the version 1 fixture, saying
// what to do, and changes nothing of it; one of a newer version it refuses to init too.
void TestWorkspaceMigration::olderAndNewerAreRefused_data()
{
    QTest::addColumn<QString>("setup"); // run on the fixture first; empty for none
    QTest::addColumn<int>("version");
    QTest::addColumn<int>("code"); // StoreError::Code
    QTest::addColumn<QString>("refusal"); // %1: the workspace's URL
    QTest::newRow("version 1") << QString() << 1 << int(StoreError::Code::Invalid)
                               << u"is of an older version (1): bring it forward with 'waymark workspace init %1'"_s;
    QTest::newRow("a newer version") << u"UPDATE waymark_workspace SET version = %1"_s.arg(WorkspaceSchema::CurrentVersion + 1)
                                     << WorkspaceSchema::CurrentVersion + 1 << int(StoreError::Code::Newer)
                                     << u"was made by a newer Waymark (workspace version %1; this one reads up to %2): update Waymark"_s
                                            .arg(WorkspaceSchema::CurrentVersion + 1)
                                            .arg(WorkspaceSchema::CurrentVersion);
}

void TestWorkspaceMigration::olderAndNewerAreRefused()
{
    REQUIRE_POSTGRES();
    QFETCH(QString, setup);
    QFETCH(int, version);
    QFETCH(int, code);
    QFETCH(QString, refusal);
    Test::ScratchWorkspace scratch;
    QVERIFY(loadFixture(scratch));
    if (!setup.isEmpty())
        scratch.execute(setup);
    const WorkspaceAddress address = WorkspaceAddress::parse(scratch.url());
    const QString expected = refusal.contains(u"%1"_s) ? refusal.arg(address.toString()) : refusal;
    const QString rowsBefore = WorkspaceConnection(address).scalar(tableRows(u"change_log"_s)).toString();

    try {
        Workspace workspace(address);
        QFAIL("the workspace was opened");
    } catch (const StoreError &e) {
        QCOMPARE(int(e.code()), code);
        QVERIFY2(e.message().contains(expected), qPrintable(e.message()));
    }
    if (version > WorkspaceSchema::CurrentVersion) {
        try {
            Workspace::init(address);
            QFAIL("a newer workspace was brought \"forward\"");
        } catch (const StoreError &e) {
            QCOMPARE(int(e.code()), code);
            QVERIFY2(e.message().contains(expected), qPrintable(e.message()));
        }
    }
    QCOMPARE(scratch.count(u"SELECT max(version) FROM waymark_workspace"_s), version);
    QCOMPARE(scratch.count(u"SELECT count(*) FROM information_schema.columns WHERE table_name = 'change_log' "
                           "AND column_name = 'changed_rows'"_s),
             0);
    QCOMPARE(WorkspaceConnection(address).scalar(tableRows(u"change_log"_s)).toString(), rowsBefore);
}

// Every row of every table is there after the migration, as it was.
void TestWorkspaceMigration::keepsEveryRow_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<qint64>("rows");
    QStringList missing = WorkspaceSchema::tables();
    for (const auto &[table, rows] : FixtureRows) {
        QTest::newRow(qPrintable(table)) << table << rows;
        missing.removeAll(table);
    }
    // A table a later version adds has no rows in a version 1 workspace: give it a row of 0.
    QVERIFY2(missing.isEmpty(), qPrintable(u"tables without a row here: "_s + missing.join(u", "_s)));
}

void TestWorkspaceMigration::keepsEveryRow()
{
    REQUIRE_POSTGRES();
    QFETCH(QString, table);
    QFETCH(qint64, rows);
    Test::ScratchWorkspace scratch;
    QVERIFY(loadFixture(scratch));
    const WorkspaceAddress address = WorkspaceAddress::parse(scratch.url());
    if (rows == NewInVersion2) {
        QCOMPARE(scratch.count(u"SELECT count(*) FROM pg_tables WHERE tablename = '%1'"_s.arg(table)), 0);
        QCOMPARE(Workspace::init(address), InitResult::Migrated);
        QCOMPARE(scratch.count(u"SELECT count(*) FROM %1"_s.arg(table)), 0);
        return;
    }
    QCOMPARE(scratch.count(u"SELECT count(*) FROM %1"_s.arg(table)), rows);
    const QString before = WorkspaceConnection(address).scalar(tableRows(table)).toString();

    QCOMPARE(Workspace::init(address), InitResult::Migrated);
    QCOMPARE(scratch.count(u"SELECT count(*) FROM %1"_s.arg(table)), rows);
    const QString after = WorkspaceConnection(address).scalar(tableRows(table)).toString();
    if (table == u"waymark_workspace"_s) // the one row whose version the migration raises
        QCOMPARE(after, QString(before).replace(u"\"version\": 1"_s, u"\"version\": %1"_s.arg(WorkspaceSchema::CurrentVersion)));
    else
        QCOMPARE(after, before);
}

// The fixture's map reads back as the version 1 build exported it (its JSON: stages, lanes,
// cards, personas, emotions, links, business periods and comments), with its responses and
// its remembered import mapping as the tables held them.
void TestWorkspaceMigration::readsBackTheMap()
{
    REQUIRE_POSTGRES();
    Test::ScratchWorkspace scratch;
    QVERIFY(loadFixture(scratch));
    const WorkspaceAddress address = WorkspaceAddress::parse(scratch.url());
    QString responses;
    QStringList mappings;
    {
        WorkspaceConnection connection(address);
        responses = connection.scalar(ResponseRows).toString();
        QSqlQuery &query = connection.select(u"SELECT signature, mapping FROM import_mapping ORDER BY signature"_s);
        while (query.next())
            mappings.append(query.value(0).toString() + u' ' + query.value(1).toString());
        query.finish();
    }
    QCOMPARE(responses.count(u'\n'), 11); // 12 responses

    QCOMPARE(Workspace::init(address), InitResult::Migrated);
    Workspace workspace(address);
    const Workspace::MapContent content = workspace.read(FixtureMap);
    QCOMPARE(content.warnings, QStringList());

    QFile file(Test::fixture(u"workspace/workspace-v1-journey.json"_s));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.errorString()));
    const QByteArray expected = file.readAll();
    const QByteArray actual = JsonMapFormat::serialize(content.data);
    if (actual != expected) {
        const QString path = Test::artifactPath(u"workspace-v1-journey.actual.json"_s);
        QFile out(path);
        if (out.open(QIODevice::WriteOnly))
            out.write(actual);
        const QList<QByteArray> want = expected.split('\n');
        const QList<QByteArray> got = actual.split('\n');
        qsizetype line = 0;
        while (line < want.size() && line < got.size() && want.at(line) == got.at(line))
            ++line;
        QFAIL(qPrintable(u"the map reads back otherwise (written to %1): line %2 is '%3', expected '%4'"_s.arg(path)
                             .arg(line + 1)
                             .arg(QString::fromUtf8(got.value(line)), QString::fromUtf8(want.value(line)))));
    }
    QCOMPARE(content.data.stages.size(), 7);
    QCOMPARE(content.data.cards.size(), 59);
    QCOMPARE(content.data.personas.size(), 2);
    QCOMPARE(content.data.comments.size(), 4);
    QCOMPARE(content.data.info.title, u"Buying a new mobile phone in store"_s);

    QCOMPARE(content.responses.size(), 12);
    QCOMPARE(responseLines(content.responses), responses);
    QStringList readMappings;
    for (const auto &[signature, mapping] : content.importMappings)
        readMappings.append(signature + u' ' + QString::fromUtf8(mapping));
    QCOMPARE(readMappings, mappings);
    QCOMPARE(mappings.size(), 1);
}

// A migrated workspace is defined as a new one is: the same columns in the same order, the
// same constraints, indexes, triggers, functions and sequences.
void TestWorkspaceMigration::definitionIsAsCreated_data()
{
    QTest::addColumn<QString>("sql");
    for (const auto &[aspect, sql] : CatalogAspects)
        QTest::newRow(aspect) << sql;
}

void TestWorkspaceMigration::definitionIsAsCreated()
{
    REQUIRE_POSTGRES();
    QFETCH(QString, sql);
    Test::ScratchWorkspace migrated;
    QVERIFY(loadFixture(migrated));
    QCOMPARE(Workspace::init(WorkspaceAddress::parse(migrated.url())), InitResult::Migrated);
    Test::ScratchWorkspace created;
    QCOMPARE(Workspace::init(WorkspaceAddress::parse(created.url())), InitResult::Created);

    // As lists, so that a difference is shown by its line.
    const QStringList expected = WorkspaceConnection(WorkspaceAddress::parse(created.url())).scalar(sql).toString().split(u'\n');
    QVERIFY(expected.size() > 1);
    QCOMPARE(WorkspaceConnection(WorkspaceAddress::parse(migrated.url())).scalar(sql).toString().split(u'\n'), expected);
}

QTEST_MAIN(TestWorkspaceMigration)
#include "tst_workspacemigration.moc"
