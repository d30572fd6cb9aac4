// Survey import (DESIGN.md, "CSV import"): headers matched case-insensitively or mapped as
// --map does, stages matched case-insensitively, touchpoints by card title, every other column
// a segment attribute; every kind of bad row reported as "line N: reason" with the physical
// line the record starts on; and reading never writes: the caller imports all rows, the valid
// ones (--skip-invalid) or none (by default, and always for --dry-run).

#include "document/document.h"
#include "io/formaterror.h"
#include "io/surveyimport.h"
#include "metrics/metricsreport.h"
#include "support/testsupport.h"

#include <QTest>

#include <cmath>
#include <memory>

using namespace Qt::StringLiterals;
using namespace Waymark;

using Mapping = QList<QPair<QString, QString>>;

namespace {

QStringList problemLines(const SurveyImport &import)
{
    QStringList lines;
    for (const ImportProblem &problem : import.problems())
        lines.append(u"line %1: %2"_s.arg(problem.line).arg(problem.reason));
    return lines;
}

// The header of most tests; `comment` lets a row hold a quoted line break.
const QByteArray header = "stage,touchpoint,nps,csat,ces,fcr,response_minutes,gender,comment\n";

} // namespace

class TestSurveyImport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void headerRoles_data();
    void headerRoles();
    void mappedQuestionHeaders();
    void mappingErrors();
    void answersRead();
    void stageCaseInsensitive();
    void touchpointsByTitle();
    void attributes();
    void badRow_data();
    void badRow();
    void badFile_data();
    void badFile();
    void problemsAreCapped();
    void cancel();

    void readingWritesNothing();
    void allOrNothing();
    void skipInvalid();

private:
    Id stageNamed(const QString &name) const;
    Id touchpointTitled(const QString &title) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Document> m_doc;
};

void TestSurveyImport::initTestCase()
{
    QCOMPARE(SurveyImport::fieldNames(), (QStringList{u"stage"_s, u"touchpoint"_s, u"respondent"_s, u"nps"_s, u"csat"_s, u"ces"_s,
                                                     u"fcr"_s, u"response_minutes"_s, u"submitted_at"_s}));
}

void TestSurveyImport::init()
{
    m_dir = Test::scratchDir();
    QVERIFY(m_dir->isValid());
    m_doc = Test::documentFromTemplate(m_dir->filePath(u"map.waymark"_s), u"phone-store"_s);
    QVERIFY(m_doc);
}

void TestSurveyImport::cleanup()
{
    m_doc.reset();
    m_dir.reset();
}

Id TestSurveyImport::stageNamed(const QString &name) const
{
    for (const Stage &stage : m_doc->stages()) {
        if (stage.name == name)
            return stage.id;
    }
    return 0;
}

Id TestSurveyImport::touchpointTitled(const QString &title) const
{
    for (const Stage &stage : m_doc->stages()) {
        for (const Id id : m_doc->cardsOfStage(stage.id)) {
            if (m_doc->card(id)->title == title)
                return id;
        }
    }
    return 0;
}

// What each column becomes: a field (matched in any case; "respondent_id" is the respondent)
// or "" for a segment attribute.
void TestSurveyImport::headerRoles_data()
{
    QTest::addColumn<QByteArray>("headerLine");
    QTest::addColumn<QStringList>("roles");
    QTest::addColumn<QStringList>("attributes");

    QTest::newRow("lower case") << QByteArray("stage,nps,gender") << QStringList{u"stage"_s, u"nps"_s, QString()}
                                << QStringList{u"gender"_s};
    QTest::newRow("any case")
        << QByteArray("STAGE,Touchpoint,NPS,Csat,cEs,FCR,Response_Minutes,Respondent_ID,Submitted_At,Gender,AGE")
        << QStringList{u"stage"_s, u"touchpoint"_s, u"nps"_s, u"csat"_s, u"ces"_s, u"fcr"_s, u"response_minutes"_s,
                       u"respondent"_s, u"submitted_at"_s, QString(), QString()}
        << QStringList{u"Gender"_s, u"AGE"_s};
    QTest::newRow("padded, quoted") << QByteArray(" channel ,\" Stage \",\"nps\",respondent") << QStringList{QString(), u"stage"_s, u"nps"_s, u"respondent"_s}
                                    << QStringList{u"channel"_s};
    QTest::newRow("semicolons, BOM") << QByteArray("\xEF\xBB\xBFregion;Stage;NPS") << QStringList{QString(), u"stage"_s, u"nps"_s}
                                     << QStringList{u"region"_s};
    QTest::newRow("tabs") << QByteArray("Stage\tcsat\tplan") << QStringList{u"stage"_s, u"csat"_s, QString()} << QStringList{u"plan"_s};
    QTest::newRow("near misses are attributes") << QByteArray("stage,nps score,csat_1,minutes")
                                                << QStringList{u"stage"_s, QString(), QString(), QString()}
                                                << QStringList{u"nps score"_s, u"csat_1"_s, u"minutes"_s};
    QTest::newRow("unnamed column") << QByteArray("stage,,nps") << QStringList{u"stage"_s, QString(), u"nps"_s}
                                    << QStringList{u"column 2"_s};
}

void TestSurveyImport::headerRoles()
{
    QFETCH(QByteArray, headerLine);
    QFETCH(QStringList, roles);
    QFETCH(QStringList, attributes);

    SurveyImport import(*m_doc);
    QVERIFY(import.read(headerLine + '\n', u"survey.csv"_s));
    QCOMPARE(import.columnRoles(), roles);
    QCOMPARE(import.attributes(), attributes);
    QCOMPARE(import.rows(), 0);
}

// Survey tools export the question text as the header: --map names the column of each field.
void TestSurveyImport::mappedQuestionHeaders()
{
    const QByteArray csv =
        "\xEF\xBB\xBF\"Respondent\";\"Which part of the journey?\";\"How likely are you to recommend us to a friend; 0-10?\";"
        "\"How satisfied were you? (1-5)\";\"How easy was it? (1-7)\";\"Was it solved on the first contact?\";"
        "\"Minutes until answered\";\"Gender\"\r\n"
        "r1;Store visit;9;4;6;yes;2.5;female\r\n"
        "r2;\"First bill\";3;2;1;no;30;male\r\n";
    SurveyImport import(*m_doc);
    const Mapping mapping = {{u"stage"_s, u"which part of the journey?"_s}, // any case
                             {u"NPS"_s, u"How likely are you to recommend us to a friend; 0-10?"_s},
                             {u"csat"_s, u"  How satisfied were you? (1-5)  "_s},
                             {u"ces"_s, u"How easy was it? (1-7)"_s},
                             {u"fcr"_s, u"Was it solved on the first contact?"_s},
                             {u"response_minutes"_s, u"Minutes until answered"_s}};
    for (const auto &[field, column] : mapping)
        QCOMPARE(import.map(field, column), QString());
    QVERIFY(import.read(csv, u"survey.csv"_s));
    QCOMPARE(import.columnRoles(), (QStringList{u"respondent"_s, u"stage"_s, u"nps"_s, u"csat"_s, u"ces"_s, u"fcr"_s,
                                                u"response_minutes"_s, QString()}));
    QCOMPARE(import.attributes(), QStringList{u"Gender"_s});
    QCOMPARE(problemLines(import), QStringList());
    QCOMPARE(import.rows(), 2);

    const ResponseBatch &batch = import.batch();
    QCOMPARE(batch.size(), 2);
    QCOMPARE(batch.row(0).stage, stageNamed(u"Store visit"_s));
    QCOMPARE(int(batch.row(0).nps), 9);
    QCOMPARE(int(batch.row(0).csat), 4);
    QCOMPARE(int(batch.row(0).ces), 6);
    QCOMPARE(int(batch.row(0).fcr), 1);
    QCOMPARE(batch.row(0).minutes, 2.5);
    QCOMPARE(batch.respondent(0).toByteArray(), QByteArray("r1"));
    QCOMPARE(batch.row(1).stage, stageNamed(u"First bill"_s));
    QCOMPARE(int(batch.row(1).fcr), 0);
    QCOMPARE(batch.row(1).minutes, 30.0);
    QCOMPARE(batch.attributes(batch.row(1).attributeSet), (QList<QPair<QString, QString>>{{u"Gender"_s, u"male"_s}}));
}

void TestSurveyImport::mappingErrors()
{
    SurveyImport import(*m_doc);
    const QString unknown = import.map(u"score"_s, u"Score"_s);
    QVERIFY2(unknown.contains(u"'score' is not a field"_s) && unknown.contains(u"response_minutes"_s), qPrintable(unknown));

    QCOMPARE(import.map(u"nps"_s, u"How likely?"_s), QString());
    try {
        import.read("stage,How likely (0-10)?\nStore visit,9\n", u"survey.csv"_s);
        QFAIL("no error for a mapped column that is not there");
    } catch (const FormatError &e) {
        QCOMPARE(e.message(), u"survey.csv: no column named 'How likely?' (mapped to nps)"_s);
    }
}

void TestSurveyImport::answersRead()
{
    const QByteArray csv = "stage,respondent_id,nps,csat,ces,fcr,response_minutes,submitted_at\n"
                           "Store visit,R-1,0,1,1,No,0,2026-03-01T10:00:00Z\n"
                           "Store visit,R-2,10,5,7,YES,1440,2026-03-02\n"
                           "Store visit,,,,,,,\n"
                           "Store visit, R-4 , 9 , 3 , 4 , y , 1.25 ,\n"
                           "Store visit,R-5,8,2,2,true,2,\n"
                           "Store visit,R-6,7,4,3,FALSE,3,\n"
                           "Store visit,R-7,6,4,3,1,3,\n"
                           "Store visit,R-8,5,4,3,0,3,\n"
                           "Store visit,R-9,4,4,3,n,3,\n";
    SurveyImport import(*m_doc);
    QVERIFY(import.read(csv, u"survey.csv"_s));
    QCOMPARE(problemLines(import), QStringList());
    const ResponseBatch &batch = import.batch();
    QCOMPARE(batch.size(), 9);

    QCOMPARE(int(batch.row(0).nps), 0);
    QCOMPARE(int(batch.row(0).csat), 1);
    QCOMPARE(int(batch.row(0).ces), 1);
    QCOMPARE(int(batch.row(0).fcr), 0);
    QCOMPARE(batch.row(0).minutes, 0.0);
    QCOMPARE(batch.respondent(0).toByteArray(), QByteArray("R-1"));
    QCOMPARE(batch.submittedAt(0).toByteArray(), QByteArray("2026-03-01T10:00:00Z"));
    QCOMPARE(int(batch.row(1).nps), 10);
    QCOMPARE(int(batch.row(1).csat), 5);
    QCOMPARE(int(batch.row(1).ces), 7);
    QCOMPARE(int(batch.row(1).fcr), 1);
    QCOMPARE(batch.row(1).minutes, 1440.0);

    // Empty cells are no answer.
    QCOMPARE(int(batch.row(2).nps), int(ResponseBatch::None));
    QCOMPARE(int(batch.row(2).csat), int(ResponseBatch::None));
    QCOMPARE(int(batch.row(2).ces), int(ResponseBatch::None));
    QCOMPARE(int(batch.row(2).fcr), int(ResponseBatch::None));
    QVERIFY(std::isnan(batch.row(2).minutes));
    QCOMPARE(batch.respondent(2).toByteArray(), QByteArray());
    QCOMPARE(batch.submittedAt(2).toByteArray(), QByteArray());

    // Spaces around values do not count.
    QCOMPARE(batch.respondent(3).toByteArray(), QByteArray("R-4"));
    QCOMPARE(int(batch.row(3).nps), 9);
    QCOMPARE(int(batch.row(3).csat), 3);
    QCOMPARE(int(batch.row(3).fcr), 1);
    QCOMPARE(batch.row(3).minutes, 1.25);

    QList<int> fcr;
    for (qsizetype i = 4; i < batch.size(); ++i)
        fcr.append(batch.row(i).fcr);
    QCOMPARE(fcr, (QList<int>{1, 0, 1, 0, 0}));
}

void TestSurveyImport::stageCaseInsensitive()
{
    const QByteArray csv = "stage\nresearch ONLINE\n  Store Visit  \nCONTRACT AND CHECKOUT\n\"renewal and advocacy\"\n";
    SurveyImport import(*m_doc);
    QVERIFY(import.read(csv, u"survey.csv"_s));
    QCOMPARE(problemLines(import), QStringList());
    QList<Id> stages;
    for (qsizetype i = 0; i < import.batch().size(); ++i)
        stages.append(import.batch().row(i).stage);
    QCOMPARE(stages, (QList<Id>{stageNamed(u"Research online"_s), stageNamed(u"Store visit"_s),
                                stageNamed(u"Contract and checkout"_s), stageNamed(u"Renewal and advocacy"_s)}));
}

void TestSurveyImport::touchpointsByTitle()
{
    const QByteArray csv = "stage,touchpoint,nps\n"
                           "Research online,Handset and tariff pages,9\n"
                           "Research online,HANDSET AND TARIFF PAGES ,8\n"
                           "Support contact,customer service line,3\n"
                           "Support contact,,5\n";
    SurveyImport import(*m_doc);
    QVERIFY(import.read(csv, u"survey.csv"_s));
    QCOMPARE(problemLines(import), QStringList());
    const ResponseBatch &batch = import.batch();
    QCOMPARE(batch.size(), 4);
    const Id pages = touchpointTitled(u"Handset and tariff pages"_s);
    const Id line = touchpointTitled(u"Customer service line"_s);
    QVERIFY(pages && line);
    QCOMPARE(batch.row(0).touchpoint, pages);
    QCOMPARE(batch.row(1).touchpoint, pages);
    QCOMPARE(batch.row(2).touchpoint, line);
    QCOMPARE(batch.row(3).touchpoint, Id(0)); // none named
}

// Every column that is not a field is a segment attribute; empty values are left out.
void TestSurveyImport::attributes()
{
    const QByteArray csv = "gender,stage,age,nps,channel,region\n"
                           "female,Store visit,34,9,store,north\n"
                           "male,Store visit,,7,,north\n"
                           "female,First bill,34,9,store,north\n"
                           ",First bill,,,,\n";
    SurveyImport import(*m_doc);
    QVERIFY(import.read(csv, u"survey.csv"_s));
    QCOMPARE(problemLines(import), QStringList());
    QCOMPARE(import.attributes(), (QStringList{u"gender"_s, u"age"_s, u"channel"_s, u"region"_s}));
    const ResponseBatch &batch = import.batch();
    using Pairs = QList<QPair<QString, QString>>;
    // Sorted by name, as stored.
    QCOMPARE(batch.attributes(batch.row(0).attributeSet),
             (Pairs{{u"age"_s, u"34"_s}, {u"channel"_s, u"store"_s}, {u"gender"_s, u"female"_s}, {u"region"_s, u"north"_s}}));
    QCOMPARE(batch.attributes(batch.row(1).attributeSet), (Pairs{{u"gender"_s, u"male"_s}, {u"region"_s, u"north"_s}}));
    QCOMPARE(batch.row(2).attributeSet, batch.row(0).attributeSet); // the same set is stored once
    QCOMPARE(batch.attributes(batch.row(3).attributeSet), Pairs());
}

// Each bad row: reported with the line its record starts on (line 5: after a record with a
// quoted line break), the rows around it read.
void TestSurveyImport::badRow_data()
{
    QTest::addColumn<QByteArray>("row");
    QTest::addColumn<QString>("reason");

    QTest::newRow("unknown stage") << QByteArray("Teleport,,9,,,,,,") << u"unknown stage 'Teleport'"_s;
    QTest::newRow("no stage") << QByteArray(",,9,,,,,,") << u"no stage given"_s;
    QTest::newRow("stage of spaces") << QByteArray("   ,,9,,,,,,") << u"no stage given"_s;
    QTest::newRow("nps 11") << QByteArray("Store visit,,11,,,,,,") << u"nps must be a whole number from 0 to 10, not '11'"_s;
    QTest::newRow("nps -1") << QByteArray("Store visit,,-1,,,,,,") << u"nps must be a whole number from 0 to 10, not '-1'"_s;
    QTest::newRow("nps text") << QByteArray("Store visit,,nine,,,,,,") << u"nps must be a whole number from 0 to 10, not 'nine'"_s;
    QTest::newRow("nps fraction") << QByteArray("Store visit,,9.5,,,,,,") << u"nps must be a whole number from 0 to 10, not '9.5'"_s;
    QTest::newRow("nps with unit") << QByteArray("Store visit,,9 pts,,,,,,") << u"nps must be a whole number from 0 to 10, not '9 pts'"_s;
    QTest::newRow("csat 0") << QByteArray("Store visit,,,0,,,,,") << u"csat must be a whole number from 1 to 5, not '0'"_s;
    QTest::newRow("csat 6") << QByteArray("Store visit,,,6,,,,,") << u"csat must be a whole number from 1 to 5, not '6'"_s;
    QTest::newRow("csat text") << QByteArray("Store visit,,,good,,,,,") << u"csat must be a whole number from 1 to 5, not 'good'"_s;
    QTest::newRow("ces 0") << QByteArray("Store visit,,,,0,,,,") << u"ces must be a whole number from 1 to 7, not '0'"_s;
    QTest::newRow("ces 8") << QByteArray("Store visit,,,,8,,,,") << u"ces must be a whole number from 1 to 7, not '8'"_s;
    QTest::newRow("fcr maybe") << QByteArray("Store visit,,,,,maybe,,,") << u"fcr must be yes or no, not 'maybe'"_s;
    QTest::newRow("fcr 2") << QByteArray("Store visit,,,,,2,,,") << u"fcr must be yes or no, not '2'"_s;
    QTest::newRow("negative minutes") << QByteArray("Store visit,,,,,,-1,,")
                                      << u"response_minutes must be a number of minutes, 0 or more, not '-1'"_s;
    QTest::newRow("minutes text") << QByteArray("Store visit,,,,,,soon,,")
                                  << u"response_minutes must be a number of minutes, 0 or more, not 'soon'"_s;
    QTest::newRow("infinite minutes") << QByteArray("Store visit,,,,,,inf,,")
                                      << u"response_minutes must be a number of minutes, 0 or more, not 'inf'"_s;
    QTest::newRow("unknown touchpoint") << QByteArray("Store visit,Hologram concierge,9,,,,,,")
                                        << u"no touchpoint titled 'Hologram concierge' in the map"_s;
    QTest::newRow("title of a card that is no touchpoint")
        << QByteArray("Research online,Compares tariffs on three networks,9,,,,,,")
        << u"no touchpoint titled 'Compares tariffs on three networks' in the map"_s;
    QTest::newRow("too few fields") << QByteArray("Store visit,,9") << u"3 fields where the header has 9"_s;
    QTest::newRow("too many fields") << QByteArray("Store visit,,9,,,,,,,,") << u"11 fields where the header has 9"_s;
    QTest::newRow("long value shortened")
        << QByteArray("The stage that nobody ever heard of before today,,9,,,,,,")
        << u"unknown stage 'The stage that nobody ever heard of b...'"_s;
    QTest::newRow("first problem of the row") << QByteArray("Store visit,,11,0,8,,,,") << u"nps must be a whole number from 0 to 10, not '11'"_s;
}

void TestSurveyImport::badRow()
{
    QFETCH(QByteArray, row);
    QFETCH(QString, reason);

    const QByteArray csv = header + "Store visit,,9,4,5,yes,2,female,\n"
                         + "First bill,,3,2,2,no,10,male,\"too much,\nand late\"\n" + row + '\n'
                         + "Support contact,Customer service line,10,5,7,yes,1,female,\n";
    SurveyImport import(*m_doc);
    QVERIFY(import.read(csv, u"survey.csv"_s));
    QCOMPARE(import.rows(), 4);
    QCOMPARE(import.invalidRows(), 1);
    QCOMPARE(problemLines(import), QStringList{u"line 5: "_s + reason});
    QCOMPARE(import.batch().size(), 3);
    QCOMPARE(import.batch().row(2).stage, stageNamed(u"Support contact"_s));
}

// Files that cannot be read at all: FormatError, "SOURCE: reason".
void TestSurveyImport::badFile_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QString>("message");

    QTest::newRow("empty") << QByteArray() << u"survey.csv: the file is empty: a header row is needed"_s;
    QTest::newRow("blank lines") << QByteArray("\n\r\n\n") << u"survey.csv: the file is empty: a header row is needed"_s;
    QTest::newRow("no stage column") << QByteArray("nps,gender\n9,female\n")
                                     << u"survey.csv: there is no 'stage' column; name the column of stage names with --map stage=COLUMN"_s;
    QTest::newRow("not UTF-8") << QByteArray("stage,name\nStore visit,Zo\xeb\n")
                               << u"survey.csv: line 2: the file is not UTF-8 text; save it as UTF-8 (CSV UTF-8) and try again"_s;
    QTest::newRow("unclosed quote") << QByteArray("stage,comment\nStore visit,\"fine\nFirst bill,ok\n")
                                    << u"survey.csv: line 2: a quoted field is not closed"_s;
    QTest::newRow("attribute twice") << QByteArray("stage,gender,Gender\nStore visit,f,f\n")
                                     << u"survey.csv: the header names the column 'Gender' twice"_s;
}

void TestSurveyImport::badFile()
{
    QFETCH(QByteArray, csv);
    QFETCH(QString, message);

    SurveyImport import(*m_doc);
    try {
        import.read(csv, u"survey.csv"_s);
        QFAIL("no error");
    } catch (const FormatError &e) {
        QCOMPARE(e.message(), message);
    }
}

void TestSurveyImport::problemsAreCapped()
{
    QByteArray csv = "stage,nps\n";
    const int bad = SurveyImport::MaxProblems + 5;
    for (int i = 0; i < bad; ++i)
        csv += "Nowhere,9\n";
    csv += "Store visit,9\n";
    SurveyImport import(*m_doc);
    QVERIFY(import.read(csv, u"survey.csv"_s));
    QCOMPARE(import.rows(), bad + 1);
    QCOMPARE(import.invalidRows(), bad);
    QCOMPARE(import.problems().size(), SurveyImport::MaxProblems);
    QCOMPARE(import.problems().last().line, SurveyImport::MaxProblems + 1);
    QCOMPARE(import.batch().size(), 1);
}

void TestSurveyImport::cancel()
{
    QByteArray csv = "stage,nps\n";
    for (int i = 0; i < 40000; ++i)
        csv += "Store visit,9\n";
    SurveyImport import(*m_doc);
    QList<double> fractions;
    QVERIFY(!import.read(csv, u"survey.csv"_s, [&fractions](double fraction) {
        fractions.append(fraction);
        return fractions.size() < 2; // cancel at the second call
    }));
    QCOMPARE(fractions.size(), 2);
    QVERIFY2(0 < fractions.at(0) && fractions.at(0) < fractions.at(1) && fractions.at(1) < 1, qPrintable(QString::number(fractions.at(1))));
    QVERIFY(import.rows() < 40000);
}

// SurveyImport only reads: the file stays as it was whatever the CSV holds (--dry-run writes
// nothing).
void TestSurveyImport::readingWritesNothing()
{
    const QString before = Test::dumpTables(m_doc->path());
    const QByteArray digest = Test::digest(m_doc->path());
    {
        SurveyImport import(*m_doc);
        QVERIFY(import.read(header + "Store visit,,9,4,5,yes,2,female,\nTeleport,,9,,,,,,\n", u"survey.csv"_s));
        QCOMPARE(import.batch().size(), 1);
        QCOMPARE(import.invalidRows(), 1);
    }
    QCOMPARE(m_doc->responseCount(), 0);
    QCOMPARE(Test::dumpTables(m_doc->path()), before);
    QCOMPARE(Test::digest(m_doc->path()), digest);
}

// By default a file with a bad row imports nothing: the caller sees the problems and does not
// write; the document's responses are as before.
void TestSurveyImport::allOrNothing()
{
    {
        SurveyImport first(*m_doc);
        QVERIFY(first.read(header + "Store visit,,9,4,5,yes,2,female,\nFirst bill,,0,1,1,no,20,male,\n", u"first.csv"_s));
        QCOMPARE(first.invalidRows(), 0);
        m_doc->insertResponses(first.batch());
    }
    QCOMPARE(m_doc->responseCount(), 2);
    const QMap<SummaryKey, AnswerSums> summary = m_doc->responseSummary();
    const QString before = Test::dumpTables(m_doc->path());

    SurveyImport import(*m_doc);
    QVERIFY(import.read(header + "Store visit,,10,,,,,,\nStore visit,,11,,,,,,\nFirst bill,,7,,,,,,\nFirst bill,,,0,,,,,\n",
                        u"second.csv"_s));
    QCOMPARE(import.rows(), 4);
    QCOMPARE(import.invalidRows(), 2);
    QCOMPARE(problemLines(import), (QStringList{u"line 3: nps must be a whole number from 0 to 10, not '11'"_s,
                                                u"line 5: csat must be a whole number from 1 to 5, not '0'"_s}));
    // Nothing is imported.
    QCOMPARE(m_doc->responseCount(), 2);
    QCOMPARE(m_doc->responseSummary(), summary);
    QCOMPARE(Test::dumpTables(m_doc->path()), before);
}

// --skip-invalid: the valid rows are imported, and only they count in the metrics.
void TestSurveyImport::skipInvalid()
{
    SurveyImport import(*m_doc);
    QVERIFY(import.read(header + "Store visit,,10,,,,,female,\n"
                                 "Store visit,,11,,,,,female,\n"
                                 "Store visit,,9,,,,,male,\n"
                                 "Teleport,,0,,,,,male,\n"
                                 "Store visit,,2,,,,,male,\n"
                                 "Store visit,,abc,,,,,male,\n",
                        u"survey.csv"_s));
    QCOMPARE(import.rows(), 6);
    QCOMPARE(import.invalidRows(), 3);
    QCOMPARE(problemLines(import), (QStringList{u"line 3: nps must be a whole number from 0 to 10, not '11'"_s,
                                                u"line 5: unknown stage 'Teleport'"_s,
                                                u"line 7: nps must be a whole number from 0 to 10, not 'abc'"_s}));
    m_doc->insertResponses(import.batch());
    QCOMPARE(m_doc->responseCount(), 3);

    MetricsQuery query;
    query.by = u"gender"_s;
    const MetricsReport report = MetricsEngine::compute(*m_doc, query);
    QCOMPARE(report.overall.npsN, 3);
    QCOMPARE(report.overall.promoters, 2);
    QCOMPARE(report.overall.detractors, 1);
    QCOMPARE(report.segments.size(), 2);
    QCOMPARE(report.segments.at(0).value, u"female"_s);
    QCOMPARE(report.segments.at(0).metrics.responses, 1);
    QCOMPARE(report.segments.at(1).metrics.responses, 2);
}

QTEST_GUILESS_MAIN(TestSurveyImport)
#include "tst_surveyimport.moc"
