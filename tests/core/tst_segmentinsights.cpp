// Segment insights of one and two attributes (DESIGN.md, "Segment insights"): the seeds'
// finding "women 35-54 rate us 9-10" is found as that pair and ranked first; random answers
// with no effect give no finding in at least 95 of 100 seeded surveys (Bonferroni over every
// segment tested); a pair that is one of its values again is not a second finding; the
// normal quantile behind the correction; and the figures within a filter of two conditions.

#include "metrics/metricsreport.h"
#include "metrics/responsecube.h"
#include "metrics/segmentinsights.h"
#include "model/responsebatch.h"

#include <QRandomGenerator>
#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace Waymark;

namespace {

const QStringList Regions = {u"north"_s, u"south"_s, u"east"_s, u"west"_s};

// A survey of `respondents` people with a gender, an age (18-74) and a region, answering NPS
// from 0 to 10 at random; with `effect`, women of 35-54 answer 9 or 10 and everyone else 0-8.
ResponseBatch survey(quint32 seed, int respondents, bool effect)
{
    QRandomGenerator random(seed);
    ResponseBatch batch;
    for (int i = 0; i < respondents; ++i) {
        const bool woman = random.bounded(2) == 0;
        const int age = 18 + int(random.bounded(57));
        Response r;
        r.stage = 1 + random.bounded(3);
        const bool happy = woman && age >= 35 && age <= 54;
        r.nps = effect ? (happy ? 9 + int(random.bounded(2)) : int(random.bounded(9))) : int(random.bounded(11));
        r.attributes = {{u"gender"_s, woman ? u"female"_s : u"male"_s},
                        {u"age"_s, QString::number(age)},
                        {u"region"_s, Regions.at(int(random.bounded(4)))}};
        batch.append(r);
    }
    return batch;
}

SegmentInsights::Result search(const ResponseCube &cube, const QList<SegmentCondition> &filter = {})
{
    const QList<bool> sets = cube.setsMatching(filter);
    QList<AnswerSums> bySet(cube.setCount());
    for (const ResponseCube::Group &group : cube.groups()) {
        if (sets.at(group.set))
            bySet[group.set].add(group.sums);
    }
    QList<int> fixed;
    for (const SegmentCondition &condition : filter)
        fixed.append(cube.attributeIndex(condition.attribute));
    return SegmentInsights::find(cube, bySet, fixed);
}

} // namespace

class TestSegmentInsights : public QObject
{
    Q_OBJECT

private slots:
    void pairFoundFirst_data();
    void pairFoundFirst();
    void noEffectNoFinding();
    void pairThatIsOneValue();
    void normalQuantile_data();
    void normalQuantile();
    void withinFilter();
};

void TestSegmentInsights::pairFoundFirst_data()
{
    QTest::addColumn<quint32>("seed");
    QTest::addColumn<int>("respondents");
    for (const quint32 seed : {1u, 2u, 3u})
        QTest::addRow("seed %u, 600 people", seed) << seed << 600;
    QTest::newRow("seed 4, 2000 people") << 4u << 2000;
}

void TestSegmentInsights::pairFoundFirst()
{
    QFETCH(quint32, seed);
    QFETCH(int, respondents);

    const ResponseCube cube(survey(seed, respondents, true));
    const SegmentInsights::Result result = search(cube);
    QVERIFY(!result.insights.isEmpty());
    const SegmentInsight &top = result.insights.first();
    QCOMPARE(top.conditions.size(), 2);
    QCOMPARE(top.conditions.at(0).attribute, u"age"_s); // attributes in name order
    QVERIFY2(top.conditions.at(0).value == u"35-44"_s || top.conditions.at(0).value == u"45-54"_s,
             qPrintable(top.conditions.at(0).value));
    QCOMPARE(top.conditions.at(1), (SegmentCondition{u"gender"_s, u"female"_s}));
    QVERIFY(top.higher);
    QCOMPARE(*top.segment.nps, 100.0);
    QVERIFY(top.segment.npsN >= SegmentInsights::MinAnswers);
    QVERIFY(top.segmentInterval.first > top.restInterval.second);
    // Ranked by effect size; the singles the pair lifts come after it.
    for (qsizetype i = 1; i < result.insights.size(); ++i)
        QVERIFY(std::abs(result.insights.at(i - 1).effect()) >= std::abs(result.insights.at(i).effect()));
    // Every value and every pair of values with 30 answers on each side was tested.
    QVERIFY(result.method.tested > 10);
    QCOMPARE(result.method.z, SegmentInsights::normalQuantile(SegmentInsights::Alpha / (2.0 * double(result.method.tested))));
}

void TestSegmentInsights::noEffectNoFinding()
{
    // Dozens of segments a survey: without the correction about one in three of these
    // surveys would show a "finding".
    int withFinding = 0;
    for (quint32 seed = 1; seed <= 100; ++seed) {
        const SegmentInsights::Result result = search(ResponseCube(survey(1000 + seed, 600, false)));
        QVERIFY(result.method.tested > 10);
        withFinding += !result.insights.isEmpty();
    }
    QVERIFY2(withFinding <= 5, qPrintable(u"%1 of 100 surveys without an effect have a finding"_s.arg(withFinding)));
}

void TestSegmentInsights::pairThatIsOneValue()
{
    // Every Berlin respondent is in Germany: "city = Berlin AND country = Germany" is the
    // city again, not a second finding.
    ResponseBatch batch;
    for (int i = 0; i < 200; ++i) {
        Response r;
        r.stage = 1;
        const bool berlin = i < 60;
        r.nps = berlin ? 10 : i % 11;
        r.attributes = {{u"city"_s, berlin ? u"Berlin"_s : i < 130 ? u"Paris"_s : u"Lyon"_s},
                        {u"country"_s, berlin ? u"Germany"_s : u"France"_s}};
        batch.append(r);
    }
    const SegmentInsights::Result result = search(ResponseCube(batch));
    QVERIFY(!result.insights.isEmpty());
    for (const SegmentInsight &insight : result.insights)
        QCOMPARE(insight.conditions.size(), 1);
}

void TestSegmentInsights::normalQuantile_data()
{
    QTest::addColumn<double>("tail");
    QTest::addColumn<double>("z");
    // Reference values: Python's statistics.NormalDist().inv_cdf(1 - tail).
    QTest::newRow("0.025") << 0.025 << 1.9599639845400536;
    QTest::newRow("0.05 / 6") << 0.05 / 6 << 2.3939797998185104;
    QTest::newRow("0.05 / 200") << 0.05 / 200 << 3.4807564043462422;
    QTest::newRow("0.5") << 0.5 << 0.0;
    QTest::newRow("0.9") << 0.9 << -1.2815515655446008;
}

void TestSegmentInsights::normalQuantile()
{
    QFETCH(double, tail);
    QFETCH(double, z);
    QVERIFY2(std::abs(SegmentInsights::normalQuantile(tail) - z) < 1e-9,
             qPrintable(QString::number(SegmentInsights::normalQuantile(tail), 'g', 17)));
}

void TestSegmentInsights::withinFilter()
{
    // Within women, gender is fixed: only age and region are searched, and the happy band
    // stands out against the other women.
    const ResponseCube cube(survey(7, 1500, true));
    const SegmentInsights::Result result = search(cube, {{u"gender"_s, u"female"_s}});
    QVERIFY(!result.insights.isEmpty());
    for (const SegmentInsight &insight : result.insights) {
        for (const SegmentCondition &condition : insight.conditions)
            QVERIFY(condition.attribute != u"gender"_s);
    }
    const SegmentInsight &top = result.insights.first();
    QCOMPARE(top.conditions.size(), 1);
    QCOMPARE(top.conditions.first().attribute, u"age"_s);
    QVERIFY(top.higher);
}

QTEST_GUILESS_MAIN(TestSegmentInsights)
#include "tst_segmentinsights.moc"
