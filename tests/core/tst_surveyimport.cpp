// Survey import rows (DESIGN.md, "Survey import"): answers as numbers, labels of the built-in
// scales and the user's value map; stages matched ignoring case and repeated whitespace; every
// problem of a row reported as "line N: reason; reason" with the physical line it starts on;
// previews, tests, spam, unfinished responses and rows that answer nothing skipped and counted
// (or imported with includeSkipped); decimal commas; respondents already in the map or twice
// in the file; dates as ISO 8601 from each tool's format; and reading never writes: the caller
// imports all rows, the valid ones (--skip-invalid) or none.

#include "document/document.h"
#include "io/formaterror.h"
#include "metrics/metricsreport.h"
#include "support/testsupport.h"
#include "survey/surveyimport.h"

#include <QTest>

#include <cmath>
#include <memory>

using namespace Qt::StringLiterals;
using namespace Waymark;

using Values = QList<QPair<QString, QString>>; // "csat:Sehr zufrieden" → "5"

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

ValueMap valueMap(const Values &values)
{
    ValueMap map;
    for (const auto &[label, value] : values) {
        ValueMap::Entry entry;
        if (ValueMap::parse(label + u'=' + value, &entry).isEmpty())
            map.set(entry.field, entry.label, entry.value);
    }
    return map;
}

} // namespace

class TestSurveyImport : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void answersRead();
    void labels_data();
    void labels();
    void valueMaps_data();
    void valueMaps();
    void valueMapProblems_data();
    void valueMapProblems();
    void unknownLabelsTold();
    void stageMatching_data();
    void stageMatching();
    void touchpointsByTitle();
    void badRow_data();
    void badRow();
    void everyProblemOfARow();
    void skipped_data();
    void skipped();
    void decimalCommas_data();
    void decimalCommas();
    void duplicates_data();
    void duplicates();
    void dates_data();
    void dates();
    void badFile_data();
    void badFile();
    void problemsAreCapped();
    void cancel();

    void readingWritesNothing();
    void allOrNothing();
    void skipInvalid();

private:
    std::unique_ptr<SurveyImport> read(const QByteArray &csv, const ImportOptions &options = {});
    Id stageNamed(const QString &name) const;
    Id touchpointTitled(const QString &title) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Document> m_doc;
};

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

std::unique_ptr<SurveyImport> TestSurveyImport::read(const QByteArray &csv, const ImportOptions &options)
{
    auto import = std::make_unique<SurveyImport>(*m_doc, options);
    if (!import->read(csv, u"survey.csv"_s))
        return nullptr;
    return import;
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

void TestSurveyImport::answersRead()
{
    const QByteArray csv = "stage,respondent_id,nps,csat,ces,fcr,response_minutes,submitted_at\n"
                           "Store visit,R-1,0,1,1,No,0,2026-03-01T10:00:00Z\n"
                           "Store visit,R-2,10,5,7,YES,1440,2026-03-02\n"
                           "Store visit,R-3,,,,,12,\n"
                           "Store visit, R-4 , 9 , 3 , 4 , y , 1.25 ,\n"
                           "Store visit,R-5,8,2,2,true,2,\n"
                           "Store visit,R-6,7,4,3,FALSE,3,\n"
                           "Store visit,R-7,6,4,3,1,3,\n"
                           "Store visit,R-8,5,4,3,0,3,\n"
                           "Store visit,R-9,4,4,3,n,3,\n";
    const auto import = read(csv);
    QCOMPARE(problemLines(*import), QStringList());
    const ResponseBatch &batch = import->batch();
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
    QCOMPARE(batch.row(2).minutes, 12.0);
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

// Answer labels are scores: satisfaction on 5 points, effort and agreement on 7, NPS labels,
// yes/no in four languages, 1/0 and true/false.
void TestSurveyImport::labels_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("cell");
    QTest::addColumn<int>("score"); // -1: a problem

    const QList<std::tuple<const char *, const char *, int>> rows = {
        {"csat", "Very dissatisfied", 1}, {"csat", "Extremely dissatisfied", 1}, {"csat", "Dissatisfied", 2},
        {"csat", "Somewhat dissatisfied", 2}, {"csat", "Neither satisfied nor dissatisfied", 3}, {"csat", "Neutral", 3},
        {"csat", "Satisfied", 4}, {"csat", "Somewhat satisfied", 4}, {"csat", "Very satisfied", 5},
        {"csat", "Extremely satisfied", 5}, {"csat", "  VERY   satisfied ", 5}, {"csat", "5 - Very satisfied", 5},
        {"csat", "1 = Very dissatisfied", 1}, {"csat", "Sehr zufrieden", -1}, {"csat", "6 - Delighted", -1},
        {"ces", "Strongly disagree", 1}, {"ces", "Disagree", 2}, {"ces", "Somewhat disagree", 3},
        {"ces", "Neither agree nor disagree", 4}, {"ces", "Somewhat agree", 5}, {"ces", "Agree", 6},
        {"ces", "Strongly agree", 7}, {"ces", "Very difficult", 1}, {"ces", "Neither easy nor difficult", 4},
        {"ces", "Very easy", 7}, {"ces", "Neutral", 4}, {"ces", "7 (Very easy)", 7},
        {"nps", "10 - Extremely likely", 10}, {"nps", "0 - Not at all likely", 0}, {"nps", "0 (Not at all likely)", 0},
        {"nps", "Extremely likely", 10}, {"nps", "Not at all likely", 0}, {"nps", "10 \xe2\x80\x93 extremely likely", 10},
        {"nps", "9.0", 9}, {"nps", "9.5", -1}, {"nps", "nine", -1}, {"nps", "11 - More than likely", -1},
        {"fcr", "Yes", 1}, {"fcr", "no", 0}, {"fcr", "Ja", 1}, {"fcr", "nein", 0}, {"fcr", "oui", 1}, {"fcr", "Non", 0},
        {"fcr", "S\xc3\xad", 1}, {"fcr", "si", 1}, {"fcr", "No", 0}, {"fcr", "1", 1}, {"fcr", "0", 0}, {"fcr", "TRUE", 1},
        {"fcr", "false", 0}, {"fcr", "y", 1}, {"fcr", "maybe", -1}, {"fcr", "2", -1},
    };
    for (const auto &[field, cell, score] : rows)
        QTest::addRow("%s %s", field, cell) << QString::fromLatin1(field) << QString::fromUtf8(cell) << score;
}

void TestSurveyImport::labels()
{
    QFETCH(QString, field);
    QFETCH(QString, cell);
    QFETCH(int, score);
    const auto import = read("stage," + field.toUtf8() + "\nStore visit,\"" + cell.toUtf8() + "\"\n");
    if (score < 0) {
        QCOMPARE(import->batch().size(), 0);
        QCOMPARE(import->invalidRows(), 1);
        return;
    }
    QCOMPARE(problemLines(*import), QStringList());
    const ResponseBatch::Row &row = import->batch().row(0);
    const int read = field == u"nps"_s ? row.nps : field == u"csat"_s ? row.csat : field == u"ces"_s ? row.ces : row.fcr;
    QCOMPARE(read, score);
}

// The user's value map covers the rest: other languages' labels, Qualtrics' numeric codes for
// the stage question, a touchpoint under another name. It wins over the built-in meanings.
void TestSurveyImport::valueMaps_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<Values>("values");
    QTest::addColumn<QStringList>("read"); // per row: stage|nps|csat|fcr|touchpoint title

    QTest::newRow("German satisfaction labels")
        << QByteArray("stage;csat\nStore visit;Sehr zufrieden\nStore visit;unzufrieden\nFirst bill;Very satisfied\n")
        << Values{{u"csat:Sehr zufrieden"_s, u"5"_s}, {u"csat:Unzufrieden"_s, u"2"_s}}
        << QStringList{u"Store visit|-|5|-|"_s, u"Store visit|-|2|-|"_s, u"First bill|-|5|-|"_s};
    QTest::newRow("Qualtrics codes for the stage and yes/no")
        << QByteArray("stage,nps,fcr\n1,9,1\n6,3,2\n6,10,1\n")
        << Values{{u"stage:1"_s, u"Research online"_s}, {u"stage:6"_s, u"support contact"_s}, {u"fcr:2"_s, u"no"_s}}
        << QStringList{u"Research online|9|-|1|"_s, u"Support contact|3|-|0|"_s, u"Support contact|10|-|1|"_s};
    QTest::newRow("a stage under another name")
        << QByteArray("stage,nps\nIn the shop,9\nStore visit,3\n") << Values{{u"stage:in  the SHOP"_s, u"Store visit"_s}}
        << QStringList{u"Store visit|9|-|-|"_s, u"Store visit|3|-|-|"_s};
    QTest::newRow("over a built-in label") << QByteArray("stage,csat\nStore visit,Neutral\n") << Values{{u"csat:neutral"_s, u"4"_s}}
                                           << QStringList{u"Store visit|-|4|-|"_s};
    QTest::newRow("a touchpoint") << QByteArray("stage,touchpoint,nps\nSupport contact,Hotline,4\n")
                                  << Values{{u"touchpoint:Hotline"_s, u"Customer service line"_s}}
                                  << QStringList{u"Support contact|4|-|-|Customer service line"_s};
}

void TestSurveyImport::valueMaps()
{
    QFETCH(QByteArray, csv);
    QFETCH(Values, values);
    QFETCH(QStringList, read);
    ImportOptions options;
    options.values = valueMap(values);
    SurveyImport check(*m_doc, options);
    QCOMPARE(check.optionProblems(), QStringList());
    const auto import = this->read(csv, options);
    QCOMPARE(problemLines(*import), QStringList());
    QStringList rows;
    const ResponseBatch &batch = import->batch();
    const auto text = [](qint8 v) { return v == ResponseBatch::None ? u"-"_s : QString::number(v); };
    for (qsizetype i = 0; i < batch.size(); ++i) {
        const ResponseBatch::Row &row = batch.row(i);
        rows.append(u"%1|%2|%3|%4|%5"_s.arg(m_doc->stage(row.stage)->name, text(row.nps), text(row.csat), text(row.fcr),
                                            row.touchpoint ? m_doc->card(row.touchpoint)->title : QString()));
    }
    QCOMPARE(rows, read);
}

void TestSurveyImport::valueMapProblems_data()
{
    QTest::addColumn<QString>("option");
    QTest::addColumn<QString>("problem"); // of parse() or of optionProblems()

    QTest::newRow("no field") << u"Sehr zufrieden=5"_s << u"--values takes FIELD:LABEL=VALUE, not 'Sehr zufrieden=5'"_s;
    QTest::newRow("no label") << u"csat:=5"_s << u"--values takes FIELD:LABEL=VALUE, not 'csat:=5'"_s;
    QTest::newRow("unknown field") << u"score:a=5"_s
                                   << u"'score' is not a field (fields: stage, touchpoint, respondent, nps, csat, ces, fcr, "
                                      "response_minutes, submitted_at)"_s;
    QTest::newRow("score out of range") << u"csat:Top=6"_s << u"--values csat:Top=6: csat takes a whole number from 1 to 5"_s;
    QTest::newRow("nps text") << u"nps:Top=ten"_s << u"--values nps:Top=ten: nps takes a whole number from 0 to 10"_s;
    QTest::newRow("fcr") << u"fcr:2=maybe"_s << u"--values fcr:2=maybe: fcr takes yes or no"_s;
    QTest::newRow("a stage the map lacks, close") << u"stage:3=Store visits"_s
                                                  << u"--values stage:3=Store visits: the map has no stage 'Store visits' (did you mean 'Store visit'?)"_s;
    QTest::newRow("respondent") << u"respondent:a=b"_s
                                << u"--values respondent:a=b: respondent takes no values; only answers and stages do"_s;
    QTest::newRow("label with '=' and ':'") << u"nps:10 = top: best=10"_s << QString();
}

void TestSurveyImport::valueMapProblems()
{
    QFETCH(QString, option);
    QFETCH(QString, problem);
    ValueMap::Entry entry;
    const QString parsed = ValueMap::parse(option, &entry);
    if (!parsed.isEmpty()) {
        QCOMPARE(parsed, problem);
        return;
    }
    ImportOptions options;
    options.values.set(entry.field, entry.label, entry.value);
    SurveyImport import(*m_doc, options);
    QCOMPARE(import.optionProblems(), problem.isEmpty() ? QStringList() : QStringList{problem});
}

// An unknown label is reported on its rows, and once with the labels seen in the file.
void TestSurveyImport::unknownLabelsTold()
{
    const auto import = read("stage,csat\nStore visit,Sehr zufrieden\nStore visit,Very satisfied\nFirst bill,Zufrieden\n"
                             "First bill,Sehr zufrieden\nStore  visit,Setup\nMars base,3\n");
    QCOMPARE(problemLines(*import), (QStringList{u"line 2: csat: no score for the label 'Sehr zufrieden'"_s,
                                                 u"line 4: csat: no score for the label 'Zufrieden'"_s,
                                                 u"line 5: csat: no score for the label 'Sehr zufrieden'"_s,
                                                 u"line 6: csat: no score for the label 'Setup'"_s,
                                                 u"line 7: unknown stage 'Mars base'"_s}));
    const QStringList notes = import->report().tallyNotes(u"--values %1:%2=%3"_s);
    QCOMPARE(notes.size(), 2);
    QCOMPARE(notes.at(0), u"stage: 1 value is no stage of the map: 'Mars base' (1 row); the map's stages are 'Research online', "
                          "'Store visit', 'Contract and checkout', 'Setup and number transfer', 'First bill', 'Support contact', "
                          "'Renewal and advocacy'; match each with --values stage:VALUE=STAGE"_s);
    QCOMPARE(notes.at(1), u"csat: no score for 'Sehr zufrieden' (2 rows), 'Zufrieden' (1 row), 'Setup' (1 row); the column's "
                          "labels are 'Sehr zufrieden', 'Very satisfied', 'Zufrieden', 'Setup'; give each a score with "
                          "--values csat:LABEL=SCORE"_s);
}

// Stage values match ignoring case and repeated whitespace; an unknown one says which stage it
// most likely means.
void TestSurveyImport::stageMatching_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QString>("stage");   // empty: unknown
    QTest::addColumn<QString>("problem");

    QTest::newRow("exact") << u"Store visit"_s << u"Store visit"_s << QString();
    QTest::newRow("any case") << u"CONTRACT AND checkout"_s << u"Contract and checkout"_s << QString();
    QTest::newRow("double space") << u"Setup and  number transfer"_s << u"Setup and number transfer"_s << QString();
    QTest::newRow("tab and padding") << u"  Setup\tand number   transfer "_s << u"Setup and number transfer"_s << QString();
    QTest::newRow("no-break space") << u"First\u00a0bill"_s << u"First bill"_s << QString();
    QTest::newRow("typo") << u"Setup and number transfr"_s << QString()
                          << u"unknown stage 'Setup and number transfr' (did you mean 'Setup and number transfer'?)"_s;
    QTest::newRow("'&' for 'and'") << u"Setup & number transfer"_s << QString()
                                   << u"unknown stage 'Setup & number transfer' (did you mean 'Setup and number transfer'?)"_s;
    QTest::newRow("a word left out") << u"Setup"_s << QString() << u"unknown stage 'Setup' (did you mean 'Setup and number transfer'?)"_s;
    QTest::newRow("nothing like it") << u"Teleport"_s << QString() << u"unknown stage 'Teleport'"_s;
}

void TestSurveyImport::stageMatching()
{
    QFETCH(QString, cell);
    QFETCH(QString, stage);
    QFETCH(QString, problem);
    const auto import = read("stage,nps\n\"" + cell.toUtf8() + "\",9\n");
    if (stage.isEmpty()) {
        QCOMPARE(problemLines(*import), QStringList{u"line 2: "_s + problem});
    } else {
        QCOMPARE(problemLines(*import), QStringList());
        QCOMPARE(import->batch().row(0).stage, stageNamed(stage));
    }
}

void TestSurveyImport::touchpointsByTitle()
{
    const QByteArray csv = "stage,touchpoint,nps\n"
                           "Research online,Handset and tariff pages,9\n"
                           "Research online,HANDSET AND  TARIFF PAGES ,8\n"
                           "Support contact,customer service line,3\n"
                           "Support contact,,5\n";
    const auto import = read(csv);
    QCOMPARE(problemLines(*import), QStringList());
    const ResponseBatch &batch = import->batch();
    QCOMPARE(batch.size(), 4);
    const Id pages = touchpointTitled(u"Handset and tariff pages"_s);
    const Id line = touchpointTitled(u"Customer service line"_s);
    QVERIFY(pages && line);
    QCOMPARE(batch.row(0).touchpoint, pages);
    QCOMPARE(batch.row(1).touchpoint, pages);
    QCOMPARE(batch.row(2).touchpoint, line);
    QCOMPARE(batch.row(3).touchpoint, Id(0)); // none named
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
    QTest::newRow("nps text") << QByteArray("Store visit,,nine,,,,,,") << u"nps: no score for the label 'nine'"_s;
    QTest::newRow("nps fraction") << QByteArray("Store visit,,9.5,,,,,,") << u"nps must be a whole number from 0 to 10, not '9.5'"_s;
    QTest::newRow("nps with unit") << QByteArray("Store visit,,9 pts,,,,,,") << u"nps must be a whole number from 0 to 10, not '9 pts'"_s;
    QTest::newRow("csat 0") << QByteArray("Store visit,,,0,,,,,") << u"csat must be a whole number from 1 to 5, not '0'"_s;
    QTest::newRow("csat 6") << QByteArray("Store visit,,,6,,,,,") << u"csat must be a whole number from 1 to 5, not '6'"_s;
    QTest::newRow("csat text") << QByteArray("Store visit,,,good,,,,,") << u"csat: no score for the label 'good'"_s;
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
    QTest::newRow("too many fields") << QByteArray("Store visit,,9,,,,,,,x,") << u"11 fields where the header has 9"_s;
    QTest::newRow("long value shortened")
        << QByteArray("The stage that nobody ever heard of before today,,9,,,,,,")
        << u"unknown stage 'The stage that nobody ever heard of b...'"_s;
}

void TestSurveyImport::badRow()
{
    QFETCH(QByteArray, row);
    QFETCH(QString, reason);

    const QByteArray csv = header + "Store visit,,9,4,5,yes,2,female,\n"
                         + "First bill,,3,2,2,no,10,male,\"too much,\nand late\"\n" + row + '\n'
                         + "Support contact,Customer service line,10,5,7,yes,1,female,\n";
    const auto import = read(csv);
    QCOMPARE(import->rows(), 4);
    QCOMPARE(import->invalidRows(), 1);
    QCOMPARE(problemLines(*import), QStringList{u"line 5: "_s + reason});
    QCOMPARE(import->batch().size(), 3);
    QCOMPARE(import->batch().row(2).stage, stageNamed(u"Support contact"_s));
}

// Every problem of a row is named, not only the first; trailing empty cells (a spreadsheet's)
// are no problem.
void TestSurveyImport::everyProblemOfARow()
{
    const auto import = read(header + "Teleport,Hologram,11,0,8,maybe,-2,female,\n" + "Store visit,,9,,,,,,,,\n");
    QCOMPARE(problemLines(*import),
             QStringList{u"line 2: unknown stage 'Teleport'; no touchpoint titled 'Hologram' in the map; nps must be a whole "
                         "number from 0 to 10, not '11'; csat must be a whole number from 1 to 5, not '0'; ces must be a whole "
                         "number from 1 to 7, not '8'; fcr must be yes or no, not 'maybe'; response_minutes must be a number of "
                         "minutes, 0 or more, not '-2'"_s});
    QCOMPARE(import->batch().size(), 1);
}

// Rows the tools mark as no real, finished response, and rows that answer nothing, are skipped
// and counted; includeSkipped imports them.
void TestSurveyImport::skipped_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QString>("skipped");
    QTest::addColumn<int>("imported");
    QTest::addColumn<int>("importedWithAll");

    const QByteArray qualtricsHead = "Status,Progress,Finished,Q1,Q2\nResponse Type,Progress,Finished,Stage?,How likely are you to recommend us?\n"
                                     "\"{\"\"ImportId\"\":\"\"status\"\"}\",\"{\"\"ImportId\"\":\"\"progress\"\"}\","
                                     "\"{\"\"ImportId\"\":\"\"finished\"\"}\",\"{\"\"ImportId\"\":\"\"QID1\"\"}\",\"{\"\"ImportId\"\":\"\"QID2\"\"}\"\n";
    QTest::newRow("Qualtrics, choice text")
        << qualtricsHead + "IP Address,100,True,Store visit,9\nSurvey Preview,100,True,Store visit,7\nSurvey Test,100,True,First bill,3\n"
                           "Spam,100,True,First bill,10\nIP Address,40,False,Store visit,2\nImported,100,True,First bill,8\n"
                           "Offline,100,True,First bill,6\nIP Address,100,True,Store visit,\n"
        << u"1 survey preview, 1 test response, 1 marked as spam, 1 unfinished, 1 answering nothing"_s << 3 << 8;
    QTest::newRow("Qualtrics, numeric values")
        << qualtricsHead + "0,100,1,Store visit,9\n1,100,1,Store visit,7\n2,100,1,First bill,3\n8,100,1,First bill,10\n"
                           "0,55,0,Store visit,2\n4,100,1,First bill,8\n16,100,1,First bill,6\n9,100,1,First bill,6\n"
        << u"1 survey preview, 1 test response, 2 marked as spam, 1 unfinished"_s << 3 << 8;
    QTest::newRow("Qualtrics, progress under 100 though finished is empty")
        << qualtricsHead + "0,99,,Store visit,9\n0,100,,Store visit,7\n" << u"1 unfinished"_s << 1 << 2;
    QTest::newRow("Typeform partial")
        << QByteArray("#,Stage?,How likely are you to recommend us?,Response Type,Submit Date (UTC),Network ID\n"
                      "a,Store visit,9,completed,2026-03-10 08:15:02,n1\nb,First bill,3,partial,,n2\n")
        << u"1 unfinished"_s << 1 << 2;
    QTest::newRow("answering nothing") << QByteArray("stage,nps,csat,gender\nStore visit,9,,f\nStore visit,,,m\nFirst bill,,,\n")
                                       << u"2 answering nothing"_s << 1 << 3;
    QTest::newRow("blank rows are no rows") << QByteArray("stage;nps;csat\nStore visit;9;4\n;;\n  ;;\n\nFirst bill;3;2\n;;;\n")
                                            << QString() << 2 << 2;
    QTest::newRow("a plain status column is an attribute")
        << QByteArray("stage,nps,status\nStore visit,9,Survey Preview\n") << QString() << 1 << 1;
}

void TestSurveyImport::skipped()
{
    QFETCH(QByteArray, csv);
    QFETCH(QString, skipped);
    QFETCH(int, imported);
    QFETCH(int, importedWithAll);

    const auto import = read(csv);
    QCOMPARE(problemLines(*import), QStringList());
    QCOMPARE(import->report().skippedText(), skipped);
    QCOMPARE(import->batch().size(), imported);
    ImportOptions all;
    all.includeSkipped = true;
    const auto everything = read(csv, all);
    QCOMPARE(everything->report().skippedCount(), 0);
    QCOMPARE(everything->batch().size(), importedWithAll);
}

// Decimal commas in numeric fields when the delimiter is not a comma.
void TestSurveyImport::decimalCommas_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<double>("minutes");
    QTest::addColumn<int>("nps");

    QTest::newRow("semicolons") << QByteArray("stage;nps;response_minutes\nStore visit;9,0;2,5\n") << 2.5 << 9;
    QTest::newRow("tabs") << QByteArray("stage\tnps\tresponse_minutes\nStore visit\t9\t12,25\n") << 12.25 << 9;
    QTest::newRow("decimal points still") << QByteArray("stage;nps;response_minutes\nStore visit;9;2.5\n") << 2.5 << 9;
    QTest::newRow("commas: quoted decimal comma is no number")
        << QByteArray("stage,nps,response_minutes\nStore visit,9,\"2,5\"\n") << -1.0 << 9;
}

void TestSurveyImport::decimalCommas()
{
    QFETCH(QByteArray, csv);
    QFETCH(double, minutes);
    QFETCH(int, nps);
    const auto import = read(csv);
    if (minutes < 0) {
        QCOMPARE(problemLines(*import), QStringList{u"line 2: response_minutes must be a number of minutes, 0 or more, not '2,5'"_s});
        return;
    }
    QCOMPARE(problemLines(*import), QStringList());
    QCOMPARE(import->batch().row(0).minutes, minutes);
    QCOMPARE(int(import->batch().row(0).nps), nps);
}

// A respondent counts once: one already in the map is skipped (or replaced), one repeated in
// the file counts the first time.
void TestSurveyImport::duplicates_data()
{
    QTest::addColumn<bool>("replace");
    QTest::addColumn<QString>("skipped");
    QTest::addColumn<QStringList>("respondents");
    QTest::addColumn<int>("replaced");

    QTest::newRow("skipped") << false << u"2 already in the map, 1 repeated in the file"_s
                             << QStringList{u"r10"_s, u"r11"_s, u""_s} << 0;
    QTest::newRow("replaced") << true << u"1 repeated in the file"_s
                              << QStringList{u"r01"_s, u"r10"_s, u"r02"_s, u"r11"_s, u""_s} << 2;
}

void TestSurveyImport::duplicates()
{
    QFETCH(bool, replace);
    QFETCH(QString, skipped);
    QFETCH(QStringList, respondents);
    QFETCH(int, replaced);

    const auto first = read("stage,respondent,nps\nStore visit,r01,9\nStore visit,r02,3\nFirst bill,r03,7\n");
    m_doc->insertResponses(first->batch());
    ImportOptions options;
    options.replaceDuplicates = replace;
    const auto import = read("stage,respondent,nps\nStore visit,r01,10\nFirst bill,r10,8\nFirst bill,r02,0\nFirst bill,r11,5\n"
                             "Store visit,r10,6\nStore visit,,9\n",
                             options);
    QCOMPARE(import->report().skippedText(), skipped);
    QStringList read;
    for (qsizetype i = 0; i < import->batch().size(); ++i)
        read.append(QString::fromUtf8(import->batch().respondent(i)));
    QCOMPARE(read, respondents);
    QCOMPARE(import->replacedResponses().size(), replaced);
    QCOMPARE(import->report().replaced, replaced);
    if (replace) {
        const ResponseBatch old = m_doc->responsesWithIds(import->replacedResponses());
        QCOMPARE(QString::fromUtf8(old.respondent(0)), u"r01"_s);
        QCOMPARE(QString::fromUtf8(old.respondent(1)), u"r02"_s);
    }
}

// Dates are kept as ISO 8601 from each tool's way of writing them.
void TestSurveyImport::dates_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QStringList>("dates"); // "!" + text: a problem

    const QByteArray qualtricsHead = "RecordedDate,Q1,Q2\nRecorded Date,Stage?,How likely are you to recommend us?\n"
                                     "\"{\"\"ImportId\"\":\"\"recordedDate\"\",\"\"timeZone\"\":\"\"Europe/London\"\"}\","
                                     "\"{\"\"ImportId\"\":\"\"QID1\"\"}\",\"{\"\"ImportId\"\":\"\"QID2\"\"}\"\n";
    QTest::newRow("Qualtrics, in the zone of its import id (summer time from 29 March)")
        << qualtricsHead + "2026-03-28 10:15:01,Store visit,9\n2026-03-30 09:52:40,Store visit,9\n"
        << QStringList{u"2026-03-28T10:15:01Z"_s, u"2026-03-30T09:52:40+01:00"_s};
    QTest::newRow("SurveyMonkey, month first, 12-hour clock")
        << QByteArray("Respondent ID,Collector ID,End Date,Stage?\n,,,Response\n1,2,03/02/2026 01:06:30 PM,Store visit\n"
                      "2,2,12/31/2026 12:05:00 AM,Store visit\n3,2,03/04/2026 12:30:00 PM,Store visit\n")
        << QStringList{u"2026-03-02T13:06:30"_s, u"2026-12-31T00:05:00"_s, u"2026-03-04T12:30:00"_s};
    QTest::newRow("Google Forms")
        << QByteArray("\"Timestamp\",\"Stage?\"\n\"2026/02/05 10:54:08 PM GMT+5:30\",\"Store visit\"\n"
                      "\"2026/02/06 9:01:00 AM GMT-3\",\"Store visit\"\n\"2026/02/07 9:01:00 AM GMT\",\"Store visit\"\n")
        << QStringList{u"2026-02-05T22:54:08+05:30"_s, u"2026-02-06T09:01:00-03:00"_s, u"2026-02-07T09:01:00Z"_s};
    QTest::newRow("Typeform, UTC")
        << QByteArray("#,Stage?,Submit Date (UTC),Network ID\nt,Store visit,2026-03-10 08:15:02,n\n")
        << QStringList{u"2026-03-10T08:15:02Z"_s};
    QTest::newRow("German Excel")
        << QByteArray("stage;submitted_at\nStore visit;05.03.2026 14:02\nStore visit;5.3.2026\n")
        << QStringList{u"2026-03-05T14:02:00"_s, u"2026-03-05"_s};
    QTest::newRow("plain, day first shown by a day over 12")
        << QByteArray("stage,submitted_at\nStore visit,03/04/2026\nStore visit,25/04/2026\n")
        << QStringList{u"2026-04-03"_s, u"2026-04-25"_s};
    QTest::newRow("plain ISO with offsets and fractions")
        << QByteArray("stage,submitted_at\nStore visit,2026-03-01T10:00:00.123+0100\nStore visit,2026-03-01 10:00\n")
        << QStringList{u"2026-03-01T10:00:00+01:00"_s, u"2026-03-01T10:00:00"_s};
    QTest::newRow("no dates") << QByteArray("stage,submitted_at,nps\nStore visit,yesterday,9\nStore visit,2026-02-30,9\n"
                                            "Store visit,13/13/2026,9\nStore visit,2026-03-01 25:00,9\n")
                              << QStringList{u"!line 2: submitted_at: 'yesterday' is not a date"_s,
                                             u"!line 3: submitted_at: '2026-02-30' is not a date"_s,
                                             u"!line 4: submitted_at: '13/13/2026' is not a date"_s,
                                             u"!line 5: submitted_at: '2026-03-01 25:00' is not a date"_s};
}

void TestSurveyImport::dates()
{
    QFETCH(QByteArray, csv);
    QFETCH(QStringList, dates);
    ImportOptions options;
    options.includeSkipped = true; // rows without answers too
    const auto import = read(csv, options);
    QStringList read;
    for (const QString &problem : problemLines(*import))
        read.append(u"!"_s + problem);
    for (qsizetype i = 0; i < import->batch().size(); ++i)
        read.append(QString::fromUtf8(import->batch().submittedAt(i)));
    QCOMPARE(read, dates);
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
    QTest::newRow("binary") << QByteArray("PK\x03\x04\x14\0\x06\0", 8) << u"survey.csv: line 1: the file holds NUL bytes: it is binary data, not text"_s;
    QTest::newRow("unclosed quote") << QByteArray("stage,comment\nStore visit,\"fine\nFirst bill,ok\n")
                                    << u"survey.csv: line 2: a quoted field is not closed"_s;
    QTest::newRow("attribute twice") << QByteArray("stage,gender,Gender\nStore visit,f,f\n")
                                     << u"survey.csv: the header names the column 'Gender' twice"_s;
    QTest::newRow("a line of 2 MiB") << QByteArray("stage,comment\nStore visit,") + QByteArray(2 << 20, 'x') + '\n'
                                     << u"survey.csv: line 2: a record is longer than 1 MiB; this is no survey export"_s;
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
    const auto import = read(csv);
    QCOMPARE(import->rows(), bad + 1);
    QCOMPARE(import->invalidRows(), bad);
    QCOMPARE(import->problems().size(), SurveyImport::MaxProblems);
    QCOMPARE(import->problems().last().line, SurveyImport::MaxProblems + 1);
    QCOMPARE(import->batch().size(), 1);
}

void TestSurveyImport::cancel()
{
    QByteArray csv = "stage,nps\n";
    for (int i = 0; i < 400000; ++i)
        csv += "Store visit,9\n";
    SurveyImport import(*m_doc);
    QList<double> fractions;
    QVERIFY(!import.read(csv, u"survey.csv"_s, [&fractions](double fraction) {
        fractions.append(fraction);
        return fractions.size() < 2; // cancel at the second call
    }));
    QCOMPARE(fractions.size(), 2);
    QVERIFY2(0 < fractions.at(0) && fractions.at(0) <= fractions.at(1) && fractions.at(1) < 1, qPrintable(QString::number(fractions.at(1))));
    QVERIFY(import.rows() < 400000);
}

// SurveyImport only reads: the file stays as it was whatever the CSV holds (--dry-run writes
// nothing).
void TestSurveyImport::readingWritesNothing()
{
    const QString before = Test::dumpTables(m_doc->path());
    const QByteArray digest = Test::digest(m_doc->path());
    {
        const auto import = read(header + "Store visit,,9,4,5,yes,2,female,\nTeleport,,9,,,,,,\n");
        QCOMPARE(import->batch().size(), 1);
        QCOMPARE(import->invalidRows(), 1);
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
        const auto first = read(header + "Store visit,,9,4,5,yes,2,female,\nFirst bill,,0,1,1,no,20,male,\n");
        QCOMPARE(first->invalidRows(), 0);
        m_doc->insertResponses(first->batch());
    }
    QCOMPARE(m_doc->responseCount(), 2);
    const QMap<SummaryKey, AnswerSums> summary = m_doc->responseSummary();
    const QString before = Test::dumpTables(m_doc->path());

    const auto import = read(header + "Store visit,,10,,,,,,\nStore visit,,11,,,,,,\nFirst bill,,7,,,,,,\nFirst bill,,,0,,,,,\n");
    QCOMPARE(import->rows(), 4);
    QCOMPARE(import->invalidRows(), 2);
    QCOMPARE(problemLines(*import), (QStringList{u"line 3: nps must be a whole number from 0 to 10, not '11'"_s,
                                                 u"line 5: csat must be a whole number from 1 to 5, not '0'"_s}));
    QCOMPARE(m_doc->responseCount(), 2);
    QCOMPARE(m_doc->responseSummary(), summary);
    QCOMPARE(Test::dumpTables(m_doc->path()), before);
}

// --skip-invalid: the valid rows are imported, and only they count in the metrics.
void TestSurveyImport::skipInvalid()
{
    const auto import = read(header + "Store visit,,10,,,,,female,\n"
                                      "Store visit,,11,,,,,female,\n"
                                      "Store visit,,9,,,,,male,\n"
                                      "Teleport,,0,,,,,male,\n"
                                      "Store visit,,2,,,,,male,\n"
                                      "Store visit,,abc,,,,,male,\n");
    QCOMPARE(import->rows(), 6);
    QCOMPARE(import->invalidRows(), 3);
    QCOMPARE(problemLines(*import), (QStringList{u"line 3: nps must be a whole number from 0 to 10, not '11'"_s,
                                                 u"line 5: unknown stage 'Teleport'"_s,
                                                 u"line 7: nps: no score for the label 'abc'"_s}));
    m_doc->insertResponses(import->batch());
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
