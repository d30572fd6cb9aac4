// `waymark import` on survey exports as the tools write them (tests/fixtures/survey), end to end
// as a user or a script runs it: the detection said on stdout, the columns found by themselves,
// personal data not stored, the mapping remembered so that the same layout imports again with
// no options, respondents counted once; and every input that cannot be imported refused with
// "waymark: error: ..." and exit 1 (2 for wrong usage), never a hang or an abort: a FIFO, a
// device, /dev/zero, a 2 MiB line, 0 valid rows. The figures of every fixture are checked in
// tst_surveyfixtures; here, the overall NPS of each as `waymark metrics --json` reports it.

#include "support/runchecks.h"
#include "support/testsupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <sys/stat.h>

#include <cmath>

using namespace Qt::StringLiterals;
using Waymark::Test::digest;
using Waymark::Test::fixture;
using Waymark::Test::Run;
using Waymark::Test::runWaymark;

namespace {

QString lastLine(const QString &out)
{
    const QStringList lines = out.split(u'\n', Qt::SkipEmptyParts);
    return lines.isEmpty() ? QString() : lines.last();
}

QString survey(const QString &name)
{
    return fixture(u"survey/"_s + name);
}

} // namespace

class TestCliImport : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void eachTool_data();
    void eachTool();
    void personalDataNotStored();
    void rememberedMapping();
    void skipInvalidWithNothingValid();
    void refused_data();
    void refused();
    void neverBlocksOnAFifo();
    void usageErrors_data();
    void usageErrors();

private:
    Run run(const QStringList &arguments) { return runWaymark(arguments, m_dir->path()); }
    QJsonObject metrics(const QStringList &extra = {});

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCliImport::init()
{
    QVERIFY2(!qEnvironmentVariableIsEmpty("WAYMARK_BINARY"), "run through ctest: WAYMARK_BINARY names the binary");
    m_dir = Waymark::Test::scratchDir();
    COMPARE_EXIT(run({u"new"_s, u"map.waymark"_s, u"--template"_s, u"phone-store"_s}), 0);
}

QJsonObject TestCliImport::metrics(const QStringList &extra)
{
    const Run result = run(QStringList{u"metrics"_s, u"map.waymark"_s, u"--json"_s} + extra);
    if (result.exitCode != 0)
        QTest::qFail(qPrintable(describe(result)), __FILE__, __LINE__);
    return QJsonDocument::fromJson(result.out.toUtf8()).object();
}

// One command per export; the figures are worked out in tst_surveyfixtures.
void TestCliImport::eachTool_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("detected");
    QTest::addColumn<QString>("done");
    QTest::addColumn<double>("nps");

    QTest::newRow("Qualtrics")
        << u"qualtrics.csv"_s
        << QStringList{u"--map"_s, u"csat=Overall, how satisfied are you with this part of your experience?"_s, u"--map"_s, u"fcr=Q4"_s,
                       u"--attribute"_s, u"age=What is your age?"_s}
        << u"Qualtrics, 3 header rows (export tags, question texts, import ids); UTF-8 (a byte-order mark); comma-separated."_s
        << u"Imported 13 responses into 'map.waymark'."_s << -500.0 / 13;
    QTest::newRow("Qualtrics legacy")
        << u"qualtrics-legacy.csv"_s
        << QStringList{u"--map"_s, u"stage=Q1"_s, u"--map"_s, u"csat=Q3"_s, u"--map"_s, u"fcr=Q4"_s,
                       u"--values"_s, u"stage:1=Research online"_s, u"--values"_s, u"stage:2=Store visit"_s,
                       u"--values"_s, u"stage:3=Contract and checkout"_s, u"--values"_s, u"stage:5=First bill"_s,
                       u"--values"_s, u"stage:6=Support contact"_s, u"--values"_s, u"stage:7=Renewal and advocacy"_s,
                       u"--values"_s, u"fcr:2=no"_s}
        << u"Qualtrics (legacy export), 2 header rows (export tags, question texts); UTF-8 (valid UTF-8); comma-separated."_s
        << u"Imported 10 responses into 'map.waymark'."_s << 0.0;
    QTest::newRow("SurveyMonkey expanded")
        << u"surveymonkey-expanded.csv"_s
        << QStringList{u"--map"_s, u"csat=How satisfied were you with this part of your experience?"_s, u"--map"_s,
                       u"fcr=Was your issue resolved on the first contact?"_s}
        << u"SurveyMonkey (expanded), 2 header rows (question texts, answer options); UTF-8 (valid UTF-8); comma-separated."_s
        << u"Imported 10 responses into 'map.waymark'."_s << 10.0;
    QTest::newRow("SurveyMonkey condensed")
        << u"surveymonkey-condensed.csv"_s << QStringList{}
        << u"SurveyMonkey (condensed), 2 header rows (question texts, answer options); UTF-8 (valid UTF-8); comma-separated."_s
        << u"Imported 9 responses into 'map.waymark'."_s << -100.0 / 9;
    QTest::newRow("Google Forms")
        << u"google-forms.csv"_s << QStringList{}
        << u"Google Forms, 1 header row; UTF-8 (valid UTF-8); comma-separated."_s << u"Imported 10 responses into 'map.waymark'."_s << 20.0;
    QTest::newRow("Typeform")
        << u"typeform.csv"_s << QStringList{}
        << u"Typeform, 1 header row; UTF-8 (valid UTF-8); comma-separated."_s << u"Imported 9 responses into 'map.waymark'."_s << 100.0 / 9;
    QTest::newRow("German Excel CSV")
        << u"excel-german.csv"_s << QStringList{u"--map"_s, u"response_minutes=Wartezeit (Minuten)"_s}
        << u"plain CSV, 1 header row; windows-1252 (not valid UTF-8); semicolon-separated."_s
        << u"Imported 12 responses into 'map.waymark'."_s << -400.0 / 12;
    QTest::newRow("German Excel CSV, encoding and delimiter given")
        << u"excel-german.csv"_s << QStringList{u"--encoding"_s, u"cp1252"_s, u"--delimiter"_s, u"semicolon"_s}
        << u"plain CSV, 1 header row; windows-1252 (given); semicolon-separated (given)."_s
        << u"Imported 12 responses into 'map.waymark'."_s << -400.0 / 12;
    QTest::newRow("semicolons, commas in the questions")
        << u"semicolon-questions.csv"_s << QStringList{}
        << u"plain CSV, 1 header row; UTF-8 (a byte-order mark); semicolon-separated."_s
        << u"Imported 8 responses into 'map.waymark'."_s << 12.5;
    QTest::newRow("Excel Unicode Text")
        << u"excel-unicode.txt"_s << QStringList{}
        << u"plain CSV, 1 header row; UTF-16LE (a byte-order mark); tab-separated."_s
        << u"Imported 8 responses into 'map.waymark'."_s << 37.5;
}

void TestCliImport::eachTool()
{
    QFETCH(QString, file);
    QFETCH(QStringList, options);
    QFETCH(QString, detected);
    QFETCH(QString, done);
    QFETCH(double, nps);

    const Run imported = run(QStringList{u"import"_s, u"map.waymark"_s, survey(file)} + options);
    COMPARE_EXIT(imported, 0);
    QVERIFY2(imported.out.startsWith(u"Read '%1': %2\n"_s.arg(survey(file), detected)), qPrintable(imported.out));
    QCOMPARE(lastLine(imported.out), done);
    QCOMPARE(imported.err, QString());
    const double score = metrics().value(u"overall"_s).toObject().value(u"nps"_s).toObject().value(u"score"_s).toDouble(NAN);
    QVERIFY2(std::abs(score - nps) < 1e-9, qPrintable(QString::number(score, 'g', 17)));
}

// IP and e-mail addresses, names and locations are left out and said so; --keep keeps one.
void TestCliImport::personalDataNotStored()
{
    const Run imported = run({u"import"_s, u"map.waymark"_s, survey(u"qualtrics.csv"_s), u"--keep"_s, u"DistributionChannel"_s});
    COMPARE_EXIT(imported, 0);
    QVERIFY2(imported.out.contains(u"  not stored, personal data: IPAddress (IP addresses), RecipientLastName (names), RecipientFirstName "
                                   "(names), RecipientEmail (e-mail addresses), ExternalReference (external references), "
                                   "LocationLatitude (locations), LocationLongitude (locations) (keep one with --keep COLUMN)\n"_s),
             qPrintable(imported.out));
    // The map's file holds none of them, but the column kept.
    QFile map(m_dir->filePath(u"map.waymark"_s));
    QVERIFY(map.open(QIODevice::ReadOnly));
    const QByteArray bytes = map.readAll();
    QVERIFY(!bytes.contains("198.51.100.23"));
    QVERIFY(!bytes.contains("adaeze.okafor@example.com"));
    QVERIFY(!bytes.contains("Lindqvist"));
    QVERIFY(bytes.contains("Distribution Channel"));
    const Run breakdown = run({u"metrics"_s, u"map.waymark"_s, u"--by"_s, u"IP Address"_s});
    COMPARE_EXIT(breakdown, 1);
}

// The mapping given once is remembered for the layout: next month's export of the same survey
// imports with no options; the same export again adds nobody.
void TestCliImport::rememberedMapping()
{
    const QString march = m_dir->filePath(u"march.csv"_s);
    const QString april = m_dir->filePath(u"april.csv"_s);
    for (const auto &[path, rows] : {std::pair{march, QByteArray("r1;Store visit;Sehr zufrieden\nr2;First bill;Unzufrieden\n")},
                                     std::pair{april, QByteArray("r3;Store visit;Unzufrieden\nr1;Store visit;Sehr zufrieden\n")}}) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Kunde;Phase;Wie zufrieden waren Sie?\n" + rows);
    }
    const Run first = run({u"import"_s, u"map.waymark"_s, march, u"--map"_s, u"respondent=Kunde"_s, u"--map"_s,
                           u"csat=wie zufrieden waren sie?"_s, u"--values"_s, u"csat:Sehr zufrieden=5"_s, u"--values"_s,
                           u"csat:Unzufrieden=2"_s});
    COMPARE_EXIT(first, 0);
    QCOMPARE(lastLine(first.out), u"Imported 2 responses into 'map.waymark'."_s);

    const Run second = run({u"import"_s, u"map.waymark"_s, april});
    COMPARE_EXIT(second, 0);
    QVERIFY2(second.out.contains(u"  csat: Wie zufrieden waren Sie? (remembered for this layout)\n"_s), qPrintable(second.out));
    QVERIFY(second.out.contains(u"Skipped 1 rows: 1 already in the map.\n"_s));
    QCOMPARE(lastLine(second.out), u"Imported 1 responses into 'map.waymark'."_s);
    const QJsonObject csat = metrics().value(u"overall"_s).toObject().value(u"csat"_s).toObject();
    QCOMPARE(csat.value(u"n"_s).toInteger(), 3);
    QCOMPARE(csat.value(u"mean"_s).toDouble(), 3.0); // 5 2 2

    const Run again = run({u"import"_s, u"map.waymark"_s, april});
    COMPARE_EXIT(again, 0);
    QVERIFY(lastLine(again.out).startsWith(u"Nothing new to import: the 2 respondents are in 'map.waymark' already"_s));
}

// The issue's own failure: --skip-invalid must never import nothing with exit 0.
void TestCliImport::skipInvalidWithNothingValid()
{
    QFile file(m_dir->filePath(u"bad.csv"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("stage,nps\nTeleport,9\nStore visit,11\n");
    file.close();
    const QByteArray before = digest(m_dir->filePath(u"map.waymark"_s));
    const Run imported = run({u"import"_s, u"map.waymark"_s, u"bad.csv"_s, u"--skip-invalid"_s});
    COMPARE_EXIT(imported, 1);
    QVERIFY2(imported.err.endsWith(u"waymark: error: none of the 2 rows is valid; nothing was imported\n"_s), qPrintable(imported.err));
    QCOMPARE(digest(m_dir->filePath(u"map.waymark"_s)), before);
}

// Inputs that cannot be imported: one clear error, exit 1, the map untouched, quickly.
void TestCliImport::refused_data()
{
    QTest::addColumn<QString>("csv"); // a path, or @ + the content of a file to write
    QTest::addColumn<QString>("error");

    QTest::newRow("/dev/zero") << u"/dev/zero"_s
                               << u"waymark: error: cannot read '/dev/zero': it is a character device, not a file; save the export to "
                                  "a file and import that\n"_s;
    QTest::newRow("/dev/urandom") << u"/dev/urandom"_s << u"waymark: error: cannot read '/dev/urandom': it is a character device"_s;
    QTest::newRow("a folder") << u"."_s << u"waymark: error: cannot read '.': it is a folder, not a file"_s;
    QTest::newRow("a binary file") << u"@PK\x03\x04\x14\x06\x08!\x01\x02\x05"_s + QString(QChar(0)) + u"x"_s
                                   << u"waymark: error: input.csv: line 1: the file holds NUL bytes: it is binary data, not text\n"_s;
    QTest::newRow("a 2 MiB line") << u"@stage,comment\nStore visit,"_s + QString(2 << 20, u'x') + u"\n"_s
                                  << u"waymark: error: input.csv: line 2: a record is longer than 1 MiB; this is no survey export\n"_s;
    QTest::newRow("a header and nothing else") << u"@stage,nps\n"_s << u"waymark: error: 'input.csv' has no responses, only its header\n"_s;
    QTest::newRow("rows that answer nothing") << u"@stage,nps\nStore visit,\nFirst bill,\n"_s
                                              << u"waymark: error: none of the 2 rows is a response to import; nothing was imported\n"_s;
}

void TestCliImport::refused()
{
    QFETCH(QString, csv);
    QFETCH(QString, error);
    QString path = csv;
    if (csv.startsWith(u'@')) {
        path = u"input.csv"_s;
        QFile file(m_dir->filePath(path));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(csv.mid(1).toUtf8());
    }
    const QByteArray before = digest(m_dir->filePath(u"map.waymark"_s));
    QElapsedTimer timer;
    timer.start();
    const Run imported = run({u"import"_s, u"map.waymark"_s, path});
    COMPARE_EXIT(imported, 1);
    QVERIFY2(imported.err.startsWith(error) || imported.err.endsWith(error), qPrintable(describe(imported)));
    QVERIFY(!imported.err.contains(u"Aborted"_s));
    QVERIFY2(timer.elapsed() < 60'000, "it should end at once");
    QCOMPARE(digest(m_dir->filePath(u"map.waymark"_s)), before);
}

// A FIFO would block a reader forever: it is refused before it is opened.
void TestCliImport::neverBlocksOnAFifo()
{
    const QString fifo = m_dir->filePath(u"export.csv"_s);
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    QElapsedTimer timer;
    timer.start();
    const Run imported = run({u"import"_s, u"map.waymark"_s, u"export.csv"_s});
    COMPARE_EXIT(imported, 1);
    QCOMPARE(imported.err, u"waymark: error: cannot read 'export.csv': it is a FIFO (named pipe), not a file; save the export to a "
                           "file and import that\n"_s);
    QVERIFY(timer.elapsed() < 30'000);
}

void TestCliImport::usageErrors_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("error");

    QTest::newRow("--values without a field") << QStringList{u"--values"_s, u"Sehr zufrieden=5"_s}
                                              << u"waymark: error: --values takes FIELD:LABEL=VALUE, not 'Sehr zufrieden=5'\n"_s;
    QTest::newRow("--values score out of range") << QStringList{u"--values"_s, u"csat:Top=9"_s}
                                                 << u"waymark: error: --values csat:Top=9: csat takes a whole number from 1 to 5\n"_s;
    QTest::newRow("--values unknown stage") << QStringList{u"--values"_s, u"stage:7=Renewals"_s}
                                            << u"waymark: error: --values stage:7=Renewals: the map has no stage 'Renewals' (did you "
                                               "mean 'Renewal and advocacy'?)\n"_s;
    QTest::newRow("--attribute without =") << QStringList{u"--attribute"_s, u"age"_s}
                                           << u"waymark: error: --attribute takes NAME=COLUMN, not 'age'\n"_s;
    QTest::newRow("--encoding unknown") << QStringList{u"--encoding"_s, u"klingon"_s}
                                        << u"waymark: error: 'klingon' is not an encoding this version knows (for example UTF-8, "
                                           "UTF-16LE, windows-1252)\n"_s;
    QTest::newRow("--delimiter two characters") << QStringList{u"--delimiter"_s, u";;"_s}
                                                << u"waymark: error: --delimiter takes comma, semicolon, tab, pipe or the character "
                                                   "itself, not ';;'\n"_s;
    QTest::newRow("--map unknown field") << QStringList{u"--map"_s, u"score=Q2"_s}
                                         << u"waymark: error: 'score' is not a field (fields: stage, touchpoint, respondent, nps, csat, "
                                            "ces, fcr, response_minutes, submitted_at)\n"_s;
}

void TestCliImport::usageErrors()
{
    QFETCH(QStringList, options);
    QFETCH(QString, error);
    const QByteArray before = digest(m_dir->filePath(u"map.waymark"_s));
    const Run result = run(QStringList{u"import"_s, u"map.waymark"_s, survey(u"qualtrics.csv"_s)} + options);
    COMPARE_EXIT(result, 2);
    QCOMPARE(result.out, QString());
    QCOMPARE(result.err, error + u"Try 'waymark import --help'.\n"_s);
    QCOMPARE(digest(m_dir->filePath(u"map.waymark"_s)), before);
}

QTEST_GUILESS_MAIN(TestCliImport)
#include "tst_cliimport.moc"
