// `waymark import` and `waymark metrics` end to end, as a user or a script runs them, with the
// hand-made CSV samples of tests/fixtures/csv on a map made from the phone-store template:
// - responses.csv: 12 answers over 5 of the 7 stages, with gender, age and channel;
// - responses-questions.csv: the same answers as a survey tool exports them: question text as
//   headers (named with --map), semicolons, a byte-order mark, CRLF, quoted line breaks;
// - errors.csv: 12 rows (on 13 lines), 9 of them bad in every way a row can be.
// The expected figures are computed by hand from DESIGN.md's definitions (see the comments).
// Every refusal is "waymark: error: ..." (bad rows first as "line N: reason") with exit 1, and
// leaves the map byte for byte as it was.

#include "support/runchecks.h"
#include "support/testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;
using Waymark::Test::digest;
using Waymark::Test::fixture;
using Waymark::Test::entriesOf;
using Waymark::Test::Run;
using Waymark::Test::runWaymark;

namespace {

// The last line of a command's output: what it did, after how it read the file.
QString lastLine(const QString &out)
{
    const QStringList lines = out.split(u'\n', Qt::SkipEmptyParts);
    return lines.isEmpty() ? QString() : lines.last() + u'\n';
}

bool close(double actual, double expected)
{
    return std::abs(actual - expected) <= 1e-9 * std::max(1.0, std::abs(expected));
}

// The --map options that name the question-text columns of responses-questions.csv.
const QStringList questionMapping = {
    u"--map"_s, u"respondent=Respondent ID"_s,
    u"--map"_s, u"stage=Which part of the journey was this?"_s,
    u"--map"_s, u"touchpoint=which touchpoint?"_s, // any case
    u"--map"_s, u"nps=How likely are you to recommend us to a friend or colleague; from 0 to 10?"_s,
    u"--map"_s, u"csat=Overall, how satisfied were you? (1-5)"_s,
    u"--map"_s, u"ces=How easy was it to get what you needed? (1-7)"_s,
    u"--map"_s, u"FCR=Was your issue resolved on the first contact?"_s,
    u"--map"_s, u"response_minutes=Minutes until we answered"_s,
    u"--map"_s, u"submitted_at=Submitted"_s,
};

// The lines errors.csv is refused with (line 5-6 is a good row with a quoted line break), then
// one note per column whose values mean nothing.
const QStringList errorLines = {
    u"line 3: unknown stage 'Teleport'"_s,
    u"line 4: nps must be a whole number from 0 to 10, not '11'"_s,
    u"line 7: csat must be a whole number from 1 to 5, not '0'"_s,
    u"line 8: no touchpoint titled 'Hologram concierge' in the map"_s,
    u"line 9: ces must be a whole number from 1 to 7, not '8'"_s,
    u"line 10: fcr must be yes or no, not 'maybe'"_s,
    u"line 11: response_minutes must be a number of minutes, 0 or more, not '-3'"_s,
    u"line 12: 4 fields where the header has 9"_s,
    u"line 13: nps: no score for the label 'ten'"_s,
    u"stage: 1 value is no stage of the map: 'Teleport' (1 row); the map's stages are 'Research online', 'Store visit', "
    "'Contract and checkout', 'Setup and number transfer', 'First bill', 'Support contact', 'Renewal and advocacy'; "
    "match each with --values stage:VALUE=STAGE"_s,
    u"touchpoint: no card of the map has the title 'Hologram concierge' (1 row); match each with --values touchpoint:VALUE=TITLE"_s,
    u"nps: no score for 'ten' (1 row); the column's labels are 'ten'; give each a score with --values nps:LABEL=SCORE"_s,
    u"fcr: no score for 'maybe' (1 row); the column's labels are 'maybe', 'yes'; give each a score with --values fcr:LABEL=yes|no"_s,
};

} // namespace

#define COMPARE_NUMBER(value, expected)                                                                     \
    QVERIFY2(close((value).toDouble(std::nan("")), (expected)),                                              \
             qPrintable(u"%1 is %2, expected %3"_s.arg(QLatin1StringView(#value))                            \
                            .arg(QString::fromUtf8(QJsonDocument(QJsonArray{(value)}).toJson(QJsonDocument::Compact)))  \
                            .arg((expected), 0, 'g', 17)))

class TestCliMetrics : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void importThenMetricsJson();
    void metricsByGender();
    void metricsByAge();
    void questionHeadersGiveTheSameFigures();
    void importAppends();

    void badRowsRefused();
    void skipInvalid();
    void dryRun_data();
    void dryRun();
    void refused_data();
    void refused();
    void usageErrors_data();
    void usageErrors();

    void metricsText();
    void metricsOfEmptyMap();
    void metricsUnknownAttribute();

private:
    Run run(const QStringList &arguments) { return runWaymark(arguments, m_dir->path()); }
    QJsonObject metricsJson(const QStringList &extra = {});
    void importFixture(const QString &name, const QStringList &extra = {});

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_map;
};

void TestCliMetrics::initTestCase()
{
    QVERIFY2(!qEnvironmentVariableIsEmpty("WAYMARK_BINARY"), "run through ctest: WAYMARK_BINARY names the binary");
    for (const QString &name : {u"responses.csv"_s, u"responses-questions.csv"_s, u"errors.csv"_s})
        QVERIFY2(QFile::exists(fixture(u"csv/"_s + name)), qPrintable(name));
}

// A fresh phone-store map in a folder of its own for every test.
void TestCliMetrics::init()
{
    m_dir = Waymark::Test::scratchDir();
    QVERIFY(m_dir->isValid());
    const Run made = run({u"new"_s, u"map.waymark"_s, u"--template"_s, u"phone-store"_s});
    COMPARE_EXIT(made, 0);
    m_map = m_dir->filePath(u"map.waymark"_s);
}

QJsonObject TestCliMetrics::metricsJson(const QStringList &extra)
{
    const Run metrics = run(QStringList{u"metrics"_s, u"map.waymark"_s, u"--json"_s} + extra);
    if (metrics.exitCode != 0 || !metrics.err.isEmpty())
        QTest::qFail(qPrintable(describe(metrics)), __FILE__, __LINE__);
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(metrics.out.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !json.isObject())
        QTest::qFail(qPrintable(u"not a JSON object: "_s + error.errorString()), __FILE__, __LINE__);
    return json.object();
}

void TestCliMetrics::importFixture(const QString &name, const QStringList &extra)
{
    const Run imported = run(QStringList{u"import"_s, u"map.waymark"_s, fixture(u"csv/"_s + name)} + extra);
    COMPARE_EXIT(imported, 0);
    QVERIFY2(imported.out.startsWith(u"Read '"_s), qPrintable(imported.out));
    QCOMPARE(lastLine(imported.out), u"Imported 12 responses into 'map.waymark'.\n"_s);
    QCOMPARE(imported.err, QString());
}

void TestCliMetrics::importThenMetricsJson()
{
    importFixture(u"responses.csv"_s);
    const QJsonObject json = metricsJson();
    if (QTest::currentTestFailed())
        return;

    // Overall: NPS answers 10 9 6 8 3 7 0 9 2 10 8: 4 promoters, 3 passives, 4 detractors;
    // p = d = 4/11, var = 8/11, margin = 196 * sqrt(8/121) = 50.3974...
    const QJsonObject overall = json.value(u"overall"_s).toObject();
    QCOMPARE(overall.value(u"responses"_s).toInteger(), 12);
    const QJsonObject nps = overall.value(u"nps"_s).toObject();
    COMPARE_NUMBER(nps.value(u"score"_s), 0.0);
    QCOMPARE(nps.value(u"n"_s).toInteger(), 11);
    QCOMPARE(nps.value(u"promoters"_s).toInteger(), 4);
    QCOMPARE(nps.value(u"passives"_s).toInteger(), 3);
    QCOMPARE(nps.value(u"detractors"_s).toInteger(), 4);
    COMPARE_NUMBER(nps.value(u"ci95"_s).toArray().at(0), -50.39742876820485);
    COMPARE_NUMBER(nps.value(u"ci95"_s).toArray().at(1), 50.39742876820485);
    // CSAT 5 4 3 4 2 4 1 5 2 5 4: 7 of 11 are 4 or 5; the mean 39 / 11.
    COMPARE_NUMBER(overall.value(u"csat"_s).toObject().value(u"score"_s), 700.0 / 11.0);
    COMPARE_NUMBER(overall.value(u"csat"_s).toObject().value(u"mean"_s), 39.0 / 11.0);
    QCOMPARE(overall.value(u"csat"_s).toObject().value(u"n"_s).toInteger(), 11);
    // CES 6 5 4 2 5 1 2 7 6: 38 / 9.
    COMPARE_NUMBER(overall.value(u"ces"_s).toObject().value(u"mean"_s), 38.0 / 9.0);
    QCOMPARE(overall.value(u"ces"_s).toObject().value(u"n"_s).toInteger(), 9);
    // FCR no yes yes no; minutes 45 5 1.5 12.5.
    COMPARE_NUMBER(overall.value(u"fcr"_s).toObject().value(u"rate"_s), 50.0);
    QCOMPARE(overall.value(u"fcr"_s).toObject().value(u"n"_s).toInteger(), 4);
    COMPARE_NUMBER(overall.value(u"response_minutes"_s).toObject().value(u"mean"_s), 16.0);
    QCOMPARE(overall.value(u"response_minutes"_s).toObject().value(u"n"_s).toInteger(), 4);

    // Per stage, in map order; the two stages nobody answered about are null.
    const QJsonArray stages = json.value(u"stages"_s).toArray();
    QStringList names;
    for (const QJsonValue &stage : stages)
        names.append(stage.toObject().value(u"name"_s).toString());
    QCOMPARE(names, (QStringList{u"Research online"_s, u"Store visit"_s, u"Contract and checkout"_s,
                                 u"Setup and number transfer"_s, u"First bill"_s, u"Support contact"_s,
                                 u"Renewal and advocacy"_s}));
    const QList<qint64> responses = {3, 2, 1, 0, 2, 4, 0};
    // NPS: 10 9 6 / 8 3 / 7 / - / 0 9 / 2 10 8 / -.
    const QList<double> stageNps = {100.0 / 3.0, -50, 0, NAN, 0, 0, NAN};
    // CSAT: 5 4 3 / 4 2 / 4 / - / 1 5 / 2 5 4 / -.
    const QList<double> stageCsat = {200.0 / 3.0, 50, 100, NAN, 50, 200.0 / 3.0, NAN};
    for (int i = 0; i < 7; ++i) {
        const QJsonObject stage = stages.at(i).toObject();
        QCOMPARE(stage.value(u"responses"_s).toInteger(), responses.at(i));
        if (std::isnan(stageNps.at(i))) {
            QVERIFY2(stage.value(u"nps"_s).toObject().value(u"score"_s).isNull(), qPrintable(names.at(i)));
            QVERIFY(stage.value(u"nps"_s).toObject().value(u"ci95"_s).isNull());
            QCOMPARE(stage.value(u"nps"_s).toObject().value(u"n"_s).toInteger(-1), 0);
            QVERIFY(stage.value(u"csat"_s).toObject().value(u"score"_s).isNull());
            QVERIFY(stage.value(u"csat"_s).toObject().value(u"mean"_s).isNull());
            QVERIFY(stage.value(u"ces"_s).toObject().value(u"mean"_s).isNull());
            QVERIFY(stage.value(u"fcr"_s).toObject().value(u"rate"_s).isNull());
            QVERIFY(stage.value(u"response_minutes"_s).toObject().value(u"mean"_s).isNull());
        } else {
            COMPARE_NUMBER(stage.value(u"nps"_s).toObject().value(u"score"_s), stageNps.at(i));
            COMPARE_NUMBER(stage.value(u"csat"_s).toObject().value(u"score"_s), stageCsat.at(i));
        }
    }
    const QJsonObject support = stages.at(5).toObject();
    COMPARE_NUMBER(support.value(u"csat"_s).toObject().value(u"mean"_s), 11.0 / 3.0);
    COMPARE_NUMBER(support.value(u"ces"_s).toObject().value(u"mean"_s), 5.0);
    COMPARE_NUMBER(support.value(u"fcr"_s).toObject().value(u"rate"_s), 50.0);
    COMPARE_NUMBER(support.value(u"response_minutes"_s).toObject().value(u"mean"_s), 16.0);
    // Stages without FCR answers: null, not 0.
    QVERIFY(stages.at(0).toObject().value(u"fcr"_s).toObject().value(u"rate"_s).isNull());
    QVERIFY(stages.at(0).toObject().value(u"response_minutes"_s).toObject().value(u"mean"_s).isNull());

    // The touchpoints that responses name, in map order.
    const QJsonArray touchpoints = json.value(u"touchpoints"_s).toArray();
    QStringList touchpointNames;
    for (const QJsonValue &touchpoint : touchpoints)
        touchpointNames.append(touchpoint.toObject().value(u"stage"_s).toString() + u" / "_s
                               + touchpoint.toObject().value(u"name"_s).toString());
    QCOMPARE(touchpointNames, (QStringList{u"Research online / Handset and tariff pages"_s,
                                           u"Store visit / Greeter with tablet queue"_s,
                                           u"First bill / 'Your bill is ready' email"_s,
                                           u"Support contact / Customer service line"_s,
                                           u"Support contact / Chat assistant in the app"_s}));
    COMPARE_NUMBER(touchpoints.at(0).toObject().value(u"nps"_s).toObject().value(u"score"_s), 100.0);
    const QJsonObject line = touchpoints.at(3).toObject();
    QCOMPARE(line.value(u"responses"_s).toInteger(), 2);
    COMPARE_NUMBER(line.value(u"nps"_s).toObject().value(u"score"_s), 0.0);
    COMPARE_NUMBER(line.value(u"response_minutes"_s).toObject().value(u"mean"_s), 25.0);
    const QJsonObject chat = touchpoints.at(4).toObject();
    QCOMPARE(chat.value(u"nps"_s).toObject().value(u"n"_s).toInteger(), 1);
    COMPARE_NUMBER(chat.value(u"fcr"_s).toObject().value(u"rate"_s), 50.0);
    COMPARE_NUMBER(chat.value(u"response_minutes"_s).toObject().value(u"mean"_s), 7.0);

    // No --by: no breakdown; too few answers for insights; the template's 2025 figures:
    // churn 100 * 118,000 / 842,000, CLV 33 * 12 * 4.5.
    QCOMPARE(json.value(u"segments"_s).toObject(), QJsonObject());
    QCOMPARE(json.value(u"insights"_s).toArray(), QJsonArray());
    const QJsonObject business = json.value(u"business"_s).toObject();
    COMPARE_NUMBER(business.value(u"churn_rate"_s), 100.0 * 118000.0 / 842000.0);
    COMPARE_NUMBER(business.value(u"clv"_s), 1782.0);
}

void TestCliMetrics::metricsByGender()
{
    importFixture(u"responses.csv"_s);
    const QJsonObject json = metricsJson({u"--by"_s, u"gender"_s});
    const QJsonObject segments = json.value(u"segments"_s).toObject();
    QCOMPARE(segments.keys(), QStringList{u"gender"_s});
    const QJsonArray values = segments.value(u"gender"_s).toArray();
    QStringList names;
    for (const QJsonValue &value : values)
        names.append(value.toObject().value(u"value"_s).toString());
    QCOMPARE(names, (QStringList{u"female"_s, u"male"_s, u"non-binary"_s}));

    // female: 10 6 3 0 10 8: 2 promoters, 1 passive, 3 detractors of 6.
    const QJsonObject female = values.at(0).toObject();
    QCOMPARE(female.value(u"responses"_s).toInteger(), 6);
    COMPARE_NUMBER(female.value(u"nps"_s).toObject().value(u"score"_s), -100.0 / 6.0);
    COMPARE_NUMBER(female.value(u"nps"_s).toObject().value(u"ci95"_s).toArray().at(0), -88.48382132837479);
    COMPARE_NUMBER(female.value(u"nps"_s).toObject().value(u"ci95"_s).toArray().at(1), 55.150487995041445);
    // male: 9 8 7 2 and one unanswered.
    const QJsonObject male = values.at(1).toObject();
    QCOMPARE(male.value(u"responses"_s).toInteger(), 5);
    QCOMPARE(male.value(u"nps"_s).toObject().value(u"n"_s).toInteger(), 4);
    COMPARE_NUMBER(male.value(u"nps"_s).toObject().value(u"score"_s), 0.0);
    COMPARE_NUMBER(male.value(u"fcr"_s).toObject().value(u"rate"_s), 0.0);
    const QJsonObject nonBinary = values.at(2).toObject();
    QCOMPARE(nonBinary.value(u"responses"_s).toInteger(), 1);
    COMPARE_NUMBER(nonBinary.value(u"nps"_s).toObject().value(u"score"_s), 100.0);
    QVERIFY(nonBinary.value(u"fcr"_s).toObject().value(u"rate"_s).isNull());

    // The attribute matches in any case and is reported as stored.
    QCOMPARE(metricsJson({u"--by"_s, u"GENDER"_s}), json);
}

void TestCliMetrics::metricsByAge()
{
    importFixture(u"responses.csv"_s);
    const QJsonArray values = metricsJson({u"--by"_s, u"age"_s}).value(u"segments"_s).toObject().value(u"age"_s).toArray();
    QStringList bands;
    QList<qint64> counts;
    for (const QJsonValue &value : values) {
        bands.append(value.toObject().value(u"value"_s).toString());
        counts.append(value.toObject().value(u"responses"_s).toInteger());
    }
    // 17 | 24 18 | 34 25 | 41 35 44 | 64 55 | 65; nobody 45-54; r12 gave no age.
    QCOMPARE(bands, (QStringList{u"under 18"_s, u"18-24"_s, u"25-34"_s, u"35-44"_s, u"55-64"_s, u"65+"_s}));
    QCOMPARE(counts, (QList<qint64>{1, 2, 2, 3, 2, 1}));
    // 35-44: 9 10 8.
    COMPARE_NUMBER(values.at(3).toObject().value(u"nps"_s).toObject().value(u"score"_s), 200.0 / 3.0);
}

// The same answers with question-text headers, semicolons, a BOM and CRLF give the same figures.
void TestCliMetrics::questionHeadersGiveTheSameFigures()
{
    importFixture(u"responses.csv"_s);
    const QJsonObject expected = metricsJson({u"--by"_s, u"gender"_s});

    init(); // a fresh map
    importFixture(u"responses-questions.csv"_s, questionMapping);
    QJsonObject json = metricsJson({u"--by"_s, u"gender"_s});
    // The attribute is named as in its header: "Gender" here.
    QCOMPARE(json.value(u"segments"_s).toObject().keys(), QStringList{u"Gender"_s});
    json.insert(u"segments"_s, QJsonObject{{u"gender"_s, json.value(u"segments"_s).toObject().value(u"Gender"_s)}});
    QCOMPARE(json, expected);
}

// The same export twice counts each respondent once; --replace-duplicates replaces them.
void TestCliMetrics::importAppends()
{
    importFixture(u"responses.csv"_s);
    const QJsonObject once = metricsJson();
    const Run again = run({u"import"_s, u"map.waymark"_s, fixture(u"csv/responses.csv"_s)});
    COMPARE_EXIT(again, 0);
    QVERIFY2(again.out.contains(u"Skipped 12 rows: 12 already in the map.\n"_s), qPrintable(again.out));
    QCOMPARE(lastLine(again.out), u"Nothing new to import: the 12 respondents are in 'map.waymark' already (--replace-duplicates replaces them).\n"_s);
    QCOMPARE(metricsJson(), once);

    const Run replaced = run({u"import"_s, u"map.waymark"_s, fixture(u"csv/responses.csv"_s), u"--replace-duplicates"_s});
    COMPARE_EXIT(replaced, 0);
    QCOMPARE(lastLine(replaced.out), u"Imported 12 responses into 'map.waymark', replacing 12 of the map's.\n"_s);
    const QJsonObject overall = metricsJson().value(u"overall"_s).toObject();
    QCOMPARE(overall.value(u"responses"_s).toInteger(), 12);
    QCOMPARE(overall.value(u"nps"_s).toObject().value(u"n"_s).toInteger(), 11);
    COMPARE_NUMBER(overall.value(u"csat"_s).toObject().value(u"mean"_s), 39.0 / 11.0);
}

// All or nothing: every bad row on stderr as "line N: reason", then one error; the map untouched.
void TestCliMetrics::badRowsRefused()
{
    const QByteArray before = digest(m_map);
    const QStringList files = entriesOf(m_dir->path());
    const Run imported = run({u"import"_s, u"map.waymark"_s, fixture(u"csv/errors.csv"_s)});
    COMPARE_EXIT(imported, 1);
    QVERIFY(!imported.out.contains(u"Imported"_s));
    const QStringList expected = errorLines
        + QStringList{u"waymark: error: 9 of 12 rows are not valid; nothing was imported (use --skip-invalid to import "
                      "the 3 valid ones)"_s,
                      QString()};
    QCOMPARE(imported.err.split(u'\n'), expected);
    QCOMPARE(digest(m_map), before);
    QCOMPARE(entriesOf(m_dir->path()), files);
}

void TestCliMetrics::skipInvalid()
{
    const Run imported = run({u"import"_s, u"map.waymark"_s, fixture(u"csv/errors.csv"_s), u"--skip-invalid"_s});
    COMPARE_EXIT(imported, 0);
    QCOMPARE(lastLine(imported.out), u"Imported 3 responses into 'map.waymark'; skipped 9 rows that are not valid.\n"_s);
    // Skipping more than a fifth of the rows warns.
    const QStringList expected = errorLines + QStringList{u"waymark: warning: 9 of 12 rows are skipped as not valid (more than a "
                                                          "fifth); check the problems above"_s, QString()};
    QCOMPARE(imported.err.split(u'\n'), expected);

    // The good rows: lines 2 (NPS 9), 5-6 (8) and 14 (9).
    const QJsonObject overall = metricsJson().value(u"overall"_s).toObject();
    QCOMPARE(overall.value(u"responses"_s).toInteger(), 3);
    QCOMPARE(overall.value(u"nps"_s).toObject().value(u"promoters"_s).toInteger(), 2);
    QCOMPARE(overall.value(u"nps"_s).toObject().value(u"passives"_s).toInteger(), 1);

    const Run info = run({u"info"_s, u"map.waymark"_s, u"--json"_s});
    COMPARE_EXIT(info, 0);
    QCOMPARE(QJsonDocument::fromJson(info.out.toUtf8()).object().value(u"counts"_s).toObject().value(u"responses"_s).toInteger(), 3);
}

// --dry-run checks and reports, and writes nothing.
void TestCliMetrics::dryRun_data()
{
    QTest::addColumn<QString>("csv");
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("out");
    QTest::addColumn<QString>("errEnd");

    QTest::newRow("valid") << u"responses.csv"_s << QStringList{} << 0
                           << u"Would import 12 responses into 'map.waymark' (0 rows not valid); nothing was written.\n"_s
                           << QString();
    QTest::newRow("question headers") << u"responses-questions.csv"_s << questionMapping << 0
                                      << u"Would import 12 responses into 'map.waymark' (0 rows not valid); nothing was written.\n"_s
                                      << QString();
    QTest::newRow("bad rows") << u"errors.csv"_s << QStringList{} << 1 << QString()
                              << u"waymark: error: 9 of 12 rows are not valid; nothing was imported (use --skip-invalid to "
                                 "import the 3 valid ones)\n"_s;
    QTest::newRow("bad rows, skipped") << u"errors.csv"_s << QStringList{u"--skip-invalid"_s} << 0
                                       << u"Would import 3 responses into 'map.waymark' (9 rows not valid); nothing was written.\n"_s
                                       << u"(more than a fifth); check the problems above\n"_s;
}

void TestCliMetrics::dryRun()
{
    QFETCH(QString, csv);
    QFETCH(QStringList, options);
    QFETCH(int, exitCode);
    QFETCH(QString, out);
    QFETCH(QString, errEnd);

    const QByteArray before = digest(m_map);
    const QStringList files = entriesOf(m_dir->path());
    const Run imported = run(QStringList{u"import"_s, u"map.waymark"_s, fixture(u"csv/"_s + csv), u"--dry-run"_s} + options);
    COMPARE_EXIT(imported, exitCode);
    QCOMPARE(exitCode == 0 ? lastLine(imported.out) : QString(), out);
    QVERIFY2(imported.err.endsWith(errEnd), qPrintable(describe(imported)));
    QCOMPARE(digest(m_map), before);
    QCOMPARE(entriesOf(m_dir->path()), files);
    QCOMPARE(metricsJson().value(u"overall"_s).toObject().value(u"responses"_s).toInteger(-1), 0);
}

// Files that cannot be imported at all: one error, exit 1, the map untouched.
void TestCliMetrics::refused_data()
{
    QTest::addColumn<QByteArray>("csv"); // written to input.csv; empty: no such file
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("error");

    QTest::newRow("missing CSV") << QByteArray() << QStringList{} << u"waymark: error: cannot read 'input.csv': "_s;
    QTest::newRow("no stage column")
        << QByteArray("nps,gender\n9,female\n") << QStringList{}
        << u"waymark: error: input.csv: there is no 'stage' column; name the column of stage names with --map stage=COLUMN\n"_s;
    QTest::newRow("not UTF-8, though said to be")
        << QByteArray("stage,nps,name\nStore visit,9,Zo\xeb\n") << QStringList{u"--encoding"_s, u"utf-8"_s}
        << u"waymark: error: input.csv: line 2: the file is not valid UTF-8 text; save it as UTF-8 or name its encoding (--encoding)\n"_s;
    QTest::newRow("unclosed quote") << QByteArray("stage,nps,comment\nStore visit,9,\"oops\nFirst bill,3,ok\n") << QStringList{}
                                    << u"waymark: error: input.csv: line 2: a quoted field is not closed\n"_s;
    QTest::newRow("mapped column missing")
        << QByteArray("stage,score\nStore visit,9\n") << QStringList{u"--map"_s, u"nps=How likely?"_s}
        << u"waymark: error: input.csv: no column named 'How likely?' (mapped to nps)\n"_s;
    QTest::newRow("header only") << QByteArray("\n\n") << QStringList{}
                                 << u"waymark: error: input.csv: the file is empty: a header row is needed\n"_s;
}

void TestCliMetrics::refused()
{
    QFETCH(QByteArray, csv);
    QFETCH(QStringList, options);
    QFETCH(QString, error);

    if (!csv.isEmpty()) {
        QFile file(m_dir->filePath(u"input.csv"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(csv), csv.size());
    }
    const QByteArray before = digest(m_map);
    const QStringList files = entriesOf(m_dir->path());
    const Run imported = run(QStringList{u"import"_s, u"map.waymark"_s, u"input.csv"_s} + options);
    COMPARE_EXIT(imported, 1);
    QVERIFY(!imported.out.contains(u"Imported"_s));
    QVERIFY2(imported.err.startsWith(error), qPrintable(describe(imported)));
    QCOMPARE(imported.err.count(u'\n'), 1);
    QCOMPARE(digest(m_map), before);
    QCOMPARE(entriesOf(m_dir->path()), files);
}

void TestCliMetrics::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("error");

    const QString csv = fixture(u"csv/responses.csv"_s);
    QTest::newRow("import without CSV") << QStringList{u"import"_s, u"map.waymark"_s} << u"waymark: error: missing an argument\n"_s;
    QTest::newRow("--map without =") << QStringList{u"import"_s, u"map.waymark"_s, csv, u"--map"_s, u"nps"_s}
                                     << u"waymark: error: --map takes FIELD=COLUMN, not 'nps'\n"_s;
    QTest::newRow("--map unknown field") << QStringList{u"import"_s, u"map.waymark"_s, csv, u"--map"_s, u"score=nps"_s}
                                         << u"waymark: error: 'score' is not a field (fields: stage, touchpoint, respondent, "
                                            "nps, csat, ces, fcr, response_minutes, submitted_at)\n"_s;
    QTest::newRow("metrics without FILE") << QStringList{u"metrics"_s, u"--json"_s} << u"waymark: error: missing FILE\n"_s;
    QTest::newRow("--by without value") << QStringList{u"metrics"_s, u"map.waymark"_s, u"--by"_s}
                                        << u"waymark: error: Missing value after '--by'.\n"_s;
}

void TestCliMetrics::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, error);

    const QByteArray before = digest(m_map);
    const Run result = run(arguments);
    COMPARE_EXIT(result, 2);
    QCOMPARE(result.out, QString());
    QVERIFY2(result.err.startsWith(error), qPrintable(describe(result)));
    QVERIFY2(result.err.contains(u"Try 'waymark "_s + arguments.first() + u" --help'."_s), qPrintable(describe(result)));
    QCOMPARE(digest(m_map), before);
}

// Without --json: a table to read, one aligned line per stage, touchpoint and segment value.
void TestCliMetrics::metricsText()
{
    importFixture(u"responses.csv"_s);
    const Run metrics = run({u"metrics"_s, u"map.waymark"_s, u"--by"_s, u"gender"_s});
    COMPARE_EXIT(metrics, 0);
    QCOMPARE(metrics.err, QString());
    const QStringList lines = metrics.out.split(u'\n');
    QVERIFY2(lines.size() > 20, qPrintable(metrics.out));

    // Each section: a heading with the column titles, then rows as wide as it.
    const auto section = [&lines](const QString &title) {
        qsizetype start = -1;
        for (qsizetype i = 0; i < lines.size(); ++i) {
            if (lines.at(i).startsWith(title + u' ') && lines.at(i).contains(u"NPS"_s)) {
                start = i;
                break;
            }
        }
        QStringList rows;
        for (qsizetype i = start; start >= 0 && i < lines.size() && !lines.at(i).isEmpty(); ++i)
            rows.append(lines.at(i));
        return rows;
    };
    const QStringList stages = section(u"Stage"_s);
    QCOMPARE(stages.size(), 8);
    for (const QString &heading : {u"n"_s, u"NPS"_s, u"95 %"_s, u"CSAT"_s, u"CES"_s, u"FCR"_s, u"minutes"_s})
        QVERIFY2(stages.first().contains(heading), qPrintable(stages.first()));
    for (const QString &row : stages)
        QCOMPARE(row.size(), stages.first().size());
    QVERIFY(stages.at(1).startsWith(u"Research online "_s));
    QVERIFY2(stages.at(1).contains(u"+33.3"_s) && stages.at(1).contains(u"66.7 %"_s), qPrintable(stages.at(1)));
    // A stage without answers shows dashes, not zeros.
    QVERIFY(stages.at(4).startsWith(u"Setup and number transfer "_s));
    QVERIFY2(stages.at(4).contains(u"—"_s) && !stages.at(4).contains(u"0.0"_s), qPrintable(stages.at(4)));
    QVERIFY2(stages.at(6).contains(u"50.0 %"_s) && stages.at(6).contains(u"16.0"_s), qPrintable(stages.at(6)));

    const QStringList overall = section(u"Overall"_s);
    QCOMPARE(overall.size(), 2);
    QVERIFY2(overall.at(1).startsWith(u"All responses "_s) && overall.at(1).contains(u"±50.4"_s), qPrintable(overall.at(1)));
    QCOMPARE(overall.at(1).size(), overall.at(0).size());

    const QStringList touchpoints = section(u"Touchpoint"_s);
    QCOMPARE(touchpoints.size(), 6);
    const QStringList genders = section(u"gender"_s);
    QCOMPARE(genders.size(), 4);
    QVERIFY2(genders.at(1).startsWith(u"female "_s) && genders.at(1).contains(u"-16.7"_s), qPrintable(genders.at(1)));
    for (const QString &row : genders)
        QCOMPARE(row.size(), genders.first().size());

    QVERIFY2(metrics.out.contains(u"Business (2025): churn 14.0 %, customer lifetime value 1782.00\n"_s), qPrintable(metrics.out));
}

void TestCliMetrics::metricsOfEmptyMap()
{
    const QJsonObject json = metricsJson();
    const QJsonObject overall = json.value(u"overall"_s).toObject();
    QCOMPARE(overall.value(u"responses"_s).toInteger(-1), 0);
    QVERIFY(overall.value(u"nps"_s).toObject().value(u"score"_s).isNull());
    QVERIFY(overall.value(u"csat"_s).toObject().value(u"score"_s).isNull());
    QCOMPARE(json.value(u"stages"_s).toArray().size(), 7);
    QCOMPARE(json.value(u"touchpoints"_s).toArray(), QJsonArray());

    const Run text = run({u"metrics"_s, u"map.waymark"_s});
    COMPARE_EXIT(text, 0);
    QVERIFY2(text.out.contains(u"All responses"_s), qPrintable(text.out));
}

void TestCliMetrics::metricsUnknownAttribute()
{
    importFixture(u"responses.csv"_s);
    const Run metrics = run({u"metrics"_s, u"map.waymark"_s, u"--json"_s, u"--by"_s, u"region"_s});
    COMPARE_EXIT(metrics, 1);
    QCOMPARE(metrics.out, QString());
    QCOMPARE(metrics.err, u"waymark: error: the responses have no segment attribute 'region' (they have: age, channel, gender)\n"_s);
}

QTEST_GUILESS_MAIN(TestCliMetrics)
#include "tst_climetrics.moc"
