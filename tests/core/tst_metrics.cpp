// The metrics engine against fixtures computed by hand from the definitions of DESIGN.md
// ("Metric definitions"): NPS with its boundaries and 95 % interval, CSAT (share and mean),
// CES, FCR, response time, churn and CLV, null (never 0) for n = 0, breakdowns per stage,
// touchpoint, segment and age band, and the segment insights. Responses go in through the
// document's response API, so the figures come from the stored response summary.

#include "document/document.h"
#include "io/formaterror.h"
#include "metrics/metricsformat.h"
#include "metrics/metricsreport.h"
#include "metrics/segmentinsights.h"
#include "support/testsupport.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

#include <cmath>
#include <memory>

using namespace Qt::StringLiterals;
using namespace Waymark;

namespace {

// One survey answer set, with its stage as an index into the map's stages and its touchpoint
// as a card title, so that test data can be written before the map exists:
// Answer().inStage(2).withNps(9).with(u"gender"_s, u"female"_s).
struct Answer {
    int stage = 0;
    std::optional<int> nps;
    std::optional<int> csat;
    std::optional<int> ces;
    std::optional<bool> fcr;
    std::optional<double> minutes;
    QList<QPair<QString, QString>> attributes;
    QString touchpoint;

    Answer inStage(int index) const { Answer a = *this; a.stage = index; return a; }
    Answer withNps(int score) const { Answer a = *this; a.nps = score; return a; }
    Answer withCsat(int score) const { Answer a = *this; a.csat = score; return a; }
    Answer withCes(int score) const { Answer a = *this; a.ces = score; return a; }
    Answer withFcr(bool resolved) const { Answer a = *this; a.fcr = resolved; return a; }
    Answer withMinutes(double value) const { Answer a = *this; a.minutes = value; return a; }
    Answer with(const QString &attribute, const QString &value) const { Answer a = *this; a.attributes.append({attribute, value}); return a; }
    Answer naming(const QString &title) const { Answer a = *this; a.touchpoint = title; return a; }
};
using Answers = QList<Answer>;

Answers npsAnswers(const QList<int> &scores)
{
    Answers answers;
    for (const int score : scores)
        answers.append(Answer().withNps(score));
    return answers;
}

// `promoters` answers of 10, `passives` of 8 and `detractors` of 3, all with attribute = value.
Answers group(const QString &attribute, const QString &value, int promoters, int passives, int detractors)
{
    Answers answers;
    for (int i = 0; i < promoters + passives + detractors; ++i)
        answers.append(Answer().withNps(i < promoters ? 10 : i < promoters + passives ? 8 : 3).with(attribute, value));
    return answers;
}

bool close(double actual, double expected)
{
    return std::abs(actual - expected) <= 1e-9 * std::max(1.0, std::abs(expected));
}

QString shown(const std::optional<double> &value)
{
    return value ? QString::number(*value, 'g', 17) : u"null"_s;
}

} // namespace

Q_DECLARE_METATYPE(Answers)

// Compares an optional figure with an expected number, or with "null" when `expected` is NaN.
#define COMPARE_FIGURE(actual, expected)                                                                      \
    do {                                                                                                      \
        const std::optional<double> a_ = (actual);                                                            \
        const double e_ = (expected);                                                                         \
        if (std::isnan(e_))                                                                                   \
            QVERIFY2(!a_, qPrintable(u"%1 is %2, expected null"_s.arg(QLatin1StringView(#actual), shown(a_)))); \
        else                                                                                                  \
            QVERIFY2(a_ && close(*a_, e_),                                                                    \
                     qPrintable(u"%1 is %2, expected %3"_s.arg(QLatin1StringView(#actual), shown(a_)).arg(e_, 0, 'g', 17))); \
    } while (false)

static const double Null = std::nan("");

class TestMetrics : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void npsBoundaries_data();
    void npsBoundaries();
    void nps_data();
    void nps();
    void csat_data();
    void csat();
    void ces_data();
    void ces();
    void fcr_data();
    void fcr();
    void responseMinutes_data();
    void responseMinutes();
    void unansweredIsNull();
    void emptyStageIsNullInJson();
    void emptyMapIsNull();
    void jsonShape();

    void business_data();
    void business();
    void businessOfTemplate();
    void noBusinessFigures();

    void stages();
    void touchpoints();
    void touchpointNamedInAnotherStage();
    void segments();
    void segmentFilter();
    void segmentFilterSpellings();
    void unknownAttribute();
    void ageBands_data();
    void ageBands();
    void ageBreakdown();

    void insights_data();
    void insights();

private:
    void useTemplate(const QString &name);
    void add(const Answers &answers);
    Id touchpointTitled(const QString &title) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Document> m_doc;
};

void TestMetrics::init()
{
    m_dir = Test::scratchDir();
    QVERIFY(m_dir->isValid());
    useTemplate(u"phone-store"_s);
}

void TestMetrics::cleanup()
{
    m_doc.reset();
    m_dir.reset();
}

void TestMetrics::useTemplate(const QString &name)
{
    m_doc.reset();
    m_doc = Test::documentFromTemplate(m_dir->filePath(name + u".waymark"_s), name);
    QVERIFY(m_doc);
    QCOMPARE(m_doc->responseCount(), 0);
}

Id TestMetrics::touchpointTitled(const QString &title) const
{
    for (const Stage &stage : m_doc->stages()) {
        for (const Id id : m_doc->cardsOfStage(stage.id)) {
            if (m_doc->card(id)->kind == CardKind::Touchpoint && m_doc->card(id)->title == title)
                return id;
        }
    }
    return 0;
}

void TestMetrics::add(const Answers &answers)
{
    QList<Response> responses;
    for (const Answer &answer : answers) {
        Response r;
        r.stage = m_doc->stages().at(answer.stage).id;
        if (!answer.touchpoint.isEmpty()) {
            r.touchpoint = touchpointTitled(answer.touchpoint);
            QVERIFY2(r.touchpoint, qPrintable(answer.touchpoint));
        }
        r.nps = answer.nps;
        r.csat = answer.csat;
        r.ces = answer.ces;
        r.fcr = answer.fcr;
        r.responseMinutes = answer.minutes;
        r.attributes = answer.attributes;
        responses.append(r);
    }
    const qint64 before = m_doc->responseCount();
    m_doc->insertResponses(responses);
    QCOMPARE(m_doc->responseCount(), before + responses.size());
}

// 0-6 detractor, 7-8 passive, 9-10 promoter.
void TestMetrics::npsBoundaries_data()
{
    QTest::addColumn<int>("score");
    QTest::addColumn<int>("promoters");
    QTest::addColumn<int>("passives");
    QTest::addColumn<int>("detractors");
    QTest::addColumn<double>("nps");

    QTest::newRow("0") << 0 << 0 << 0 << 1 << -100.0;
    QTest::newRow("6") << 6 << 0 << 0 << 1 << -100.0;
    QTest::newRow("7") << 7 << 0 << 1 << 0 << 0.0;
    QTest::newRow("8") << 8 << 0 << 1 << 0 << 0.0;
    QTest::newRow("9") << 9 << 1 << 0 << 0 << 100.0;
    QTest::newRow("10") << 10 << 1 << 0 << 0 << 100.0;
}

void TestMetrics::npsBoundaries()
{
    QFETCH(int, score);
    QFETCH(int, promoters);
    QFETCH(int, passives);
    QFETCH(int, detractors);
    QFETCH(double, nps);

    add(npsAnswers({score}));
    const Metrics m = MetricsEngine::compute(*m_doc).overall;
    QCOMPARE(m.npsN, 1);
    QCOMPARE(m.promoters, promoters);
    QCOMPARE(m.passives, passives);
    QCOMPARE(m.detractors, detractors);
    COMPARE_FIGURE(m.nps, nps);
    // One answer: p and d are 0 or 1, the variance 0, the interval a point.
    QVERIFY(m.npsCi95);
    COMPARE_FIGURE(m.npsCi95->first, nps);
    COMPARE_FIGURE(m.npsCi95->second, nps);
}

// NPS = 100 (P - D) / n; var = p + d - (p - d)^2, ci95 = NPS -/+ 100 * 1.96 * sqrt(var / n).
void TestMetrics::nps_data()
{
    QTest::addColumn<QList<int>>("scores");
    QTest::addColumn<int>("promoters");
    QTest::addColumn<int>("passives");
    QTest::addColumn<int>("detractors");
    QTest::addColumn<double>("nps");
    QTest::addColumn<double>("low");
    QTest::addColumn<double>("high");

    // p = d = 0.4: var = 0.8, se = sqrt(0.08) = 0.28284271, margin = 196 * se = 55.4371716.
    QTest::newRow("ten, balanced") << QList<int>{10, 9, 8, 7, 6, 0, 10, 9, 3, 5} << 4 << 2 << 4 << 0.0
                                   << -55.43717164502532 << 55.43717164502532;
    // p = 0.6, d = 0.2: NPS 40, var = 0.8 - 0.16 = 0.64, se = sqrt(0.128), margin 70.1230918.
    QTest::newRow("five") << QList<int>{9, 9, 9, 7, 6} << 3 << 1 << 1 << 40.0 << -30.123091774393416 << 110.12309177439342;
    // p = 0.5, d = 0: NPS 50, var = 0.25, se = sqrt(0.125), margin 69.2964646.
    QTest::newRow("promoter and passive") << QList<int>{9, 7} << 1 << 1 << 0 << 50.0 << -19.296464556281663
                                          << 119.29646455628166;
    // p = 0.6, d = 0.15: NPS 45, var = 0.75 - 0.2025 = 0.5475, se = sqrt(0.027375), margin 32.4289685.
    QTest::newRow("twenty") << QList<int>{10, 10, 10, 10, 9, 9, 9, 9, 9, 9, 10, 10, 8, 8, 7, 7, 8, 0, 6, 2} << 12 << 5 << 3
                            << 45.0 << 12.57103146876237 << 77.42896853123762;
    QTest::newRow("all promoters") << QList<int>{10, 9} << 2 << 0 << 0 << 100.0 << 100.0 << 100.0;
    QTest::newRow("all detractors") << QList<int>{0, 1, 6} << 0 << 0 << 3 << -100.0 << -100.0 << -100.0;
    QTest::newRow("all passives") << QList<int>{7, 8, 8} << 0 << 3 << 0 << 0.0 << 0.0 << 0.0;
}

void TestMetrics::nps()
{
    QFETCH(QList<int>, scores);
    QFETCH(int, promoters);
    QFETCH(int, passives);
    QFETCH(int, detractors);
    QFETCH(double, nps);
    QFETCH(double, low);
    QFETCH(double, high);

    add(npsAnswers(scores));
    const Metrics m = MetricsEngine::compute(*m_doc).overall;
    QCOMPARE(m.responses, scores.size());
    QCOMPARE(m.npsN, scores.size());
    QCOMPARE(m.promoters, promoters);
    QCOMPARE(m.passives, passives);
    QCOMPARE(m.detractors, detractors);
    COMPARE_FIGURE(m.nps, nps);
    QVERIFY(m.npsCi95);
    COMPARE_FIGURE(m.npsCi95->first, low);
    COMPARE_FIGURE(m.npsCi95->second, high);

    // The same in the JSON, unrounded.
    const QJsonObject json = MetricsFormat::toJson(m).value(u"nps"_s).toObject();
    QVERIFY(close(json.value(u"score"_s).toDouble(), nps));
    QCOMPARE(json.value(u"n"_s).toInteger(), scores.size());
    QCOMPARE(json.value(u"promoters"_s).toInteger(), promoters);
    QCOMPARE(json.value(u"passives"_s).toInteger(), passives);
    QCOMPARE(json.value(u"detractors"_s).toInteger(), detractors);
    const QJsonArray ci = json.value(u"ci95"_s).toArray();
    QCOMPARE(ci.size(), 2);
    QVERIFY(close(ci.at(0).toDouble(), low));
    QVERIFY(close(ci.at(1).toDouble(), high));
}

// CSAT = 100 x (answers 4 or 5) / n; 3 is not satisfied. Also the mean.
void TestMetrics::csat_data()
{
    QTest::addColumn<QList<int>>("scores");
    QTest::addColumn<double>("score");
    QTest::addColumn<double>("mean");

    QTest::newRow("3 is not satisfied") << QList<int>{3} << 0.0 << 3.0;
    QTest::newRow("4 is satisfied") << QList<int>{4} << 100.0 << 4.0;
    QTest::newRow("5 is satisfied") << QList<int>{5} << 100.0 << 5.0;
    QTest::newRow("1 to 5") << QList<int>{1, 2, 3, 4, 5} << 40.0 << 3.0;
    QTest::newRow("5 5 3 1") << QList<int>{5, 5, 3, 1} << 50.0 << 3.5;
    QTest::newRow("4 4 4 3 3 2") << QList<int>{4, 4, 4, 3, 3, 2} << 50.0 << 20.0 / 6.0;
}

void TestMetrics::csat()
{
    QFETCH(QList<int>, scores);
    QFETCH(double, score);
    QFETCH(double, mean);

    Answers answers;
    for (const int s : scores)
        answers.append(Answer().withCsat(s));
    add(answers);
    const Metrics m = MetricsEngine::compute(*m_doc).overall;
    QCOMPARE(m.csatN, scores.size());
    COMPARE_FIGURE(m.csat, score);
    COMPARE_FIGURE(m.csatMean, mean);
    COMPARE_FIGURE(m.nps, Null);
}

// CES = the mean on the 1-7 scale.
void TestMetrics::ces_data()
{
    QTest::addColumn<QList<int>>("scores");
    QTest::addColumn<double>("mean");

    QTest::newRow("one") << QList<int>{7} << 7.0;
    QTest::newRow("ends") << QList<int>{1, 7} << 4.0;
    QTest::newRow("thirds") << QList<int>{2, 3, 3} << 8.0 / 3.0;
    QTest::newRow("every value") << QList<int>{1, 2, 3, 4, 5, 6, 7} << 4.0;
}

void TestMetrics::ces()
{
    QFETCH(QList<int>, scores);
    QFETCH(double, mean);

    Answers answers;
    for (const int s : scores)
        answers.append(Answer().withCes(s));
    add(answers);
    const Metrics m = MetricsEngine::compute(*m_doc).overall;
    QCOMPARE(m.cesN, scores.size());
    COMPARE_FIGURE(m.cesMean, mean);
}

// FCR = 100 x resolved on first contact / contacts answered.
void TestMetrics::fcr_data()
{
    QTest::addColumn<QList<bool>>("answers");
    QTest::addColumn<double>("rate");

    QTest::newRow("yes") << QList<bool>{true} << 100.0;
    QTest::newRow("no") << QList<bool>{false} << 0.0;
    QTest::newRow("two of three") << QList<bool>{true, false, true} << 200.0 / 3.0;
    QTest::newRow("one of four") << QList<bool>{false, false, true, false} << 25.0;
}

void TestMetrics::fcr()
{
    QFETCH(QList<bool>, answers);
    QFETCH(double, rate);

    Answers list;
    for (const bool resolved : answers)
        list.append(Answer().withFcr(resolved));
    list.append(Answer().withNps(9)); // not asked about the contact: not counted
    add(list);
    const Metrics m = MetricsEngine::compute(*m_doc).overall;
    QCOMPARE(m.fcrN, answers.size());
    COMPARE_FIGURE(m.fcrRate, rate);
    // Unrounded in JSON.
    QCOMPARE(MetricsFormat::toJson(m).value(u"fcr"_s).toObject().value(u"rate"_s).toDouble(), *m.fcrRate);
}

void TestMetrics::responseMinutes_data()
{
    QTest::addColumn<QList<double>>("minutes");
    QTest::addColumn<double>("mean");

    QTest::newRow("zero") << QList<double>{0} << 0.0;
    QTest::newRow("three") << QList<double>{0, 2.5, 10} << 12.5 / 3.0;
    QTest::newRow("long waits") << QList<double>{1440, 60, 0.5, 0.5} << 375.25;
}

void TestMetrics::responseMinutes()
{
    QFETCH(QList<double>, minutes);
    QFETCH(double, mean);

    Answers answers;
    for (const double m : minutes)
        answers.append(Answer().withMinutes(m));
    answers.append(Answer().withCsat(4));
    add(answers);
    const Metrics m = MetricsEngine::compute(*m_doc).overall;
    QCOMPARE(m.responses, minutes.size() + 1);
    QCOMPARE(m.minutesN, minutes.size());
    COMPARE_FIGURE(m.minutesMean, mean);
}

// A question nobody answered gives null with n = 0, never 0.
void TestMetrics::unansweredIsNull()
{
    add({Answer().withNps(6), Answer().withNps(10)});
    const Metrics m = MetricsEngine::compute(*m_doc).overall;
    QCOMPARE(m.responses, 2);
    COMPARE_FIGURE(m.nps, 0.0);
    QCOMPARE(m.csatN, 0);
    COMPARE_FIGURE(m.csat, Null);
    COMPARE_FIGURE(m.csatMean, Null);
    QCOMPARE(m.cesN, 0);
    COMPARE_FIGURE(m.cesMean, Null);
    QCOMPARE(m.fcrN, 0);
    COMPARE_FIGURE(m.fcrRate, Null);
    QCOMPARE(m.minutesN, 0);
    COMPARE_FIGURE(m.minutesMean, Null);

    const QJsonObject json = MetricsFormat::toJson(m);
    QVERIFY(json.value(u"csat"_s).toObject().value(u"score"_s).isNull());
    QVERIFY(json.value(u"csat"_s).toObject().value(u"mean"_s).isNull());
    QCOMPARE(json.value(u"csat"_s).toObject().value(u"n"_s).toInteger(-1), 0);
    QVERIFY(json.value(u"ces"_s).toObject().value(u"mean"_s).isNull());
    QVERIFY(json.value(u"fcr"_s).toObject().value(u"rate"_s).isNull());
    QVERIFY(json.value(u"response_minutes"_s).toObject().value(u"mean"_s).isNull());
}

void TestMetrics::emptyStageIsNullInJson()
{
    add({Answer().inStage(0).withNps(10).withCsat(5).withCes(7).withFcr(true).withMinutes(3)});
    const QJsonObject json = MetricsFormat::toJson(MetricsEngine::compute(*m_doc));
    const QJsonArray stages = json.value(u"stages"_s).toArray();
    QCOMPARE(stages.size(), m_doc->stages().size());
    QCOMPARE(stages.at(0).toObject().value(u"nps"_s).toObject().value(u"score"_s).toDouble(), 100.0);

    for (qsizetype i = 1; i < stages.size(); ++i) {
        const QJsonObject stage = stages.at(i).toObject();
        QCOMPARE(stage.value(u"name"_s).toString(), m_doc->stages().at(i).name);
        QCOMPARE(stage.value(u"responses"_s).toInteger(-1), 0);
        const QJsonObject nps = stage.value(u"nps"_s).toObject();
        QVERIFY2(nps.value(u"score"_s).isNull(), qPrintable(stage.value(u"name"_s).toString()));
        QVERIFY(nps.value(u"ci95"_s).isNull());
        QCOMPARE(nps.value(u"n"_s).toInteger(-1), 0);
        QCOMPARE(nps.value(u"promoters"_s).toInteger(-1), 0);
        QVERIFY(stage.value(u"csat"_s).toObject().value(u"score"_s).isNull());
        QVERIFY(stage.value(u"csat"_s).toObject().value(u"mean"_s).isNull());
        QVERIFY(stage.value(u"ces"_s).toObject().value(u"mean"_s).isNull());
        QVERIFY(stage.value(u"fcr"_s).toObject().value(u"rate"_s).isNull());
        QVERIFY(stage.value(u"response_minutes"_s).toObject().value(u"mean"_s).isNull());
        QCOMPARE(stage.value(u"response_minutes"_s).toObject().value(u"n"_s).toInteger(-1), 0);
    }
}

void TestMetrics::emptyMapIsNull()
{
    const MetricsReport report = MetricsEngine::compute(*m_doc);
    QCOMPARE(report.overall.responses, 0);
    COMPARE_FIGURE(report.overall.nps, Null);
    QVERIFY(!report.overall.npsCi95);
    QVERIFY(report.touchpoints.isEmpty());
    QVERIFY(report.insights.isEmpty());
    QVERIFY(report.attributes.isEmpty());
    const QJsonObject json = MetricsFormat::toJson(report);
    QVERIFY(json.value(u"overall"_s).toObject().value(u"nps"_s).toObject().value(u"score"_s).isNull());
    QCOMPARE(json.value(u"stages"_s).toArray().size(), m_doc->stages().size());
}

// The keys of DESIGN.md's `metrics --json`.
void TestMetrics::jsonShape()
{
    add({Answer().inStage(1).withNps(9).withCsat(4).withCes(5).withFcr(false).withMinutes(7).with(u"gender"_s, u"female"_s)
             .naming(u"Greeter with tablet queue"_s)});
    MetricsQuery query;
    query.by = u"gender"_s;
    const QJsonObject json = MetricsFormat::toJson(MetricsEngine::compute(*m_doc, query));
    QStringList keys = json.keys();
    keys.sort();
    QCOMPARE(keys, (QStringList{u"business"_s, u"filter"_s, u"insight_method"_s, u"insights"_s, u"overall"_s, u"segments"_s,
                                u"stages"_s, u"touchpoints"_s}));

    const QJsonObject overall = json.value(u"overall"_s).toObject();
    QCOMPARE(overall.keys(), (QStringList{u"ces"_s, u"csat"_s, u"fcr"_s, u"nps"_s, u"response_minutes"_s, u"responses"_s}));
    QCOMPARE(overall.value(u"nps"_s).toObject().keys(),
             (QStringList{u"ci95"_s, u"detractors"_s, u"n"_s, u"passives"_s, u"promoters"_s, u"score"_s}));
    QCOMPARE(overall.value(u"csat"_s).toObject().keys(), (QStringList{u"mean"_s, u"n"_s, u"score"_s}));
    QCOMPARE(overall.value(u"ces"_s).toObject().keys(), (QStringList{u"mean"_s, u"n"_s}));
    QCOMPARE(overall.value(u"fcr"_s).toObject().keys(), (QStringList{u"n"_s, u"rate"_s}));
    QCOMPARE(overall.value(u"response_minutes"_s).toObject().keys(), (QStringList{u"mean"_s, u"n"_s}));

    const QJsonObject stage = json.value(u"stages"_s).toArray().at(1).toObject();
    QCOMPARE(stage.value(u"name"_s).toString(), u"Store visit"_s);
    QVERIFY(stage.contains(u"responses"_s) && stage.contains(u"nps"_s) && stage.contains(u"response_minutes"_s));

    const QJsonObject touchpoint = json.value(u"touchpoints"_s).toArray().at(0).toObject();
    QCOMPARE(touchpoint.value(u"stage"_s).toString(), u"Store visit"_s);
    QCOMPARE(touchpoint.value(u"name"_s).toString(), u"Greeter with tablet queue"_s);
    QCOMPARE(touchpoint.value(u"responses"_s).toInteger(), 1);

    const QJsonObject segment = json.value(u"segments"_s).toObject().value(u"gender"_s).toArray().at(0).toObject();
    QCOMPARE(segment.value(u"value"_s).toString(), u"female"_s);
    QCOMPARE(segment.value(u"csat"_s).toObject().value(u"score"_s).toDouble(), 100.0);

    const QJsonObject business = json.value(u"business"_s).toObject();
    QVERIFY(business.contains(u"churn_rate"_s) && business.contains(u"clv"_s));
}

// Churn rate = 100 x lost / customers at start; CLV = order value x purchases a year x years.
void TestMetrics::business_data()
{
    QTest::addColumn<qint64>("start");
    QTest::addColumn<qint64>("lost");
    QTest::addColumn<double>("orderValue");
    QTest::addColumn<double>("purchases");
    QTest::addColumn<double>("years");
    QTest::addColumn<double>("churn");
    QTest::addColumn<double>("clv");

    QTest::newRow("quarter") << qint64(2000) << qint64(150) << 25.0 << 4.0 << 3.5 << 7.5 << 350.0;
    QTest::newRow("none lost") << qint64(10) << qint64(0) << 12.0 << 1.0 << 1.0 << 0.0 << 12.0;
    QTest::newRow("a third lost") << qint64(3) << qint64(1) << 9.99 << 12.0 << 2.0 << 100.0 / 3.0 << 239.76;
    QTest::newRow("no customers at start") << qint64(0) << qint64(0) << 20.0 << 2.0 << 5.0 << Null << 200.0;
}

void TestMetrics::business()
{
    QFETCH(qint64, start);
    QFETCH(qint64, lost);
    QFETCH(double, orderValue);
    QFETCH(double, purchases);
    QFETCH(double, years);
    QFETCH(double, churn);
    QFETCH(double, clv);

    // The latest period (the last one) is the one reported.
    m_doc->insertBusinessPeriod(int(m_doc->businessPeriods().size()),
                                BusinessPeriod{0, u"Q1 2026"_s, start, lost, orderValue, purchases, years});
    const MetricsReport report = MetricsEngine::compute(*m_doc);
    QVERIFY(report.business);
    QCOMPARE(report.business->period, u"Q1 2026"_s);
    COMPARE_FIGURE(report.business->churnRate, churn);
    COMPARE_FIGURE(report.business->clv, clv);

    const QJsonObject json = MetricsFormat::toJson(report).value(u"business"_s).toObject();
    if (std::isnan(churn))
        QVERIFY(json.value(u"churn_rate"_s).isNull());
    else
        QVERIFY(close(json.value(u"churn_rate"_s).toDouble(), churn));
    QVERIFY(close(json.value(u"clv"_s).toDouble(), clv));
}

// The phone-store template's latest period: 842,000 customers, 118,000 lost, 33.00 a month,
// 12 a year, 4.5 years.
void TestMetrics::businessOfTemplate()
{
    const MetricsReport report = MetricsEngine::compute(*m_doc);
    QVERIFY(report.business);
    QCOMPARE(report.business->period, u"2025"_s);
    COMPARE_FIGURE(report.business->churnRate, 100.0 * 118000 / 842000); // 14.0142517814...
    COMPARE_FIGURE(report.business->clv, 1782.0);
}

void TestMetrics::noBusinessFigures()
{
    useTemplate(u"blank"_s);
    add(npsAnswers({9}));
    const MetricsReport report = MetricsEngine::compute(*m_doc);
    QVERIFY(!report.business);
    QVERIFY(!MetricsFormat::toJson(report).contains(u"business"_s));
}

void TestMetrics::stages()
{
    add({Answer().inStage(0).withNps(10).withCsat(5),
         Answer().inStage(0).withNps(3).withCsat(3),
         Answer().inStage(2).withNps(8).withCes(6).withFcr(true),
         Answer().inStage(2).withNps(9).withCes(3).withFcr(false),
         Answer().inStage(2).withNps(9).withMinutes(30),
         Answer().inStage(6).withMinutes(1.5)});
    const MetricsReport report = MetricsEngine::compute(*m_doc);
    QCOMPARE(report.stages.size(), m_doc->stages().size());
    for (qsizetype i = 0; i < report.stages.size(); ++i) {
        QCOMPARE(report.stages.at(i).id, m_doc->stages().at(i).id);
        QCOMPARE(report.stages.at(i).name, m_doc->stages().at(i).name);
    }
    const Metrics &first = report.stages.at(0).metrics;
    QCOMPARE(first.responses, 2);
    COMPARE_FIGURE(first.nps, 0.0);
    COMPARE_FIGURE(first.csat, 50.0);
    COMPARE_FIGURE(first.csatMean, 4.0);
    const Metrics &third = report.stages.at(2).metrics;
    QCOMPARE(third.responses, 3);
    COMPARE_FIGURE(third.nps, 200.0 / 3.0);
    COMPARE_FIGURE(third.cesMean, 4.5);
    COMPARE_FIGURE(third.fcrRate, 50.0);
    COMPARE_FIGURE(third.minutesMean, 30.0);
    COMPARE_FIGURE(third.csat, Null);
    const Metrics &last = report.stages.at(6).metrics;
    QCOMPARE(last.responses, 1);
    COMPARE_FIGURE(last.nps, Null);
    COMPARE_FIGURE(last.minutesMean, 1.5);
    QCOMPARE(report.stages.at(1).metrics.responses, 0);
    COMPARE_FIGURE(report.stages.at(1).metrics.nps, Null);

    // Overall: 5 NPS answers, 3 promoters, 1 passive, 1 detractor.
    QCOMPARE(report.overall.responses, 6);
    QCOMPARE(report.overall.npsN, 5);
    COMPARE_FIGURE(report.overall.nps, 40.0);
}

void TestMetrics::touchpoints()
{
    add({Answer().inStage(0).withNps(10).naming(u"Handset and tariff pages"_s),
         Answer().inStage(0).withNps(9).naming(u"Handset and tariff pages"_s),
         Answer().inStage(0).withNps(3).naming(u"Sponsored comparison-site listing"_s),
         Answer().inStage(0).withNps(8),
         Answer().inStage(5).withFcr(true).withMinutes(12).naming(u"Customer service line"_s),
         Answer().inStage(5).withFcr(false).withMinutes(4).naming(u"Customer service line"_s),
         Answer().inStage(5).withCsat(2).naming(u"Chat assistant in the app"_s)});
    const MetricsReport report = MetricsEngine::compute(*m_doc);
    // Only touchpoints that responses name, in map order.
    QCOMPARE(report.touchpoints.size(), 4);
    const QStringList names = {u"Handset and tariff pages"_s, u"Sponsored comparison-site listing"_s,
                               u"Customer service line"_s, u"Chat assistant in the app"_s};
    const QStringList stageNames = {u"Research online"_s, u"Research online"_s, u"Support contact"_s, u"Support contact"_s};
    for (int i = 0; i < 4; ++i) {
        QCOMPARE(report.touchpoints.at(i).name, names.at(i));
        QCOMPARE(report.touchpoints.at(i).card, touchpointTitled(names.at(i)));
        QCOMPARE(report.touchpoints.at(i).stageName, stageNames.at(i));
    }
    const Metrics &pages = report.touchpoints.at(0).metrics;
    QCOMPARE(pages.responses, 2);
    COMPARE_FIGURE(pages.nps, 100.0);
    COMPARE_FIGURE(report.touchpoints.at(1).metrics.nps, -100.0);
    const Metrics &line = report.touchpoints.at(2).metrics;
    QCOMPARE(line.responses, 2);
    COMPARE_FIGURE(line.fcrRate, 50.0);
    COMPARE_FIGURE(line.minutesMean, 8.0);
    COMPARE_FIGURE(line.nps, Null);
    COMPARE_FIGURE(report.touchpoints.at(3).metrics.csat, 0.0);
    COMPARE_FIGURE(report.touchpoints.at(3).metrics.csatMean, 2.0);

    // The stage counts its responses with or without a touchpoint.
    QCOMPARE(report.stages.at(0).metrics.responses, 4);
    COMPARE_FIGURE(report.stages.at(0).metrics.nps, 25.0);

    const QJsonArray json = MetricsFormat::toJson(report).value(u"touchpoints"_s).toArray();
    QCOMPARE(json.size(), 4);
    QCOMPARE(json.at(2).toObject().value(u"name"_s).toString(), u"Customer service line"_s);
    QCOMPARE(json.at(2).toObject().value(u"stage"_s).toString(), u"Support contact"_s);
    QCOMPARE(json.at(2).toObject().value(u"fcr"_s).toObject().value(u"rate"_s).toDouble(), 50.0);
}

// A response may name a touchpoint of another stage (the import takes the card of the
// response's stage when there is one, any card of that title otherwise): the touchpoint is
// still one entry, under its own stage.
void TestMetrics::touchpointNamedInAnotherStage()
{
    add({Answer().inStage(5).withNps(10).naming(u"Customer service line"_s),
         Answer().inStage(1).withNps(0).naming(u"Customer service line"_s),
         Answer().inStage(6).withNps(9).naming(u"Customer service line"_s),
         Answer().inStage(1).withNps(8).naming(u"Greeter with tablet queue"_s)});
    const MetricsReport report = MetricsEngine::compute(*m_doc);
    QCOMPARE(report.touchpoints.size(), 2);
    QCOMPARE(report.touchpoints.at(0).name, u"Greeter with tablet queue"_s);
    QCOMPARE(report.touchpoints.at(0).stageName, u"Store visit"_s);
    QCOMPARE(report.touchpoints.at(1).name, u"Customer service line"_s);
    QCOMPARE(report.touchpoints.at(1).stageName, u"Support contact"_s);
    const Metrics &line = report.touchpoints.at(1).metrics;
    QCOMPARE(line.responses, 3);
    COMPARE_FIGURE(line.nps, 100.0 / 3.0);
    // The stages count their own responses.
    QCOMPARE(report.stages.at(1).metrics.responses, 2);
    QCOMPARE(report.stages.at(5).metrics.responses, 1);
}

void TestMetrics::segments()
{
    add({Answer().withNps(10).withCsat(5).with(u"gender"_s, u"female"_s),
         Answer().withNps(9).withCsat(4).with(u"gender"_s, u"female"_s),
         Answer().withNps(6).withCsat(2).with(u"gender"_s, u"female"_s),
         Answer().withNps(7).withCsat(3).with(u"gender"_s, u"male"_s),
         Answer().withNps(0).withCsat(5).with(u"gender"_s, u"male"_s),
         Answer().inStage(3).withNps(9).with(u"gender"_s, u"non-binary"_s),
         Answer().withNps(0)}); // no gender: in the overall figures, in no segment

    MetricsQuery query;
    query.by = u"GENDER"_s; // attributes match case-insensitively
    const MetricsReport report = MetricsEngine::compute(*m_doc, query);
    QCOMPARE(report.by, u"gender"_s);
    QCOMPARE(report.attributes, QStringList{u"gender"_s});
    QCOMPARE(report.segments.size(), 3);
    QCOMPARE(report.segments.at(0).value, u"female"_s);
    QCOMPARE(report.segments.at(1).value, u"male"_s);
    QCOMPARE(report.segments.at(2).value, u"non-binary"_s);

    const Metrics &female = report.segments.at(0).metrics;
    QCOMPARE(female.responses, 3);
    COMPARE_FIGURE(female.nps, 100.0 / 3.0);
    COMPARE_FIGURE(female.csat, 200.0 / 3.0);
    COMPARE_FIGURE(female.csatMean, 11.0 / 3.0);
    const Metrics &male = report.segments.at(1).metrics;
    QCOMPARE(male.responses, 2);
    COMPARE_FIGURE(male.nps, -50.0);
    COMPARE_FIGURE(male.csat, 50.0);
    COMPARE_FIGURE(male.csatMean, 4.0);
    COMPARE_FIGURE(report.segments.at(2).metrics.nps, 100.0);

    // Overall: 7 answers, 3 promoters (10, 9, 9), 1 passive, 3 detractors.
    QCOMPARE(report.overall.responses, 7);
    COMPARE_FIGURE(report.overall.nps, 0.0);

    const QJsonObject json = MetricsFormat::toJson(report).value(u"segments"_s).toObject();
    QCOMPARE(json.keys(), QStringList{u"gender"_s});
    const QJsonArray values = json.value(u"gender"_s).toArray();
    QCOMPARE(values.size(), 3);
    QCOMPARE(values.at(1).toObject().value(u"value"_s).toString(), u"male"_s);
    QCOMPARE(values.at(1).toObject().value(u"nps"_s).toObject().value(u"score"_s).toDouble(), -50.0);

    // Without --by: no breakdown, but the attributes are known.
    const MetricsReport plain = MetricsEngine::compute(*m_doc);
    QVERIFY(plain.segments.isEmpty());
    QCOMPARE(MetricsFormat::toJson(plain).value(u"segments"_s).toObject(), QJsonObject());
}

// Every figure within one segment.
void TestMetrics::segmentFilter()
{
    add({Answer().inStage(0).withNps(10).with(u"gender"_s, u"female"_s).with(u"channel"_s, u"web"_s),
         Answer().inStage(1).withNps(0).with(u"gender"_s, u"female"_s).with(u"channel"_s, u"store"_s),
         Answer().inStage(1).withNps(9).with(u"gender"_s, u"female"_s).with(u"channel"_s, u"store"_s),
         Answer().inStage(1).withNps(3).with(u"gender"_s, u"male"_s).with(u"channel"_s, u"store"_s)});
    MetricsQuery query;
    query.segment = {{u"Gender"_s, u"Female"_s}}; // as typed: names and values ignore case
    const MetricsReport report = MetricsEngine::compute(*m_doc, query);
    QCOMPARE(report.overall.responses, 3);
    COMPARE_FIGURE(report.overall.nps, 100.0 / 3.0);
    QCOMPARE(report.stages.at(1).metrics.responses, 2);
    COMPARE_FIGURE(report.stages.at(1).metrics.nps, 0.0);
    QCOMPARE(report.filter, (QList<SegmentCondition>{{u"gender"_s, u"female"_s}}));

    // AND: the women of the store channel, and a breakdown within them.
    query.segment.append({u"channel"_s, u"store"_s});
    query.by = u"channel"_s;
    const MetricsReport both = MetricsEngine::compute(*m_doc, query);
    QCOMPARE(both.overall.responses, 2);
    COMPARE_FIGURE(both.overall.nps, 0.0);
    QCOMPARE(both.stages.at(0).metrics.responses, 0);
    QCOMPARE(both.segments.size(), 1);
    QCOMPARE(both.segments.first().value, u"store"_s);
    QCOMPARE(both.segments.first().metrics.responses, 2);
    const QJsonArray filter = MetricsFormat::toJson(both).value(u"filter"_s).toArray();
    QCOMPARE(filter.size(), 2);
    QCOMPARE(filter.at(1).toObject().value(u"value"_s).toString(), u"store"_s);

    // A value nobody has is an error naming the values there are.
    query.segment = {{u"gender"_s, u"other"_s}};
    try {
        MetricsEngine::compute(*m_doc, query);
        QFAIL("no error for an unknown value");
    } catch (const FormatError &e) {
        QVERIFY2(e.message().contains(u"female, male"_s), qPrintable(e.message()));
    }
}

// A hand-edited file may spell one answer two ways: the filter means every spelling.
void TestMetrics::segmentFilterSpellings()
{
    add({Answer().inStage(0).withNps(10).with(u"gender"_s, u"Female"_s),
         Answer().inStage(0).withNps(0).with(u"gender"_s, u"female"_s),
         Answer().inStage(0).withNps(9).with(u"gender"_s, u"FEMALE"_s),
         Answer().inStage(0).withNps(3).with(u"gender"_s, u"male"_s)});
    MetricsQuery query;
    query.segment = {{u"gender"_s, u"female"_s}};
    const MetricsReport report = MetricsEngine::compute(*m_doc, query);
    QCOMPARE(report.overall.responses, 3);
    COMPARE_FIGURE(report.overall.nps, 100.0 / 3.0);
    QCOMPARE(report.filter.size(), 1);
    QCOMPARE(report.filter.first().value.compare(u"female"_s, Qt::CaseInsensitive), 0);
}

void TestMetrics::unknownAttribute()
{
    add({Answer().withNps(10).with(u"gender"_s, u"female"_s)});
    MetricsQuery query;
    query.by = u"region"_s;
    try {
        MetricsEngine::compute(*m_doc, query);
        QFAIL("no error for an unknown attribute");
    } catch (const FormatError &e) {
        QVERIFY2(e.message().contains(u"region"_s) && e.message().contains(u"gender"_s), qPrintable(e.message()));
    }
}

// Ages count in bands 18-24, 25-34, 35-44, 45-54, 55-64, 65+ (and under 18).
void TestMetrics::ageBands_data()
{
    QTest::addColumn<QString>("attribute");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("band");

    QTest::newRow("17") << u"age"_s << u"17"_s << u"under 18"_s;
    QTest::newRow("0") << u"age"_s << u"0"_s << u"under 18"_s;
    QTest::newRow("18") << u"age"_s << u"18"_s << u"18-24"_s;
    QTest::newRow("24") << u"age"_s << u"24"_s << u"18-24"_s;
    QTest::newRow("24.9") << u"age"_s << u"24.9"_s << u"18-24"_s;
    QTest::newRow("25") << u"age"_s << u"25"_s << u"25-34"_s;
    QTest::newRow("34") << u"age"_s << u"34"_s << u"25-34"_s;
    QTest::newRow("35") << u"age"_s << u"35"_s << u"35-44"_s;
    QTest::newRow("44") << u"age"_s << u"44"_s << u"35-44"_s;
    QTest::newRow("45") << u"age"_s << u"45"_s << u"45-54"_s;
    QTest::newRow("54") << u"age"_s << u"54"_s << u"45-54"_s;
    QTest::newRow("55") << u"age"_s << u"55"_s << u"55-64"_s;
    QTest::newRow("64") << u"age"_s << u"64"_s << u"55-64"_s;
    QTest::newRow("65") << u"age"_s << u"65"_s << u"65+"_s;
    QTest::newRow("101") << u"age"_s << u"101"_s << u"65+"_s;
    QTest::newRow("spaces") << u"age"_s << u" 30 "_s << u"25-34"_s;
    QTest::newRow("Age, any case") << u"Age"_s << u"40"_s << u"35-44"_s;
    QTest::newRow("not a number") << u"age"_s << u"n/a"_s << u"n/a"_s;
    QTest::newRow("NaN") << u"age"_s << u"nan"_s << u"nan"_s;
    QTest::newRow("infinity") << u"age"_s << u"inf"_s << u"inf"_s;
    QTest::newRow("other attribute") << u"tenure"_s << u"30"_s << u"30"_s;
}

void TestMetrics::ageBands()
{
    QFETCH(QString, attribute);
    QFETCH(QString, value);
    QFETCH(QString, band);
    QCOMPARE(MetricsEngine::segmentValue(attribute, value), band);
}

void TestMetrics::ageBreakdown()
{
    // Per band: the ages at its ends, each band with its own NPS.
    const QList<std::pair<QString, int>> ages = {
        {u"17"_s, 10}, {u"18"_s, 0},  {u"24"_s, 0},  {u"25"_s, 10}, {u"34"_s, 10}, {u"35"_s, 8},
        {u"44"_s, 0},  {u"45"_s, 9},  {u"54"_s, 7},  {u"55"_s, 3},  {u"64"_s, 9},  {u"65"_s, 10},
        {u"90"_s, 2},  {u"unknown"_s, 9}};
    Answers answers;
    for (const auto &[age, nps] : ages)
        answers.append(Answer().withNps(nps).with(u"age"_s, age));
    add(answers);

    MetricsQuery query;
    query.by = u"age"_s;
    const MetricsReport report = MetricsEngine::compute(*m_doc, query);
    QStringList values;
    QList<qint64> counts;
    QList<double> nps;
    for (const auto &segment : report.segments) {
        values.append(segment.value);
        counts.append(segment.metrics.responses);
        nps.append(segment.metrics.nps.value_or(Null));
    }
    QCOMPARE(values, (QStringList{u"under 18"_s, u"18-24"_s, u"25-34"_s, u"35-44"_s, u"45-54"_s, u"55-64"_s, u"65+"_s,
                                  u"unknown"_s}));
    QCOMPARE(counts, (QList<qint64>{1, 2, 2, 2, 2, 2, 2, 1}));
    QCOMPARE(nps, (QList<double>{100, -100, 100, -50, 50, 0, 0, 100}));
}

// A segment value is an insight when its NPS interval and the rest's do not overlap, with at
// least 30 NPS answers on each side.
void TestMetrics::insights_data()
{
    QTest::addColumn<Answers>("answers");
    QTest::addColumn<QStringList>("expected"); // "value higher|lower"

    // north: 30 P, 10 passives: NPS 75 in [61.58, 88.42]; south: 20 passives, 20 D: -50 in
    // [-65.50, -34.50].
    QTest::newRow("two values apart") << group(u"region"_s, u"north"_s, 30, 10, 0) + group(u"region"_s, u"south"_s, 0, 20, 20)
                                      << QStringList{u"north higher"_s, u"south lower"_s};
    // north as above; the rest (south and east: 30 P, 30 D) 0 in [-25.30, 25.30]: apart.
    // south (15 P, 15 D): 0 in [-35.78, 35.78]; its rest (north and east: 45 P, 10 passives,
    // 15 D) 42.86 in [23.63, 62.08]: overlapping. The same for east.
    QTest::newRow("one of three apart") << group(u"region"_s, u"north"_s, 30, 10, 0) + group(u"region"_s, u"south"_s, 15, 0, 15)
            + group(u"region"_s, u"east"_s, 15, 0, 15)
                                        << QStringList{u"north higher"_s};
    // 20 P, 20 D: 0 +/- 30.99; 22 P, 18 D: 10 +/- 30.83.
    QTest::newRow("overlapping") << group(u"region"_s, u"north"_s, 20, 0, 20) + group(u"region"_s, u"south"_s, 22, 0, 18)
                                 << QStringList{};
    QTest::newRow("29 in the segment") << group(u"region"_s, u"north"_s, 29, 0, 0) + group(u"region"_s, u"south"_s, 0, 0, 40)
                                       << QStringList{};
    QTest::newRow("29 in the rest") << group(u"region"_s, u"north"_s, 40, 0, 0) + group(u"region"_s, u"south"_s, 0, 0, 29)
                                    << QStringList{};
    QTest::newRow("29 and 29") << group(u"region"_s, u"north"_s, 29, 0, 0) + group(u"region"_s, u"south"_s, 0, 0, 29)
                               << QStringList{};
    QTest::newRow("30 on each side") << group(u"region"_s, u"north"_s, 30, 0, 0) + group(u"region"_s, u"south"_s, 0, 0, 30)
                                     << QStringList{u"north higher"_s, u"south lower"_s};
    // 30 of 31 in the rest answered NPS: the one without an answer does not count.
    Answers unanswered = group(u"region"_s, u"north"_s, 30, 0, 0) + group(u"region"_s, u"south"_s, 0, 0, 29);
    unanswered.append(Answer().withCsat(5).with(u"region"_s, u"south"_s));
    QTest::newRow("30 responses, 29 NPS answers") << unanswered << QStringList{};
}

void TestMetrics::insights()
{
    QFETCH(Answers, answers);
    QFETCH(QStringList, expected);

    add(answers);
    const MetricsReport report = MetricsEngine::compute(*m_doc);
    QStringList found;
    for (const SegmentInsight &insight : report.insights) {
        QCOMPARE(insight.conditions.size(), 1);
        QCOMPARE(insight.conditions.first().attribute, u"region"_s);
        found.append(insight.conditions.first().value + (insight.higher ? u" higher"_s : u" lower"_s));
        QVERIFY(Metrics::npsApart(insight.segment, insight.rest));
        QVERIFY(insight.segment.npsN >= SegmentInsights::MinAnswers);
        QVERIFY(insight.rest.npsN >= SegmentInsights::MinAnswers);
        // The corrected intervals are wider than the 95 % ones, and apart.
        QVERIFY(insight.segmentInterval.first < insight.segment.npsCi95->first || insight.segment.npsCi95->first == *insight.segment.nps);
        QVERIFY(insight.segmentInterval.second < insight.restInterval.first || insight.restInterval.second < insight.segmentInterval.first);
        QCOMPARE(insight.segment.npsN + insight.rest.npsN, report.overall.npsN);
    }
    found.sort();
    QCOMPARE(found, expected);

    if (QTest::currentDataTag() == QByteArray("one of three apart")) {
        const SegmentInsight &north = report.insights.first();
        COMPARE_FIGURE(north.segment.nps, 75.0);
        COMPARE_FIGURE(north.segment.npsCi95->first, 61.58079734112343);
        COMPARE_FIGURE(north.segment.npsCi95->second, 88.41920265887657);
        COMPARE_FIGURE(north.rest.nps, 0.0);
        COMPARE_FIGURE(north.rest.npsCi95->first, -25.30349119522179);
        COMPARE_FIGURE(north.rest.npsCi95->second, 25.30349119522179);

        const QJsonArray json = MetricsFormat::toJson(report).value(u"insights"_s).toArray();
        QCOMPARE(json.size(), 1);
        const QJsonObject insight = json.at(0).toObject();
        const QJsonArray conditions = insight.value(u"conditions"_s).toArray();
        QCOMPARE(conditions.size(), 1);
        QCOMPARE(conditions.at(0).toObject().value(u"attribute"_s).toString(), u"region"_s);
        QCOMPARE(conditions.at(0).toObject().value(u"value"_s).toString(), u"north"_s);
        // Three segments tested: z = the normal quantile at 1 - 0.05 / 6.
        QCOMPARE(report.insightMethod.tested, 3);
        COMPARE_FIGURE(report.insightMethod.z, 2.3939797998185104);
        const QJsonObject method = MetricsFormat::toJson(report).value(u"insight_method"_s).toObject();
        QCOMPARE(method.value(u"correction"_s).toString(), u"bonferroni"_s);
        QCOMPARE(method.value(u"tested"_s).toInteger(), 3);
        // north: 75 +/- 100 * z * sqrt(0.1875 / 40).
        const QJsonArray interval = insight.value(u"interval"_s).toArray();
        QVERIFY(close(interval.at(0).toDouble(), 75.0 - 100 * 2.3939797998185104 * std::sqrt(0.1875 / 40)));
        QCOMPARE(insight.value(u"direction"_s).toString(), u"higher"_s);
        QCOMPARE(insight.value(u"nps"_s).toObject().value(u"score"_s).toDouble(), 75.0);
        QCOMPARE(insight.value(u"rest"_s).toObject().value(u"n"_s).toInteger(), 60);
    }
}

QTEST_GUILESS_MAIN(TestMetrics)
#include "tst_metrics.moc"
