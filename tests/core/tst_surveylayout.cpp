// Survey export layouts recognised by their header rows (LayoutDetector): Qualtrics' three rows
// (export tags, question texts, import ids) and its legacy V1..V10 layout, SurveyMonkey's second
// header row (expanded and condensed), Google Forms' Timestamp, Typeform's #, Submit Date (UTC)
// and Network ID, and a plain header otherwise; the names each column can be mapped by; and a
// signature that is the same for next month's export of the same survey and differs otherwise.

#include "survey/surveylayout.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Waymark;

using Records = QList<QStringList>;

namespace {

Records qualtrics(const QString &q1 = u"Which stage?"_s)
{
    return {{u"StartDate"_s, u"Status"_s, u"ResponseId"_s, u"Q1"_s, u"Q2"_s},
            {u"Start Date"_s, u"Response Type"_s, u"Response ID"_s, q1, u"How likely are you to recommend us?"_s},
            {u"{\"ImportId\":\"startDate\",\"timeZone\":\"America/Denver\"}"_s, u"{\"ImportId\":\"status\"}"_s,
             u"{\"ImportId\":\"_recordId\"}"_s, u"{\"ImportId\":\"QID1\"}"_s, u"{\"ImportId\":\"QID2\"}"_s},
            {u"2026-03-01 10:00:00"_s, u"IP Address"_s, u"R_1"_s, u"Store visit"_s, u"9"_s}};
}

} // namespace

class TestSurveyLayout : public QObject
{
    Q_OBJECT

private slots:
    void detect_data();
    void detect();
    void qualtricsColumns();
    void surveyMonkeyColumns();
    void keysAreUnique();
    void signature_data();
    void signature();
};

void TestSurveyLayout::detect_data()
{
    QTest::addColumn<Records>("records");
    QTest::addColumn<int>("tool");
    QTest::addColumn<int>("headerRows");

    QTest::newRow("Qualtrics") << qualtrics() << int(SurveyTool::Qualtrics) << 3;
    QTest::newRow("Qualtrics, import ids with spaces")
        << Records{{u"Q1"_s, u"Q2"_s}, {u"a?"_s, u"b?"_s}, {u" {\"ImportId\":\"QID1\"} "_s, u"{\"ImportId\":\"QID2\"}"_s}}
        << int(SurveyTool::Qualtrics) << 3;
    QTest::newRow("Qualtrics legacy")
        << Records{{u"V1"_s, u"V2"_s, u"V3"_s, u"V4"_s, u"V5"_s, u"V6"_s, u"V7"_s, u"V8"_s, u"V9"_s, u"V10"_s, u"Q1"_s},
                   {u"ResponseID"_s, u"ResponseSet"_s, u"Name"_s, u"ExternalDataReference"_s, u"EmailAddress"_s,
                    u"IPAddress"_s, u"Status"_s, u"StartDate"_s, u"EndDate"_s, u"Finished"_s, u"Which stage?"_s}}
        << int(SurveyTool::QualtricsLegacy) << 2;
    QTest::newRow("SurveyMonkey expanded")
        << Records{{u"Respondent ID"_s, u"Collector ID"_s, u"Start Date"_s, u"Which stage?"_s, u"Which channels?"_s, QString()},
                   {QString(), QString(), QString(), u"Response"_s, u"Web"_s, u"Phone"_s}}
        << int(SurveyTool::SurveyMonkeyExpanded) << 2;
    QTest::newRow("SurveyMonkey condensed")
        << Records{{u"Respondent ID"_s, u"Collector ID"_s, u"Which stage?"_s, u"Comments"_s},
                   {QString(), QString(), u"Response"_s, u"Open-Ended Response"_s}}
        << int(SurveyTool::SurveyMonkeyCondensed) << 2;
    QTest::newRow("Google Forms") << Records{{u"Timestamp"_s, u"Which stage?"_s}, {u"2026/03/09 9:14:02 AM GMT"_s, u"x"_s}}
                                  << int(SurveyTool::GoogleForms) << 1;
    QTest::newRow("Google Forms, German") << Records{{u"Zeitstempel"_s, u"Phase"_s}} << int(SurveyTool::GoogleForms) << 1;
    QTest::newRow("Typeform") << Records{{u"#"_s, u"Which stage?"_s, u"Start Date (UTC)"_s, u"Submit Date (UTC)"_s, u"Network ID"_s}}
                              << int(SurveyTool::Typeform) << 1;
    QTest::newRow("plain") << Records{{u"stage"_s, u"nps"_s}, {u"Store visit"_s, u"9"_s}} << int(SurveyTool::Plain) << 1;
    QTest::newRow("plain: a # column alone is no Typeform") << Records{{u"#"_s, u"stage"_s}} << int(SurveyTool::Plain) << 1;
    QTest::newRow("plain: V1 V2 without the rest") << Records{{u"V1"_s, u"V2"_s, u"stage"_s}, {u"a"_s, u"b"_s, u"c"_s}}
                                                   << int(SurveyTool::Plain) << 1;
    QTest::newRow("plain: Respondent ID alone is no SurveyMonkey")
        << Records{{u"Respondent ID"_s, u"stage"_s}, {u"1"_s, u"Store visit"_s}} << int(SurveyTool::Plain) << 1;
    QTest::newRow("plain: one record") << Records{{u"stage"_s}} << int(SurveyTool::Plain) << 1;
}

void TestSurveyLayout::detect()
{
    QFETCH(Records, records);
    QFETCH(int, tool);
    QFETCH(int, headerRows);
    const SurveyLayout layout = LayoutDetector::detect(records);
    QCOMPARE(int(layout.tool), tool);
    QCOMPARE(layout.headerRows, headerRows);
    QCOMPARE(layout.headerRowNames.size(), headerRows);
    QCOMPARE(layout.columns.size(), records.first().size());
}

// Every header row names the column: the export tag, the question text, the import id.
void TestSurveyLayout::qualtricsColumns()
{
    const SurveyLayout layout = LayoutDetector::detect(qualtrics());
    const SurveyColumn &q2 = layout.columns.at(4);
    QCOMPARE(q2.key, u"Q2"_s);
    QCOMPARE(q2.label, u"How likely are you to recommend us?"_s);
    QVERIFY(q2.names.contains(u"QID2"_s));
    QCOMPARE(layout.columnsNamed(u"q2"_s), QList<int>{4});
    QCOMPARE(layout.columnsNamed(u"how likely  ARE you to recommend us?"_s), QList<int>{4});
    QCOMPARE(layout.columnsNamed(u"QID2"_s), QList<int>{4});
    QCOMPARE(layout.columnsNamed(u"Q3"_s), QList<int>());
    QCOMPARE(layout.columns.at(0).timeZone, u"America/Denver"_s);
    QCOMPARE(layout.columnWithName(2, u"_recordId"_s), 2);
}

// An option of a multi-column question is named "question - option".
void TestSurveyLayout::surveyMonkeyColumns()
{
    const SurveyLayout layout = LayoutDetector::detect(
        {{u"Respondent ID"_s, u"Collector ID"_s, u"Which channels?"_s, QString(), u"How satisfied?"_s},
         {QString(), QString(), u"Web"_s, u"Phone"_s, u"Response"_s}});
    QCOMPARE(layout.columns.at(2).label, u"Which channels? - Web"_s);
    QCOMPARE(layout.columns.at(3).label, u"Which channels? - Phone"_s);
    QCOMPARE(layout.columns.at(4).label, u"How satisfied?"_s);
    QCOMPARE(layout.columnsNamed(u"Which channels? - Phone"_s), QList<int>{3});
    QCOMPARE(layout.columnsNamed(u"Phone"_s), QList<int>{3});
    QCOMPARE(layout.columnsNamed(u"How satisfied?"_s), QList<int>{4});
}

void TestSurveyLayout::keysAreUnique()
{
    const SurveyLayout layout = LayoutDetector::detect({{u"a"_s, u"A"_s, QString(), u"a"_s, QString()}});
    QStringList keys;
    for (const SurveyColumn &column : layout.columns)
        keys.append(column.key);
    QCOMPARE(keys, (QStringList{u"a"_s, u"A (2)"_s, u"column 3"_s, u"a (3)"_s, u"column 5"_s}));
}

void TestSurveyLayout::signature_data()
{
    QTest::addColumn<Records>("first");
    QTest::addColumn<Records>("second");
    QTest::addColumn<bool>("same");

    Records nextMonth = qualtrics();
    nextMonth[3] = {u"2026-04-01 10:00:00"_s, u"IP Address"_s, u"R_9"_s, u"First bill"_s, u"3"_s};
    nextMonth.append({u"2026-04-02 10:00:00"_s, u"IP Address"_s, u"R_10"_s, u"Store visit"_s, u"10"_s});
    QTest::newRow("next month's export") << qualtrics() << nextMonth << true;
    QTest::newRow("a question reworded") << qualtrics() << qualtrics(u"Which part of the journey?"_s) << false;
    QTest::newRow("same header, another tool")
        << Records{{u"Timestamp"_s, u"stage"_s}} << Records{{u"timestamp"_s, u"stage"_s}} << true;
    QTest::newRow("plain, a column more") << Records{{u"stage"_s, u"nps"_s}} << Records{{u"stage"_s, u"nps"_s, u"csat"_s}} << false;
    QTest::newRow("plain, spacing and case") << Records{{u"Stage"_s, u"How  likely?"_s}} << Records{{u"stage"_s, u"how likely?"_s}}
                                             << true;
}

void TestSurveyLayout::signature()
{
    QFETCH(Records, first);
    QFETCH(Records, second);
    QFETCH(bool, same);
    const QString a = LayoutDetector::detect(first).signature;
    const QString b = LayoutDetector::detect(second).signature;
    QVERIFY(!a.isEmpty());
    QCOMPARE(a == b, same);
}

QTEST_GUILESS_MAIN(TestSurveyLayout)
#include "tst_surveylayout.moc"
