// The workspace keeps the integrity of a map file: responses name only stages and cards of their
// map, though checked once per statement rather than per row (a COPY of a million rows), and
// the import refuses rows naming what someone deleted meanwhile, writing nothing (issue 16).

#include "model/responsebatch.h"
#include "store/storeerror.h"
#include "support/scratchworkspace.h"
#include "support/testsupport.h"
#include "templates/templatelibrary.h"
#include "workspace/workspace.h"
#include "workspace/workspaceaddress.h"
#include "workspace/workspaceconnection.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Waymark;

class TestWorkspaceIntegrity : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void statementsAreChecked_data();
    void statementsAreChecked();
    void importRefusesWhatIsGone_data();
    void importRefusesWhatIsGone();
    void deletingAMapDeletesItsResponses();

private:
    qint64 count(const QString &sql);

    std::unique_ptr<Test::ScratchWorkspace> m_scratch;
    std::unique_ptr<Workspace> m_workspace;
    MapData m_map;
};

void TestWorkspaceIntegrity::init()
{
    if (Test::postgresUrl().isEmpty())
        return;
    m_scratch = std::make_unique<Test::ScratchWorkspace>();
    const WorkspaceAddress address = WorkspaceAddress::parse(m_scratch->url());
    Workspace::init(address);
    m_workspace = std::make_unique<Workspace>(address);
    m_map = TemplateLibrary::load(u"phone-store"_s);
    // Ids as a map file gives them: 1, 2, 3... per table.
    for (int i = 0; i < m_map.stages.size(); ++i)
        m_map.stages[i].id = i + 1;
    for (int i = 0; i < m_map.lanes.size(); ++i)
        m_map.lanes[i].id = i + 1;
    m_map.cards.clear();
    m_map.emotionPoints.clear();
    m_map.links.clear();
    Card card;
    card.id = 1;
    card.stage = 1;
    card.lane = 1;
    card.kind = CardKind::Touchpoint;
    m_map.cards.append(card);
    ResponseBatch batch;
    for (int i = 0; i < 3; ++i) {
        Response response;
        response.id = i + 1;
        response.stage = i == 2 ? 3 : 1; // stage 3 has a response but no card
        response.touchpoint = i == 0 ? 1 : 0;
        response.nps = 9;
        batch.append(response);
    }
    m_workspace->publish(u"map"_s, m_map, batch, false);
}

void TestWorkspaceIntegrity::cleanup()
{
    m_workspace.reset();
    m_scratch.reset();
}

qint64 TestWorkspaceIntegrity::count(const QString &sql)
{
    return m_workspace->connection().scalar(sql).toLongLong();
}

void TestWorkspaceIntegrity::statementsAreChecked_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QString>("refusal"); // empty: allowed
    QTest::newRow("a response of a stage the map lacks")
        << u"INSERT INTO response (map_id, id, stage_id) SELECT map_id, 10, 999 FROM map"_s << u"names a stage"_s;
    QTest::newRow("a response of a card the map lacks")
        << u"INSERT INTO response (map_id, id, stage_id, touchpoint_id) SELECT map_id, 10, 1, 999 FROM map"_s << u"names a card"_s;
    QTest::newRow("a response moved to a stage the map lacks") << u"UPDATE response SET stage_id = 999 WHERE id = 2"_s << u"names a stage"_s;
    QTest::newRow("a stage that responses name deleted") << u"DELETE FROM stage WHERE id = 3"_s << u"still name the stage"_s;
    QTest::newRow("a card that responses name deleted") << u"DELETE FROM card WHERE id = 1"_s << u"still name the card"_s;
    QTest::newRow("a good response") << u"INSERT INTO response (map_id, id, stage_id, touchpoint_id) SELECT map_id, 10, 2, 1 FROM map"_s
                                     << QString();
    QTest::newRow("a stage no response names deleted") << u"DELETE FROM stage WHERE id = 7"_s << QString();
}

void TestWorkspaceIntegrity::statementsAreChecked()
{
    REQUIRE_POSTGRES();
    QFETCH(QString, sql);
    QFETCH(QString, refusal);
    try {
        m_scratch->execute(sql);
        QVERIFY2(refusal.isEmpty(), "allowed");
    } catch (const StoreError &e) {
        QVERIFY2(!refusal.isEmpty(), qPrintable(e.message()));
        QVERIFY2(e.message().contains(refusal), qPrintable(e.message()));
        QCOMPARE(count(u"SELECT count(*) FROM response"_s), 3); // nothing of the statement stays
        QCOMPARE(count(u"SELECT count(*) FROM stage"_s), m_map.stages.size());
    }
}

void TestWorkspaceIntegrity::importRefusesWhatIsGone_data()
{
    QTest::addColumn<Id>("stage");
    QTest::addColumn<Id>("touchpoint");
    QTest::addColumn<QString>("refusal");
    QTest::newRow("a stage deleted meanwhile") << Id(999) << Id(0) << u"names stage 999"_s;
    QTest::newRow("a card deleted meanwhile") << Id(1) << Id(999) << u"names card 999"_s;
    QTest::newRow("all there") << Id(2) << Id(1) << QString();
}

void TestWorkspaceIntegrity::importRefusesWhatIsGone()
{
    REQUIRE_POSTGRES();
    QFETCH(Id, stage);
    QFETCH(Id, touchpoint);
    QFETCH(QString, refusal);
    ResponseBatch batch;
    for (int i = 0; i < 1000; ++i) {
        Response response;
        response.stage = i == 500 ? stage : 2;
        response.touchpoint = i == 500 ? touchpoint : 0;
        response.respondent = u"R%1"_s.arg(i);
        response.csat = 1 + i % 5;
        batch.append(response);
    }
    const qint64 changes = count(u"SELECT count(*) FROM change_log"_s);
    try {
        m_workspace->importResponses(u"map"_s, batch);
        QVERIFY2(refusal.isEmpty(), "imported");
        QCOMPARE(count(u"SELECT count(*) FROM response"_s), 1003);
        QCOMPARE(count(u"SELECT max(id) FROM response"_s), 1003); // numbered after the last
        QCOMPARE(batch.row(0).id, 4);
        QCOMPARE(count(u"SELECT count(*) FROM change_log"_s), changes + 1);
    } catch (const StoreError &e) {
        QVERIFY2(!refusal.isEmpty(), qPrintable(e.message()));
        QVERIFY2(e.message().contains(refusal) && e.message().contains(u"nothing was imported"_s), qPrintable(e.message()));
        QCOMPARE(count(u"SELECT count(*) FROM response"_s), 3);
        QCOMPARE(count(u"SELECT count(*) FROM change_log"_s), changes);
    }
}

void TestWorkspaceIntegrity::deletingAMapDeletesItsResponses()
{
    REQUIRE_POSTGRES();
    m_scratch->execute(u"DELETE FROM map"_s);
    for (const QString &table : {u"response"_s, u"stage"_s, u"card"_s, u"lane"_s, u"change_log"_s})
        QCOMPARE(count(u"SELECT count(*) FROM "_s + table), 0);
}

QTEST_MAIN(TestWorkspaceIntegrity)
#include "tst_workspaceintegrity.moc"
