// The prioritisation rules the roadmap dock, the PDF report and the roadmap CSV share: the
// score (impact ÷ effort), the quadrants of the effort × impact matrix and the ranking.

#include "document/document.h"
#include "planning/opportunityranking.h"
#include "support/testsupport.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Waymark;
using Quadrant = OpportunityRanking::Quadrant;

Q_DECLARE_METATYPE(Waymark::OpportunityRanking::Quadrant)

class TestOpportunityRanking : public QObject
{
    Q_OBJECT

private slots:
    void scoreAndQuadrant_data();
    void scoreAndQuadrant();
    void ranking_data();
    void ranking();
    void quadrantKeysAreSingleWords();
};

void TestOpportunityRanking::scoreAndQuadrant_data()
{
    QTest::addColumn<int>("effort");
    QTest::addColumn<int>("impact");
    QTest::addColumn<double>("score");
    QTest::addColumn<Quadrant>("quadrant");

    QTest::newRow("cheap and valuable") << 1 << 5 << 5.0 << Quadrant::QuickWin;
    QTest::newRow("middle counts as low") << 3 << 3 << 1.0 << Quadrant::FillIn;
    QTest::newRow("impact 4 is high") << 3 << 4 << 4.0 / 3 << Quadrant::QuickWin;
    QTest::newRow("effort 4 is high") << 4 << 3 << 0.75 << Quadrant::MoneyPit;
    QTest::newRow("expensive and valuable") << 5 << 5 << 1.0 << Quadrant::BigBet;
    QTest::newRow("expensive and worthless") << 5 << 1 << 0.2 << Quadrant::MoneyPit;
}

void TestOpportunityRanking::scoreAndQuadrant()
{
    QFETCH(int, effort);
    QFETCH(int, impact);
    QFETCH(double, score);
    QFETCH(Quadrant, quadrant);
    Card card;
    card.kind = CardKind::Opportunity;
    card.effort = effort;
    card.impact = impact;
    QCOMPARE(OpportunityRanking::score(card), score);
    QCOMPARE(OpportunityRanking::quadrantOf(card), quadrant);
}

void TestOpportunityRanking::ranking_data()
{
    // Cards as "title:effort/impact" in document order (two stages, one lane), and the
    // expected order of the opportunities; n: a note, which is never ranked.
    QTest::addColumn<QStringList>("stage1");
    QTest::addColumn<QStringList>("stage2");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("by score") << QStringList{u"a:4/2"_s, u"b:1/5"_s} << QStringList{u"c:2/4"_s}
                              << QStringList{u"b"_s, u"c"_s, u"a"_s};
    QTest::newRow("ties go to impact") << QStringList{u"low:1/1"_s} << QStringList{u"high:5/5"_s}
                                       << QStringList{u"high"_s, u"low"_s};
    QTest::newRow("full ties keep document order") << QStringList{u"first:2/2"_s, u"second:2/2"_s}
                                                   << QStringList{u"third:2/2"_s}
                                                   << QStringList{u"first"_s, u"second"_s, u"third"_s};
    QTest::newRow("notes are not ranked") << QStringList{u"n:1/5"_s, u"x:3/3"_s} << QStringList{}
                                          << QStringList{u"x"_s};
    QTest::newRow("none") << QStringList{} << QStringList{} << QStringList{};
}

void TestOpportunityRanking::ranking()
{
    QFETCH(QStringList, stage1);
    QFETCH(QStringList, stage2);
    QFETCH(QStringList, expected);

    MapData data;
    for (const Id id : {1, 2}) {
        Stage stage;
        stage.id = id;
        stage.name = u"Stage %1"_s.arg(id);
        data.stages.append(stage);
    }
    Lane lane;
    lane.id = 1;
    lane.name = u"Ideas"_s;
    lane.kind = LaneKind::Opportunities;
    data.lanes.append(lane);
    Id next = 1;
    const auto add = [&](const QStringList &cards, Id stage) {
        int position = 0;
        for (const QString &spec : cards) {
            Card card;
            card.id = next++;
            card.stage = stage;
            card.lane = 1;
            card.position = position++;
            card.title = spec.section(u':', 0, 0);
            card.kind = card.title == u"n"_s ? CardKind::Note : CardKind::Opportunity;
            card.effort = spec.section(u':', 1).section(u'/', 0, 0).toInt();
            card.impact = spec.section(u'/', 1).toInt();
            data.cards.append(card);
        }
    };
    add(stage1, 1);
    add(stage2, 2);
    const auto dir = Test::scratchDir();
    const auto document = Document::create(dir->filePath(u"map.waymark"_s), data);
    QStringList titles;
    for (const Id id : OpportunityRanking::ranked(*document))
        titles.append(document->card(id)->title);
    QCOMPARE(titles, expected);
}

void TestOpportunityRanking::quadrantKeysAreSingleWords()
{
    // Board labels (Jira, Trello) cannot hold spaces.
    for (const Quadrant q : {Quadrant::QuickWin, Quadrant::BigBet, Quadrant::FillIn, Quadrant::MoneyPit}) {
        QVERIFY(!OpportunityRanking::quadrantKey(q).contains(u' '));
        QVERIFY(!OpportunityRanking::quadrantHeading(q).isEmpty());
        QVERIFY(!OpportunityRanking::quadrantHint(q).isEmpty());
    }
}

QTEST_GUILESS_MAIN(TestOpportunityRanking)
#include "tst_opportunityranking.moc"
