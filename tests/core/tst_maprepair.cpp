// MapRepair rebuilds a map from its data through Waymark's own schema: everything Waymark
// made survives (the responses and their summary too), nothing else comes along, values are
// brought within bounds, rows that refer to missing rows are left out, and what would run a
// query from the file (a view, a generated column) never does.

#include "document/document.h"
#include "io/formatregistry.h"
#include "io/mapformat.h"
#include "model/response.h"
#include "store/mapchecker.h"
#include "store/maprepair.h"
#include "store/responsesummary.h"
#include "store/store.h"
#include "support/testsupport.h"

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Waymark;

namespace {

QByteArray jsonOf(const QString &path, const QString &folder)
{
    auto document = Document::open(path, Store::Access::ReadOnly);
    const QString out = folder + u"/export.json"_s;
    QFile::remove(out);
    FormatRegistry::instance().byName(u"json"_s)->write(*document, out, {});
    QFile file(out);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestMapRepair : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void keepsTheMap_data();
    void keepsTheMap();
    void boundsValues_data();
    void boundsValues();
    void leavesOutOrphans();
    void viewInPlaceOfTable();
    void neverEvaluatesGeneratedColumns();
    void refusesExistingTarget();

private:
    QString repaired(const QString &source);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

void TestMapRepair::init()
{
    m_dir = Test::scratchDir();
    m_path = m_dir->filePath(u"map.waymark"_s);
    auto document = Test::documentFromTemplate(m_path, u"phone-store"_s);
    QVERIFY(document);
    QList<Response> responses;
    const QStringList genders{u"female"_s, u"male"_s, u"diverse"_s};
    for (int i = 0; i < 60; ++i) {
        Response response;
        response.stage = document->stages().at(i % 7).id;
        response.respondent = u"r-%1"_s.arg(i);
        response.nps = i % 11;
        if (i % 3)
            response.csat = 1 + i % 5;
        response.responseMinutes = i * 1.5;
        response.attributes = {{u"gender"_s, genders.at(i % 3)}, {u"age"_s, QString::number(18 + i)}};
        responses.append(response);
    }
    document->insertResponses(responses);
}

QString TestMapRepair::repaired(const QString &source)
{
    const QString target = m_dir->filePath(u"clean.waymark"_s);
    QFile::remove(target);
    MapRepair::repair(source, target);
    return target;
}

// Whatever the file holds besides, the clean copy has the same map, responses and summary.
void TestMapRepair::keepsTheMap_data()
{
    QTest::addColumn<QStringList>("sql");
    QTest::addColumn<QStringList>("leftOut");
    QTest::newRow("sound map") << QStringList{} << QStringList{};
    QTest::newRow("trigger and table")
        << QStringList{u"CREATE TABLE pwned (x)"_s, u"CREATE TRIGGER evil AFTER INSERT ON response BEGIN INSERT INTO pwned VALUES (1); END"_s}
        << QStringList{u"table 'pwned'"_s, u"trigger 'evil'"_s};
    QTest::newRow("summary gone wrong")
        << QStringList{u"UPDATE response_summary SET responses = 999999, nps_n = -5"_s} << QStringList{};
    QTest::newRow("column added") << QStringList{u"ALTER TABLE persona ADD COLUMN secret TEXT DEFAULT 'x'"_s} << QStringList{};
}

void TestMapRepair::keepsTheMap()
{
    QFETCH(QStringList, sql);
    QFETCH(QStringList, leftOut);
    const QByteArray json = jsonOf(m_path, m_dir->path());
    QMap<SummaryKey, AnswerSums> summary;
    {
        auto document = Document::open(m_path, Store::Access::ReadOnly);
        summary = document->responseSummary();
    }
    QVERIFY(Test::runSql(m_path, sql).isEmpty());
    const QByteArray before = Test::digest(m_path);

    const QString target = m_dir->filePath(u"clean.waymark"_s);
    const MapRepair::Report report = MapRepair::repair(m_path, target);
    QStringList described;
    for (const SchemaProblem &problem : report.leftOut)
        described.append(problem.describe());
    QCOMPARE(described, leftOut);
    QCOMPARE(report.notes, QStringList());
    QCOMPARE(Test::digest(m_path), before);

    QCOMPARE(jsonOf(target, m_dir->path()), json);
    auto clean = Document::open(target, Store::Access::ReadWrite);
    QCOMPARE(clean->responseCount(), 60);
    QCOMPARE(clean->responseSummary(), summary); // rebuilt from the responses
    QCOMPARE(clean->responsesOfStages({}).respondent(59), QByteArrayView("r-59"));
    QVERIFY(clean->store().schemaProblems().isEmpty());
    QCOMPARE(MapChecker::problems(clean->store()), QStringList());
}

// Values a crafted file holds outside their bounds come out within them.
void TestMapRepair::boundsValues_data()
{
    QTest::addColumn<QStringList>("sql");
    QTest::addColumn<QString>("query");
    QTest::addColumn<QVariant>("expected");
    const QString noChecks = u"PRAGMA writable_schema = ON"_s;
    QTest::newRow("huge width") << QStringList{u"UPDATE stage SET width = 1e308"_s} << u"SELECT max(width) FROM stage"_s
                                << QVariant(1200.0);
    QTest::newRow("width as text") << QStringList{u"UPDATE stage SET width = 'wide'"_s} << u"SELECT min(width) FROM stage"_s
                                   << QVariant(280.0);
    QTest::newRow("long title") << QStringList{u"UPDATE map SET title = printf('%.*c', 100000, 't')"_s}
                                << u"SELECT length(title) FROM map"_s << QVariant(65536);
    QTest::newRow("unknown lane kind") << QStringList{u"UPDATE lane SET kind = 'bogus'"_s}
                                       << u"SELECT count(*) FROM lane WHERE kind = 'touchpoints'"_s << QVariant(8);
    QTest::newRow("bad colour") << QStringList{u"UPDATE stage SET color = 'not a colour'"_s}
                                << u"SELECT count(*) FROM stage WHERE color = ''"_s << QVariant(7);
    QTest::newRow("severity 9, its check dropped")
        << QStringList{noChecks, u"UPDATE sqlite_schema SET sql = replace(sql, 'CHECK (severity BETWEEN 1 AND 5)', '') WHERE name = 'card'"_s,
                       u"PRAGMA writable_schema = RESET"_s, u"UPDATE card SET severity = 9"_s}
        << u"SELECT max(severity) FROM card"_s << QVariant(5);
    QTest::newRow("nps 42, its check dropped")
        << QStringList{noChecks, u"UPDATE sqlite_schema SET sql = replace(sql, 'CHECK (nps BETWEEN 0 AND 10)', '') WHERE name = 'response'"_s,
                       u"PRAGMA writable_schema = RESET"_s, u"UPDATE response SET nps = 42 WHERE id = 1"_s}
        << u"SELECT count(*) FROM response WHERE nps IS NULL"_s << QVariant(1); // the answer goes, the response stays
    QTest::newRow("photo of 2 MB") << QStringList{u"UPDATE persona SET photo = zeroblob(2000000)"_s}
                                   << u"SELECT count(*) FROM persona WHERE photo IS NULL"_s << QVariant(2);
    QTest::newRow("attributes not JSON") << QStringList{u"UPDATE response SET attributes = 'not json' WHERE id = 2"_s}
                                         << u"SELECT attributes FROM response WHERE id = 2"_s << QVariant(u"{}"_s);
    QTest::newRow("positions with gaps") << QStringList{u"UPDATE stage SET position = position * 10 + 3"_s}
                                         << u"SELECT group_concat(position) FROM (SELECT position FROM stage ORDER BY id)"_s
                                         << QVariant(u"0,1,2,3,4,5,6"_s);
    // Schema 5: a living map's review date, snapshots and comments.
    QTest::newRow("review date not a date") << QStringList{u"UPDATE map SET owner = 'Ana', review_date = '2027-02-30'"_s}
                                            << u"SELECT owner || '|' || review_date FROM map"_s << QVariant(u"Ana|"_s);
    QTest::newRow("review date as a number") << QStringList{u"UPDATE map SET review_date = 20270331"_s}
                                             << u"SELECT review_date FROM map"_s << QVariant(u""_s);
    QTest::newRow("review date kept") << QStringList{u"UPDATE map SET review_date = '2027-03-31'"_s}
                                      << u"SELECT review_date FROM map"_s << QVariant(u"2027-03-31"_s);
    QTest::newRow("snapshot too large")
        << QStringList{u"INSERT INTO snapshot (label, data) VALUES ('small', x'00'), ('huge', zeroblob(64 * 1024 * 1024 + 1)), "
                       "('text', 'not a blob')"_s}
        << u"SELECT group_concat(label) FROM snapshot"_s << QVariant(u"small"_s);
    QTest::newRow("snapshot label of 100,000 characters")
        << QStringList{u"INSERT INTO snapshot (label, data) VALUES (printf('%.*c', 100000, 'l'), x'00')"_s}
        << u"SELECT length(label) FROM snapshot"_s << QVariant(65536);
    QTest::newRow("comment on a lane, its check dropped")
        << QStringList{noChecks, u"UPDATE sqlite_schema SET sql = replace(sql, 'CHECK (target_kind IN (''map'', ''stage'', ''card''))', '') "
                                 "WHERE name = 'comment'"_s,
                       u"PRAGMA writable_schema = RESET"_s,
                       u"INSERT INTO comment (id, target_kind, text) VALUES (1, 'card', 'ok'), (2, 'lane', 'no')"_s}
        << u"SELECT group_concat(id) FROM comment"_s << QVariant(u"1"_s);
    QTest::newRow("comment resolved 7") << QStringList{u"INSERT INTO comment (id, target_kind, resolved) VALUES (1, 'map', 1)"_s,
                                                       noChecks,
                                                       u"UPDATE sqlite_schema SET sql = replace(sql, 'CHECK (resolved IN (0, 1))', '') "
                                                       "WHERE name = 'comment'"_s,
                                                       u"PRAGMA writable_schema = RESET"_s, u"UPDATE comment SET resolved = 7"_s}
                                        << u"SELECT resolved FROM comment"_s << QVariant(1);
    QTest::newRow("reply to a missing comment")
        << QStringList{u"PRAGMA foreign_keys = OFF"_s, u"INSERT INTO comment (id, target_kind, parent_id) VALUES (5, 'map', 99)"_s}
        << u"SELECT count(*) FROM comment WHERE parent_id IS NULL"_s << QVariant(1); // a thread of its own
}

void TestMapRepair::boundsValues()
{
    QFETCH(QStringList, sql);
    QFETCH(QString, query);
    QFETCH(QVariant, expected);
    const QString error = Test::runSql(m_path, sql);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QString target = repaired(m_path);
    QCOMPARE(Test::querySql(target, query).toString(), expected.toString());
    auto clean = Document::open(target, Store::Access::ReadOnly);
    QCOMPARE(clean->warnings(), QStringList());
    QCOMPARE(MapChecker::problems(clean->store()), QStringList());
}

// Rows that refer to missing rows are left out, with what refers to them in turn, and said.
void TestMapRepair::leavesOutOrphans()
{
    const Id stage = Test::querySql(m_path, u"SELECT id FROM stage WHERE position = 1"_s).toLongLong();
    const int cards = Test::querySql(m_path, u"SELECT count(*) FROM card WHERE stage_id = %1"_s.arg(stage)).toInt();
    QVERIFY(cards > 0);
    QVERIFY(Test::runSql(m_path, {u"DELETE FROM stage WHERE id = %1"_s.arg(stage)}).isEmpty()); // foreign keys off
    const int total = Test::querySql(m_path, u"SELECT count(*) FROM card"_s).toInt();

    const QString target = m_dir->filePath(u"clean.waymark"_s);
    const MapRepair::Report report = MapRepair::repair(m_path, target);
    QCOMPARE(Test::querySql(target, u"SELECT count(*) FROM card"_s).toInt(), total - cards);
    QVERIFY2(report.notes.join(u'\n').contains(u"table card: %1 rows referred to a missing row of table stage and were left out"_s.arg(cards)),
             qPrintable(report.notes.join(u'\n')));
    QVERIFY2(report.notes.join(u'\n').contains(u"table response: "_s), qPrintable(report.notes.join(u'\n')));
    auto clean = Document::open(target, Store::Access::ReadWrite);
    QCOMPARE(clean->store().integrityProblems(), QStringList());
    QCOMPARE(MapChecker::problems(clean->store()), QStringList());
    QCOMPARE(clean->responseCount(), 60 - 60 / 7 - 1); // the stage's responses went with it
}

// A view where a table belongs is an empty table: its query never runs.
void TestMapRepair::viewInPlaceOfTable()
{
    QVERIFY(Test::runSql(m_path, {u"DROP TABLE map"_s,
                                  u"CREATE VIEW map AS WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r) "
                                  "SELECT 1 AS id, count(*) AS title, '' AS description FROM r"_s})
                .isEmpty());
    const QString target = m_dir->filePath(u"clean.waymark"_s);
    const MapRepair::Report report = MapRepair::repair(m_path, target); // would never end if the view ran
    QCOMPARE(report.leftOut.size(), 1);
    QCOMPARE(report.leftOut.first().describe(), u"view 'map' in place of table 'map'"_s);
    QCOMPARE(report.notes, QStringList{u"table map is missing; nothing of it was copied"_s});
    QCOMPARE(Test::querySql(target, u"SELECT title FROM map"_s).toString(), QString());
    QCOMPARE(Test::querySql(target, u"SELECT count(*) FROM stage"_s).toInt(), 7);
}

// A generated column's expression is the file's, so it is never read: this one would fail.
void TestMapRepair::neverEvaluatesGeneratedColumns()
{
    QVERIFY(Test::runSql(m_path, {u"ALTER TABLE card ADD COLUMN bomb TEXT GENERATED ALWAYS AS (printf('%.*c', 2000000000, 'x')) VIRTUAL"_s})
                .isEmpty());
    const QString target = repaired(m_path);
    QCOMPARE(Test::querySql(target, u"SELECT count(*) FROM card"_s).toInt(), 59);
    QCOMPARE(Test::querySql(target, u"SELECT count(*) FROM pragma_table_xinfo('card') WHERE name = 'bomb'"_s).toInt(), 0);
}

void TestMapRepair::refusesExistingTarget()
{
    const QString target = m_dir->filePath(u"taken.waymark"_s);
    QFile file(target);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("mine");
    file.close();
    try {
        MapRepair::repair(m_path, target);
        QFAIL("replaced an existing file");
    } catch (const StoreError &e) {
        QCOMPARE(e.code(), StoreError::Code::Exists);
    }
    QFile check(target);
    QVERIFY(check.open(QIODevice::ReadOnly));
    QCOMPARE(check.readAll(), QByteArray("mine"));
    QCOMPARE(Test::entriesOf(m_dir->path()), (QStringList{u"map.waymark"_s, u"taken.waymark"_s}));
}

QTEST_GUILESS_MAIN(TestMapRepair)
#include "tst_maprepair.moc"
