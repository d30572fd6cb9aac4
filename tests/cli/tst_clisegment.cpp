// The view filter on the command line: `waymark metrics --segment ATTR=VALUE` and `waymark
// export ... --segment ATTR=VALUE`, repeatable as AND, on the 12 answers of
// tests/fixtures/csv/responses.csv (see tst_climetrics for the figures of all of them):
// - women (10 6 3 0 10 8): n 6, NPS (2 - 3) / 6 = -16.7; in Store visit only the 3: -100;
// - women of the app channel (0 8): n 2, NPS -50;
// - women aged 35-44 (35: 10, 44: 8; ages count in bands): n 2, NPS +50.
// Pictures, the report and the slides carry the filter's label; the data formats leave the
// option out with a note; a segment nobody is in is an error naming the values there are.

#include "support/runchecks.h"
#include "support/testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;
using Waymark::Test::fixture;
using Waymark::Test::Run;
using Waymark::Test::runWaymark;

namespace {

// The text of a PDF as pdftotext reads it, on one line.
QString pdfText(const QString &path)
{
    QProcess process;
    process.start(u"pdftotext"_s, {u"-layout"_s, path, u"-"_s});
    if (!process.waitForFinished(60000))
        return {};
    return QString::fromUtf8(process.readAllStandardOutput()).simplified();
}

// The XML of every slide of a PPTX, as unzip prints it.
QString pptxText(const QString &path)
{
    QProcess process;
    process.start(u"unzip"_s, {u"-p"_s, path, u"ppt/slides/*.xml"_s});
    if (!process.waitForFinished(60000))
        return {};
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace

class TestCliSegment : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void metrics_data();
    void metrics();
    void refused_data();
    void refused();
    void exports_data();
    void exports();

private:
    Run run(const QStringList &arguments) { return runWaymark(arguments, m_dir->path()); }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCliSegment::init()
{
    m_dir = Waymark::Test::scratchDir();
    QVERIFY(m_dir->isValid());
    COMPARE_EXIT(run({u"new"_s, u"map.waymark"_s, u"--template"_s, u"phone-store"_s}), 0);
    COMPARE_EXIT(run({u"import"_s, u"map.waymark"_s, fixture(u"csv/responses.csv"_s)}), 0);
}

void TestCliSegment::metrics_data()
{
    QTest::addColumn<QStringList>("segments");
    QTest::addColumn<int>("responses");
    QTest::addColumn<double>("nps");
    QTest::addColumn<QString>("filter"); // as reported: the names as stored

    QTest::newRow("women") << QStringList{u"gender=female"_s} << 6 << -100.0 / 6 << u"gender=female"_s;
    QTest::newRow("any case, spaces") << QStringList{u" Gender = Female "_s} << 6 << -100.0 / 6 << u"gender=female"_s;
    QTest::newRow("women of the app") << QStringList{u"gender=female"_s, u"channel=app"_s} << 2 << -50.0
                                      << u"gender=female,channel=app"_s;
    QTest::newRow("women 35-44, a band") << QStringList{u"gender=female"_s, u"age=35-44"_s} << 2 << 50.0
                                         << u"gender=female,age=35-44"_s;
    QTest::newRow("an age in the band") << QStringList{u"gender=female"_s, u"age=40"_s} << 2 << 50.0
                                        << u"gender=female,age=35-44"_s;
}

void TestCliSegment::metrics()
{
    QFETCH(QStringList, segments);
    QFETCH(int, responses);
    QFETCH(double, nps);
    QFETCH(QString, filter);

    QStringList arguments{u"metrics"_s, u"map.waymark"_s, u"--json"_s};
    for (const QString &segment : segments)
        arguments << u"--segment"_s << segment;
    const Run metrics = run(arguments);
    COMPARE_EXIT(metrics, 0);
    const QJsonObject json = QJsonDocument::fromJson(metrics.out.toUtf8()).object();
    const QJsonObject overall = json.value(u"overall"_s).toObject();
    QCOMPARE(overall.value(u"responses"_s).toInteger(), responses);
    QVERIFY2(std::abs(overall.value(u"nps"_s).toObject().value(u"score"_s).toDouble() - nps) < 1e-9, qPrintable(metrics.out));
    QStringList reported;
    for (const QJsonValue &condition : json.value(u"filter"_s).toArray())
        reported.append(condition.toObject().value(u"attribute"_s).toString() + u'=' + condition.toObject().value(u"value"_s).toString());
    QCOMPARE(reported.join(u','), filter);
    // The stages count the same respondents: Store visit has one woman, a 3.
    if (QTest::currentDataTag() == QByteArray("women")) {
        const QJsonObject store = json.value(u"stages"_s).toArray().at(1).toObject();
        QCOMPARE(store.value(u"name"_s).toString(), u"Store visit"_s);
        QCOMPARE(store.value(u"responses"_s).toInteger(), 1);
        QCOMPARE(store.value(u"nps"_s).toObject().value(u"score"_s).toDouble(), -100.0);
    }

    // The table says what it shows.
    arguments.removeAll(u"--json"_s);
    const Run text = run(arguments);
    COMPARE_EXIT(text, 0);
    QVERIFY2(text.out.startsWith(u"Showing "_s), qPrintable(text.out));
}

void TestCliSegment::refused_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("error");

    QTest::newRow("no such value") << QStringList{u"metrics"_s, u"map.waymark"_s, u"--segment"_s, u"gender=other"_s}
                                   << u"waymark: error: no response has gender = 'other' (its values: female, male, non-binary)"_s;
    QTest::newRow("no such attribute") << QStringList{u"metrics"_s, u"map.waymark"_s, u"--segment"_s, u"region=north"_s}
                                       << u"waymark: error: the responses have no segment attribute 'region' (they have: age, channel, gender)"_s;
    QTest::newRow("no '='") << QStringList{u"metrics"_s, u"map.waymark"_s, u"--segment"_s, u"female"_s}
                            << u"waymark: error: a segment is ATTRIBUTE=VALUE, as in gender=female (got 'female')"_s;
    QTest::newRow("export, no such value")
        << QStringList{u"export"_s, u"map.waymark"_s, u"-o"_s, u"map.png"_s, u"--segment"_s, u"gender=other"_s}
        << u"waymark: error: no response has gender = 'other' (its values: female, male, non-binary)"_s;
}

void TestCliSegment::refused()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, error);
    const Run refused = run(arguments);
    COMPARE_EXIT(refused, 1);
    QCOMPARE(refused.err.trimmed(), error);
    QVERIFY(!QFile::exists(m_dir->filePath(u"map.png"_s)));
}

void TestCliSegment::exports_data()
{
    QTest::addColumn<QString>("output");
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<bool>("honoured");

    QTest::newRow("png") << u"map.png"_s << QStringList{} << true;
    QTest::newRow("svg") << u"map.svg"_s << QStringList{} << true;
    QTest::newRow("pdf") << u"map.pdf"_s << QStringList{} << true;
    QTest::newRow("report") << u"report.pdf"_s << QStringList{u"--report"_s} << true;
    QTest::newRow("slides") << u"slides.pdf"_s << QStringList{u"--slides"_s} << true;
    QTest::newRow("pptx") << u"deck.pptx"_s << QStringList{} << true;
    QTest::newRow("json") << u"map.json"_s << QStringList{} << false;
    QTest::newRow("mermaid") << u"map.mmd"_s << QStringList{} << false;
}

void TestCliSegment::exports()
{
    QFETCH(QString, output);
    QFETCH(QStringList, extra);
    QFETCH(bool, honoured);

    const QStringList segment{u"--segment"_s, u"gender=female"_s, u"--segment"_s, u"channel=app"_s};
    const Run all = run(QStringList{u"export"_s, u"map.waymark"_s, u"-o"_s, u"all-" + output} + extra);
    COMPARE_EXIT(all, 0);
    const Run filtered = run(QStringList{u"export"_s, u"map.waymark"_s, u"-o"_s, output} + extra + segment);
    COMPARE_EXIT(filtered, 0);
    if (!honoured) {
        QVERIFY2(filtered.err.contains(u"note: --segment does not apply"_s), qPrintable(filtered.err));
        return;
    }
    QCOMPARE(filtered.err, QString());
    const QString label = u"Showing gender = female \u00b7 channel = app"_s;
    const QString path = m_dir->filePath(output);
    if (output.endsWith(u".pdf"_s)) {
        const QString text = pdfText(path);
        QVERIFY2(text.contains(label), qPrintable(text.left(2000)));
        QVERIFY(!pdfText(m_dir->filePath(u"all-" + output)).contains(u"Showing gender"_s));
        if (extra.contains(u"--report"_s)) // the cover's headline figures: 2 responses
            QVERIFY2(text.contains(u"from 2 responses"_s), qPrintable(text.left(3000)));
    } else if (output.endsWith(u".svg"_s)) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString svg = QString::fromUtf8(file.readAll());
        QVERIFY2(svg.contains(u"gender = female"_s), "the SVG has no filter label");
    } else if (output.endsWith(u".pptx"_s)) {
        QVERIFY(pptxText(path).contains(u"gender = female"_s));
        QVERIFY(!pptxText(m_dir->filePath(u"all-" + output)).contains(u"gender = female"_s));
    } else {
        // A PNG: the figures drawn differ (and the label takes a line).
        QFile a(path), b(m_dir->filePath(u"all-" + output));
        QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
        QVERIFY(a.readAll() != b.readAll());
    }
}

QTEST_GUILESS_MAIN(TestCliSegment)
#include "tst_clisegment.moc"
