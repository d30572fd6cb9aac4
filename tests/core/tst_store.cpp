// Every entity with every field survives a write to the file and a read back.

#include "document/document.h"
#include "store/mapreader.h"
#include "store/schema.h"
#include "support/testsupport.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Waymark;

namespace {

// A map where every field of every entity differs from its default.
MapData fullMap()
{
    MapData data;
    data.info = {u"Röund trip ✓"_s, u"Every field, \"quoted\" and\nmulti-line"_s, u"Ana Lima"_s, u"2027-03-31"_s};
    data.stages = {
        {1, u"Awareness"_s, u"Hears of us"_s, QColor(u"#336699"_s), 300, 35.5, 80},
        {2, u"Purchase"_s, QString(), QColor(), 212.5, std::nullopt, std::nullopt},
    };
    data.lanes = {
        {1, u"Touchpoints"_s, LaneKind::Touchpoints, QColor(u"#aabbcc"_s)},
        {2, u"Pains"_s, LaneKind::PainPoints, QColor()},
        {3, u"Ideas"_s, LaneKind::Opportunities, QColor()},
    };
    Persona p;
    p.id = 1;
    p.name = u"Priya"_s;
    p.role = u"Switcher"_s;
    p.age = 34;
    p.gender = u"female"_s;
    p.segment = u"Value seekers"_s;
    p.quote = u"Just tell me the real price."_s;
    p.goals = u"Pay less\nKeep her number"_s;
    p.needs = u"Clear prices"_s;
    p.pains = u"Hidden fees"_s;
    p.motivations = u"Saving"_s;
    p.says = u"says"_s;
    p.thinks = u"thinks"_s;
    p.does = u"does"_s;
    p.feels = u"feels"_s;
    p.color = QColor(u"#e67e22"_s);
    static constexpr char photo[] = "\x89PNG\r\n\x1a\n\0\0binary"; // with NULs: bytes, not text
    p.photo = QByteArray(photo, sizeof photo - 1);
    Persona q;
    q.id = 2;
    q.name = u"Graham"_s;
    data.personas = {p, q};
    data.businessPeriods = {{1, u"2025"_s, 12000, 1800, 49.9, 2.5, 4}, {2, u"2026"_s, 0, 0, 0, 0, 0}};

    Card touchpoint;
    touchpoint.id = 1;
    touchpoint.stage = 1;
    touchpoint.lane = 1;
    touchpoint.position = 0;
    touchpoint.kind = CardKind::Touchpoint;
    touchpoint.title = u"Price comparison site"_s;
    touchpoint.description = u"Finds our offer"_s;
    touchpoint.color = QColor(u"#010203"_s);
    touchpoint.evidence = Evidence::Observed;
    touchpoint.channel = Channel::Web;
    touchpoint.personas = {1, 2};
    Card second = touchpoint;
    second.id = 2;
    second.position = 1;
    second.channel = Channel::Ad;
    second.personas = {};
    Card pain;
    pain.id = 3;
    pain.stage = 2;
    pain.lane = 2;
    pain.kind = CardKind::PainPoint;
    pain.title = u"Queue"_s;
    pain.severity = 5;
    pain.evidence = Evidence::Assumed;
    Card idea;
    idea.id = 4;
    idea.stage = 2;
    idea.lane = 3;
    idea.kind = CardKind::Opportunity;
    idea.title = u"Book a slot"_s;
    idea.effort = 2;
    idea.impact = 5;
    idea.owner = u"Store ops"_s;
    idea.status = OpportunityStatus::InProgress;
    idea.evidence = Evidence::Proposed;
    idea.personas = {2};
    data.cards = {touchpoint, second, pain, idea};
    data.emotionPoints = {{1, 1, -3, u"confused"_s}, {1, 2, 4, QString()}, {2, 2, -5, u"furious"_s}};
    return data;
}

} // namespace

class TestStore : public QObject
{
    Q_OBJECT

private slots:
    void roundTripEveryEntity();
    void responsesRoundTrip();
    void fileIsMarkedAsOurs();
    void textColumnsHaveOneSpellingOfEmpty();
    void copyToWritesACompleteMap();
};

void TestStore::roundTripEveryEntity()
{
    const auto dir = Test::scratchDir();
    const QString path = dir->filePath(u"map.waymark"_s);
    const MapData data = fullMap();
    { const auto created = Document::create(path, data); QCOMPARE(created->snapshot(), data); }
    const auto reopened = Document::open(path, Store::Access::ReadOnly);
    const MapData loaded = reopened->snapshot();
    QCOMPARE(loaded.info, data.info);
    QCOMPARE(loaded.stages, data.stages);
    QCOMPARE(loaded.lanes, data.lanes);
    QCOMPARE(loaded.personas, data.personas);
    QCOMPARE(loaded.businessPeriods, data.businessPeriods);
    QCOMPARE(loaded.cards, data.cards);
    QCOMPARE(loaded.emotionPoints, data.emotionPoints);
}

void TestStore::responsesRoundTrip()
{
    const auto dir = Test::scratchDir();
    const QString path = dir->filePath(u"map.waymark"_s);
    auto document = Document::create(path, fullMap());
    Response full;
    full.id = 7;
    full.stage = 1;
    full.touchpoint = 1;
    full.respondent = u"R-7"_s;
    full.nps = 0;
    full.csat = 5;
    full.ces = 7;
    full.fcr = false;
    full.responseMinutes = 0.25;
    full.submittedAt = u"2026-03-01T10:00:00Z"_s;
    full.attributes = {{u"age"_s, u"41"_s}, {u"gender"_s, u"female"_s}, {u"région"_s, u"Île-de-France"_s}};
    Response empty;
    empty.id = 8;
    empty.stage = 1;
    document->insertResponses({full, empty});
    QCOMPARE(document->responseCount(), 2);
    const ResponseBatch read = document->responsesOfStages({1});
    QCOMPARE(read.size(), 2);
    QCOMPARE(read.response(0), full);
    QCOMPARE(read.response(1), empty);
    QCOMPARE(document->responsesNamingTouchpoint(1), QList<Id>{7});
}

void TestStore::fileIsMarkedAsOurs()
{
    const auto dir = Test::scratchDir();
    const QString path = dir->filePath(u"map.waymark"_s);
    Document::create(path, fullMap()).reset();
    const QString dump = Test::dumpTables(path);
    QVERIFY(dump.startsWith(u"application_id=%1 user_version=%2\n"_s.arg(Schema::ApplicationId).arg(Schema::CurrentVersion)));
}

void TestStore::textColumnsHaveOneSpellingOfEmpty()
{
    const auto dir = Test::scratchDir();
    const QString path = dir->filePath(u"map.waymark"_s);
    Document::create(path, fullMap()).reset();
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"probe"_s);
    db.setDatabaseName(path);
    QVERIFY(db.open());
    QSqlQuery q(u"SELECT count(*) FROM stage WHERE description IS NULL OR color IS NULL"_s, db);
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 0);
    q = QSqlQuery(u"SELECT count(*) FROM card WHERE description IS NULL OR color IS NULL OR owner IS NULL"_s, db);
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 0);
    q = QSqlQuery(u"SELECT count(*) FROM stage WHERE nps_target IS NULL AND csat_target IS NULL"_s, db);
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 1); // an unset target is NULL, not 0
    q = QSqlQuery(u"SELECT count(*) FROM persona WHERE photo IS NULL"_s, db);
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 1); // Graham has no photo: NULL, not an empty blob
    q = QSqlQuery();
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(u"probe"_s);
}

void TestStore::copyToWritesACompleteMap()
{
    const auto dir = Test::scratchDir();
    const QString path = dir->filePath(u"map.waymark"_s);
    const QString copy = dir->filePath(u"copy.waymark"_s);
    auto document = Document::create(path, fullMap());
    document->store().copyTo(copy);
    QCOMPARE(Test::dumpTables(copy), Test::dumpTables(path));
    QCOMPARE(Document::open(copy, Store::Access::ReadOnly)->snapshot(), fullMap());
}

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
