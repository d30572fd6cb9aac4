// Survey exports laid out exactly as the tools write them (tests/fixtures/survey, see its
// README) import in one step with the right figures. Each row: how the file must be read
// (tool, header rows, encoding, delimiter), the rows it must skip, and the overall and per-stage
// NPS, CSAT (score and mean) and FCR worked out by hand from the fixture (the arithmetic is in
// the comments). The figures come from the stored response summary, as `waymark metrics` shows.

#include "document/document.h"
#include "metrics/metricsreport.h"
#include "support/testsupport.h"
#include "survey/surveyfile.h"
#include "survey/surveyimport.h"

#include <QTest>

#include <cmath>
#include <memory>

using namespace Qt::StringLiterals;
using namespace Waymark;

namespace {

constexpr double Null = std::numeric_limits<double>::quiet_NaN();

struct Figures {
    QString stage; // empty: overall
    qint64 responses = 0;
    double nps = Null;
    double csat = Null;
    double csatMean = Null;
    double fcr = Null;
};
using StageFigures = QList<Figures>;
using Options = QList<QPair<QString, QString>>; // ("map", "csat=Q3"), ("values", "fcr:2=no"), ("attribute", ...), ("keep", ...)

const QString RO = u"Research online"_s, SV = u"Store visit"_s, CC = u"Contract and checkout"_s,
              SN = u"Setup and number transfer"_s, FB = u"First bill"_s, SC = u"Support contact"_s,
              RA = u"Renewal and advocacy"_s;

ImportOptions importOptions(const Options &given)
{
    ImportOptions options;
    for (const auto &[kind, value] : given) {
        if (kind == u"map"_s) {
            options.columns.insert(value.section(u'=', 0, 0), value.section(u'=', 1));
        } else if (kind == u"values"_s) {
            ValueMap::Entry entry;
            if (ValueMap::parse(value, &entry).isEmpty())
                options.values.set(entry.field, entry.label, entry.value);
        } else if (kind == u"attribute"_s) {
            options.attributes.append({value.section(u'=', 0, 0), value.section(u'=', 1)});
        } else if (kind == u"keep"_s) {
            options.keep.append(value);
        }
    }
    return options;
}

bool same(double actual, double expected)
{
    if (std::isnan(expected))
        return std::isnan(actual);
    return std::abs(actual - expected) <= 1e-9 * std::max(1.0, std::abs(expected));
}

double value(const std::optional<double> &figure)
{
    return figure ? *figure : Null;
}

QString describe(const Figures &f)
{
    return u"%1: %2 responses, NPS %3, CSAT %4 (mean %5), FCR %6"_s.arg(f.stage.isEmpty() ? u"overall"_s : f.stage)
        .arg(f.responses)
        .arg(f.nps, 0, 'g', 12)
        .arg(f.csat, 0, 'g', 12)
        .arg(f.csatMean, 0, 'g', 12)
        .arg(f.fcr, 0, 'g', 12);
}

Figures figuresOf(const QString &stage, const Metrics &m)
{
    return {stage, m.responses, value(m.nps), value(m.csat), value(m.csatMean), value(m.fcrRate)};
}

bool sameFigures(const Figures &a, const Figures &b)
{
    return a.stage == b.stage && a.responses == b.responses && same(a.nps, b.nps) && same(a.csat, b.csat)
           && same(a.csatMean, b.csatMean) && same(a.fcr, b.fcr);
}

} // namespace

Q_DECLARE_METATYPE(Figures)

class TestSurveyFixtures : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void figures_data();
    void figures();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Document> m_doc;
};

void TestSurveyFixtures::init()
{
    m_dir = Test::scratchDir();
    m_doc = Test::documentFromTemplate(m_dir->filePath(u"map.waymark"_s), u"phone-store"_s);
    QVERIFY(m_doc);
}

void TestSurveyFixtures::cleanup()
{
    m_doc.reset();
    m_dir.reset();
}

void TestSurveyFixtures::figures_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<Options>("options");
    QTest::addColumn<int>("tool");
    QTest::addColumn<int>("headerRows");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<char>("delimiter");
    QTest::addColumn<QString>("skipped");
    QTest::addColumn<Figures>("overall");
    QTest::addColumn<StageFigures>("stages"); // the stages with responses, in map order

    // 17 rows: 13 finished responses, a survey preview, a spam response, an unfinished one and
    // one that answers nothing. Two respondents chose "Setup and  number transfer" (two spaces
    // in the survey's choice text). NPS 9 6 | 10 3 7 | 9 8 | 0 5 | 4 6 1 6: promoters 9 10 9,
    // passives 7 8, the other 8 detractors: 100 * (3 - 8) / 13. CSAT labels 5 4 | 5 2 3 | 4 3 |
    // 1 2 | 2 4 1 3: 5 of 13 are 4 or 5, the sum 39. FCR yes no | no yes no yes: 3 of 6.
    QTest::newRow("Qualtrics")
        << u"qualtrics.csv"_s
        << Options{{u"map"_s, u"csat=Overall,  how satisfied are you with this part of your experience?"_s},
                   {u"map"_s, u"fcr=q4"_s}, {u"attribute"_s, u"age=What is your age?"_s}}
        << int(SurveyTool::Qualtrics) << 3 << u"UTF-8"_s << ',' << u"1 survey preview, 1 marked as spam, 1 unfinished, 1 answering nothing"_s
        << Figures{{}, 13, -500.0 / 13, 500.0 / 13, 3.0, 50}
        << StageFigures{{RO, 2, 0, 100, 4.5, Null},       {SV, 3, 0, 100.0 / 3, 10.0 / 3, Null},
                        {SN, 2, 50, 50, 3.5, 50},         {FB, 2, -100, 0, 1.5, Null},
                        {SC, 4, -100, 25, 2.5, 50}};

    // Legacy layout, numeric values: the stage question's codes 1..7 are the map's stages in
    // order, FCR 1 yes and 2 no. 12 rows: a preview (Status 1) and one unfinished (Finished 0)
    // skipped. NPS 10 | 8 4 | 9 7 | 2 | 9 3 0 | 10: 4 promoters, 2 passives, 4 detractors.
    // CSAT 5 | 4 2 | 4 3 | 1 | 5 2 1 | 5: 5 of 10, sum 32. FCR 1 2 2: 1 of 3.
    QTest::newRow("Qualtrics legacy, numeric codes")
        << u"qualtrics-legacy.csv"_s
        << Options{{u"map"_s, u"csat=Q3"_s}, {u"map"_s, u"fcr=Was your question answered on the first contact?"_s},
                   {u"values"_s, u"stage:1=Research online"_s}, {u"values"_s, u"stage:2=store visit"_s},
                   {u"values"_s, u"stage:3=Contract and checkout"_s}, {u"values"_s, u"stage:4=Setup and number transfer"_s},
                   {u"values"_s, u"stage:5=First bill"_s}, {u"values"_s, u"stage:6=Support contact"_s},
                   {u"values"_s, u"stage:7=Renewal and advocacy"_s}, {u"values"_s, u"fcr:2=no"_s}}
        << int(SurveyTool::QualtricsLegacy) << 2 << u"UTF-8"_s << ',' << u"1 survey preview, 1 unfinished"_s
        << Figures{{}, 10, 0, 50, 3.2, 100.0 / 3}
        << StageFigures{{RO, 1, 100, 100, 5, Null}, {SV, 2, -50, 50, 3, Null},  {CC, 2, 50, 50, 3.5, Null},
                        {FB, 1, -100, 0, 1, Null},  {SC, 3, -100.0 / 3, 100.0 / 3, 8.0 / 3, 100.0 / 3},
                        {RA, 1, 100, 100, 5, Null}};

    // 11 rows, one answering nothing. NPS 10 7 | 9 | 6 2 | 8 | 3 9 7 | 10: promoters 10 9 9 10,
    // passives 7 8 7, detractors 6 2 3. CSAT 5 4 | 5 | 3 2 | 4 | 1 4 2 | 5: 6 of 10, sum 35.
    // FCR no yes no.
    QTest::newRow("SurveyMonkey expanded")
        << u"surveymonkey-expanded.csv"_s
        << Options{{u"map"_s, u"csat=How satisfied were you with this part of your experience?"_s},
                   {u"map"_s, u"fcr=Was your issue resolved on the first contact?"_s}}
        << int(SurveyTool::SurveyMonkeyExpanded) << 2 << u"UTF-8"_s << ',' << u"1 answering nothing"_s
        << Figures{{}, 10, 10, 60, 3.5, 100.0 / 3}
        << StageFigures{{RO, 2, 50, 100, 4.5, Null}, {SV, 1, 100, 100, 5, Null},  {CC, 2, -100, 0, 2.5, Null},
                        {FB, 1, 0, 100, 4, Null},    {SC, 3, 0, 100.0 / 3, 7.0 / 3, 100.0 / 3}, {RA, 1, 100, 100, 5, Null}};

    // NPS labels at the ends ("10 - Extremely likely"). NPS 10 8 | 4 9 | 0 6 | 7 10 | 3:
    // promoters 10 9 10, passives 8 7, detractors 4 0 6 3. CSAT 5 4 | 2 4 | 1 3 | 4 5 | 2: 5 of 9,
    // sum 30. FCR no yes yes yes.
    QTest::newRow("SurveyMonkey condensed")
        << u"surveymonkey-condensed.csv"_s
        << Options{{u"map"_s, u"csat=How satisfied were you with this part of your experience?"_s},
                   {u"map"_s, u"fcr=Was your issue resolved on the first contact?"_s}}
        << int(SurveyTool::SurveyMonkeyCondensed) << 2 << u"UTF-8"_s << ',' << QString()
        << Figures{{}, 9, -100.0 / 9, 500.0 / 9, 30.0 / 9, 75}
        << StageFigures{{SV, 2, 50, 100, 4.5, Null}, {SN, 2, 0, 50, 3, 50},      {FB, 2, -100, 0, 2, Null},
                        {SC, 2, 50, 100, 4.5, 100},  {RA, 1, -100, 0, 2, Null}};

    // NPS 9 | 7 10 | 8 | 8 | 2 9 6 10 | 7: promoters 9 10 9 10, passives 7 8 8 7, detractors 2 6.
    // CSAT 5 | 4 5 | 2 | 4 | 1 4 3 5 | 2: 6 of 10, sum 35. FCR no yes no yes.
    QTest::newRow("Google Forms")
        << u"google-forms.csv"_s
        << Options{{u"map"_s, u"csat=How satisfied are you with this part of your experience?"_s},
                   {u"map"_s, u"fcr=Was your problem solved the first time you got in touch?"_s},
                   {u"map"_s, u"response_minutes=How many minutes did you wait for an answer?"_s}}
        << int(SurveyTool::GoogleForms) << 1 << u"UTF-8"_s << ',' << QString()
        << Figures{{}, 10, 20, 60, 3.5, 50}
        << StageFigures{{RO, 1, 100, 100, 5, Null}, {SV, 2, 50, 100, 4.5, Null}, {CC, 1, 0, 0, 2, Null},
                        {FB, 1, 0, 100, 4, Null},   {SC, 4, 0, 50, 3.25, 50},    {RA, 1, 0, 0, 2, Null}};

    // One partial response skipped. NPS 8 | 10 9 | 3 7 8 | 1 | 9 | 7: promoters 10 9 9, passives
    // 8 7 8 7, detractors 3 1. CSAT 4 | 5 4 | 2 2 3 | 1 | 5 | 4: 5 of 9, sum 30. FCR 0 0 1 | 1.
    QTest::newRow("Typeform")
        << u"typeform.csv"_s
        << Options{{u"map"_s, u"csat=How satisfied are you with this part of your experience?"_s},
                   {u"map"_s, u"fcr=Was your issue solved the first time you got in touch?"_s}}
        << int(SurveyTool::Typeform) << 1 << u"UTF-8"_s << ',' << u"1 unfinished"_s
        << Figures{{}, 9, 100.0 / 9, 500.0 / 9, 30.0 / 9, 50}
        << StageFigures{{RO, 1, 0, 100, 4, Null},           {CC, 2, 100, 100, 4.5, Null},
                        {SN, 3, -100.0 / 3, 0, 7.0 / 3, 100.0 / 3},
                        {FB, 1, -100, 0, 1, Null},          {SC, 1, 100, 100, 5, 100}, {RA, 1, 0, 100, 4, Null}};

    // Windows-1252, semicolons, decimal commas in 8 of the 12 waiting times, "ja"/"nein".
    // NPS 10 9 3 7 | 2 | 5 6 | 4 9 | 1 6 | 8: promoters 10 9 9, passives 7 8, detractors the other
    // 7: 100 * (3 - 7) / 12. CSAT 5 4 2 4 | 1 | 3 3 | 2 5 | 1 3 | 4: 5 of 12, sum 37.
    // FCR ja ja nein ja | nein ja | nein nein: 4 of 8.
    QTest::newRow("German Excel CSV")
        << u"excel-german.csv"_s
        << Options{{u"map"_s, u"respondent=Befragten-ID"_s}, {u"map"_s, u"csat=Zufriedenheit (1-5)"_s},
                   {u"map"_s, u"fcr=Beim ersten Kontakt gelöst?"_s}, {u"map"_s, u"response_minutes=Wartezeit (Minuten)"_s},
                   {u"map"_s, u"submitted_at=Eingang"_s}}
        << int(SurveyTool::Plain) << 1 << u"windows-1252"_s << ';' << QString()
        << Figures{{}, 12, -400.0 / 12, 500.0 / 12, 37.0 / 12, 50}
        << StageFigures{{RO, 1, -100, 0, 1, Null},  {SV, 2, -100, 0, 3, Null}, {CC, 1, 0, 100, 4, Null},
                        {SN, 2, 0, 50, 3.5, 50},    {FB, 2, -100, 0, 2, 0},    {SC, 4, 25, 75, 3.75, 75}};

    // Semicolons, a BOM, commas in every question text. NPS 10 | 9 8 | 4 | 8 | 0 7 | 9:
    // promoters 10 9 9, passives 8 8 7, detractors 4 0. CSAT 5 | 4 3 | 2 | 4 | 1 3 | 5: 4 of 8, sum 27.
    QTest::newRow("semicolons, commas in the questions")
        << u"semicolon-questions.csv"_s
        << Options{{u"map"_s, u"csat=All in all, how satisfied were you (1 = very dissatisfied, 5 = very satisfied)?"_s}}
        << int(SurveyTool::Plain) << 1 << u"UTF-8"_s << ';' << QString()
        << Figures{{}, 8, 12.5, 50, 27.0 / 8, Null}
        << StageFigures{{RO, 1, 100, 100, 5, Null}, {SV, 2, 50, 50, 3.5, Null}, {CC, 1, -100, 0, 2, Null},
                        {FB, 1, 0, 100, 4, Null},   {SC, 2, -50, 0, 2, Null},   {RA, 1, 100, 100, 5, Null}};

    // UTF-16LE with a BOM, tabs, CRLF. NPS 9 | 7 | 10 | 7 | 5 | 8 9 | 10: promoters 9 10 9 10,
    // passives 7 7 8, detractor 5. CSAT 4 | 2 | 5 | 3 | 2 | 4 1 | 5: 4 of 8, sum 26. FCR yes | yes no.
    QTest::newRow("Excel Unicode Text")
        << u"excel-unicode.txt"_s << Options{{u"map"_s, u"response_minutes=Minutes"_s}}
        << int(SurveyTool::Plain) << 1 << u"UTF-16LE"_s << '\t' << QString()
        << Figures{{}, 8, 37.5, 50, 3.25, 200.0 / 3}
        << StageFigures{{RO, 1, 100, 100, 4, Null}, {SV, 1, 0, 0, 2, Null}, {CC, 1, 100, 100, 5, Null},
                        {SN, 1, 0, 0, 3, 100},      {FB, 1, -100, 0, 2, Null}, {SC, 2, 50, 50, 2.5, 50},
                        {RA, 1, 100, 100, 5, Null}};
}

void TestSurveyFixtures::figures()
{
    QFETCH(QString, file);
    QFETCH(Options, options);
    QFETCH(int, tool);
    QFETCH(int, headerRows);
    QFETCH(QString, encoding);
    QFETCH(char, delimiter);
    QFETCH(QString, skipped);
    QFETCH(Figures, overall);
    QFETCH(StageFigures, stages);

    SurveyImport import(*m_doc, importOptions(options));
    QCOMPARE(import.optionProblems(), QStringList());
    const auto device = SurveyFile::open(Test::fixture(u"survey/"_s + file));
    QVERIFY(import.read(device.get(), file));
    const ImportReport &report = import.report();
    QStringList problems;
    for (const ImportProblem &problem : report.problems)
        problems.append(u"line %1: %2"_s.arg(problem.line).arg(problem.reason));
    QCOMPARE(problems, QStringList());
    QCOMPARE(int(report.layout.tool), tool);
    QCOMPARE(report.layout.headerRows, headerRows);
    QCOMPARE(report.encoding, encoding);
    QCOMPARE(report.delimiter, delimiter);
    QCOMPARE(report.skippedText(), skipped);
    QCOMPARE(import.batch().size(), overall.responses);

    m_doc->insertResponses(import.batch());
    const MetricsReport metrics = MetricsEngine::compute(*m_doc);
    const Figures actual = figuresOf({}, metrics.overall);
    QVERIFY2(sameFigures(actual, overall), qPrintable(describe(actual) + u"\nexpected "_s + describe(overall)));
    StageFigures answered;
    for (const MetricsReport::Stage &stage : metrics.stages) {
        if (stage.metrics.responses > 0)
            answered.append(figuresOf(stage.name, stage.metrics));
    }
    QCOMPARE(answered.size(), stages.size());
    for (qsizetype i = 0; i < stages.size(); ++i)
        QVERIFY2(sameFigures(answered.at(i), stages.at(i)), qPrintable(describe(answered.at(i)) + u"\nexpected "_s + describe(stages.at(i))));
}

QTEST_GUILESS_MAIN(TestSurveyFixtures)
#include "tst_surveyfixtures.moc"
