// The formats on the command line: `new --from` for every readable format (and the alias
// --from-json), its errors (nothing created), `export` in every writable format with the
// options each honours, and --help listing exactly the registered formats and options.

#include "io/formatregistry.h"
#include "render/uiformats.h"
#include "support/runchecks.h"
#include "support/testsupport.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Waymark;
using Waymark::Test::entriesOf;
using Waymark::Test::Run;
using Waymark::Test::runWaymark;
using Purpose = FormatRegistry::Purpose;

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void write(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

} // namespace

class TestCliFormats : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void helpListsTheRegisteredFormats();
    void helpSaysWhereEachOptionApplies();
    void newFrom_data();
    void newFrom();
    void newFromRefuses_data();
    void newFromRefuses();
    void newUsageErrors_data();
    void newUsageErrors();
    void exportEveryWritableFormat_data();
    void exportEveryWritableFormat();
    void exportOptionsOnlyWhereHonoured_data();
    void exportOptionsOnlyWhereHonoured();
    void exportLanes();
    void mermaidRoundTrip();

private:
    QTemporaryDir m_dir;
    QString m_map;
};

void TestCliFormats::initTestCase()
{
    QVERIFY2(!qEnvironmentVariableIsEmpty("WAYMARK_BINARY"), "run through ctest: WAYMARK_BINARY names the binary");
    // The binary registers every format in main(); so does this test, to know them.
    registerUiFormats();
    QVERIFY(m_dir.isValid());
    m_map = m_dir.filePath(u"phone.waymark"_s);
    COMPARE_EXIT(runWaymark({u"new"_s, m_map, u"--template"_s, u"phone-store"_s}), 0);
}

void TestCliFormats::helpListsTheRegisteredFormats()
{
    const QStringList writable = FormatRegistry::instance().names(Purpose::Write);
    const QStringList readable = FormatRegistry::instance().names(Purpose::Read);
    QCOMPARE(writable, (QStringList{u"json"_s, u"mermaid"_s, u"csv"_s, u"png"_s, u"svg"_s, u"pdf"_s, u"pptx"_s}));

    const Run help = runWaymark({u"--help"_s});
    COMPARE_EXIT(help, 0);
    static const QRegularExpression exportFormats(u"waymark export FILE -o OUT \\[--format ([a-z|]+)\\]"_s);
    QCOMPARE(exportFormats.match(help.out).captured(1).split(u'|'), writable);
    static const QRegularExpression newFormats(u"waymark new FILE .*\\[--format ([a-z|]+)\\]"_s);
    QCOMPARE(newFormats.match(help.out).captured(1).split(u'|'), readable);

    const Run exportHelp = runWaymark({u"export"_s, u"--help"_s});
    COMPARE_EXIT(exportHelp, 0);
    QCOMPARE(exportFormats.match(exportHelp.out).captured(1).split(u'|'), writable);
    static const QRegularExpression formatOption(u"--format <FORMAT>\\s+The format: ([a-z, ]+) \\(default"_s);
    QCOMPARE(formatOption.match(QString(exportHelp.out).replace(u'\n', u' ').simplified()).captured(1).split(u", "_s), writable);

    const Run newHelp = runWaymark({u"new"_s, u"--help"_s});
    COMPARE_EXIT(newHelp, 0);
    QVERIFY2(newHelp.out.contains(u"(%1)"_s.arg(readable.join(u", "_s))), qPrintable(newHelp.out));
}

void TestCliFormats::helpSaysWhereEachOptionApplies()
{
    const Run help = runWaymark({u"export"_s, u"--help"_s});
    const QString text = QString(help.out).replace(u'\n', u' ').simplified();
    for (const ExportOptionInfo &info : exportOptionInfos()) {
        if (!info.flag)
            continue;
        QStringList where;
        for (const MapFormat *format : FormatRegistry::instance().formats(Purpose::Write)) {
            if (format->honours(info.option))
                where.append(format->name());
            for (const FormatVariant &v : format->variants()) {
                if (v.option == info.option)
                    where.append(format->name());
                else if (v.options.contains(info.option))
                    where.append(u"%1 --%2"_s.arg(format->name(), QString::fromLatin1(exportOptionInfo(v.option).flag)));
            }
        }
        where.removeDuplicates();
        const QString flag = u"--"_s + QString::fromLatin1(info.flag);
        const qsizetype at = text.indexOf(flag + (info.valueName ? u" <"_s : u" "_s));
        QVERIFY2(at >= 0, qPrintable(flag + u" is not in the help:\n"_s + help.out));
        const qsizetype forAt = text.indexOf(u"For: "_s, at);
        QVERIFY(forAt > at);
        QVERIFY2(text.mid(forAt + 5).startsWith(where.join(u", "_s) + u'.'), qPrintable(flag + u": "_s + text.mid(forAt, 60)));
    }
}

void TestCliFormats::newFrom_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("created"); // what `new` says it made

    const QString mermaid = Test::fixture(u"mermaid/docs-example.mmd"_s);
    QTest::newRow("mermaid by extension") << QStringList{u"--from"_s, mermaid} << u"2 stages, 2 lanes, 5 cards, 2 personas"_s;
    QTest::newRow("Blueprint Signal, told from Waymark JSON")
        << QStringList{u"--from"_s, Test::fixture(u"blueprint/bike-repair.json"_s)} << u"4 stages, 7 lanes, 11 cards, 0 personas"_s;
    QTest::newRow("Waymark JSON") << QStringList{u"--from"_s, Test::fixture(u"schema-3/phone-store.json"_s)}
                                  << u"7 stages, 8 lanes"_s;
    QTest::newRow("--from-json is --from") << QStringList{u"--from-json"_s, Test::fixture(u"schema-3/phone-store.json"_s)}
                                           << u"7 stages, 8 lanes"_s;
    QTest::newRow("--from-json reads any format") << QStringList{u"--from-json"_s, mermaid} << u"5 cards"_s;
    QTest::newRow("--format names the format") << QStringList{u"--from"_s, u"@COPY"_s, u"--format"_s, u"mermaid"_s}
                                               << u"5 cards, 2 personas"_s;
}

void TestCliFormats::newFrom()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, created);
    QTemporaryDir dir;
    // A mermaid diagram under a name that says nothing.
    const QString copy = dir.filePath(u"diagram.txt"_s);
    QVERIFY(QFile::copy(Test::fixture(u"mermaid/docs-example.mmd"_s), copy));
    arguments.replaceInStrings(u"@COPY"_s, copy);
    const Run run = runWaymark(QStringList{u"new"_s, u"map.waymark"_s} + arguments, dir.path());
    COMPARE_EXIT(run, 0);
    QVERIFY2(run.out.contains(created), qPrintable(run.out));
    COMPARE_EXIT(runWaymark({u"check"_s, u"map.waymark"_s}, dir.path()), 0);
}

void TestCliFormats::newFromRefuses_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("message"); // after "waymark: error: "; @ is the file

    QTest::newRow("mermaid: a score that is not a number") << u"j.mmd"_s << QByteArray("journey\nsection S\n  Pay: high: Me\n")
                                                           << u"@:3:8: the score 'high' of 'Pay' is not a number"_s;
    QTest::newRow("mermaid: a malformed line") << u"j.mmd"_s << QByteArray("journey\nsection S\n  Pay the bill\n")
                                               << u"@:3:3: the task 'Pay the bill' has no score"_s;
    QTest::newRow("mermaid: not a journey") << u"j.mermaid"_s << QByteArray("sequenceDiagram\n  A->>B: hi\n")
                                            << u"@:1:1: not a mermaid journey diagram"_s;
    QTest::newRow("cards: a bad severity") << u"c.csv"_s << QByteArray("Stage,Lane,Title,Severity\nS,Pains,Slow,7\n")
                                           << u"@:2: Severity: '7' is not a whole number from 1 to 5"_s;
    QTest::newRow("blueprint: an unknown key") << u"b.json"_s
                                               << QByteArray("{\"format\": \"blueprint-project-v1\", \"data\": {}, \"origin\": \"\", \"review\": null, \"x\": 1}")
                                               << u"@: x: unknown key"_s;
    QTest::newRow("unknown extension") << u"map.docx"_s << QByteArray("x")
                                       << u"cannot tell the format of '@' from its name"_s;
    QTest::newRow("missing file") << u"absent.mmd"_s << QByteArray() << u"cannot read '@'"_s;
}

void TestCliFormats::newFromRefuses()
{
    QFETCH(QString, file);
    QFETCH(QByteArray, content);
    QFETCH(QString, message);
    QTemporaryDir dir;
    if (!content.isEmpty())
        write(dir.filePath(file), content);
    const QStringList before = entriesOf(dir.path());
    const Run run = runWaymark({u"new"_s, u"map.waymark"_s, u"--from"_s, file}, dir.path());
    COMPARE_EXIT(run, 1);
    QVERIFY2(run.err.startsWith(u"waymark: error: "_s + QString(message).replace(u"@"_s, file)), qPrintable(run.err));
    QCOMPARE(entriesOf(dir.path()), before); // no map, no temporary file
}

void TestCliFormats::newUsageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("--from and --from-json") << QStringList{u"--from"_s, u"a.mmd"_s, u"--from-json"_s, u"b.json"_s}
                                            << u"--from and --from-json are the same option"_s;
    QTest::newRow("--template and --from") << QStringList{u"--template"_s, u"blank"_s, u"--from"_s, u"a.mmd"_s}
                                           << u"--template and --from cannot be used together"_s;
    QTest::newRow("--format without --from") << QStringList{u"--format"_s, u"mermaid"_s} << u"--format names the format of --from PATH"_s;
    QTest::newRow("a format that does not read") << QStringList{u"--from"_s, u"a.png"_s, u"--format"_s, u"png"_s}
                                                 << u"unknown format 'png' to read (known: json, mermaid, csv, blueprint)"_s;
}

void TestCliFormats::newUsageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    QTemporaryDir dir;
    const Run run = runWaymark(QStringList{u"new"_s, u"map.waymark"_s} + arguments, dir.path());
    COMPARE_EXIT(run, 2);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QCOMPARE(entriesOf(dir.path()), QStringList());
}

void TestCliFormats::exportEveryWritableFormat_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QStringList>("options");
    for (const MapFormat *format : FormatRegistry::instance().formats(Purpose::Write)) {
        QTest::newRow(qPrintable(format->name())) << format->name() << QStringList();
        for (const FormatVariant &variant : format->variants()) {
            const QString flag = u"--"_s + QString::fromLatin1(exportOptionInfo(variant.option).flag);
            QTest::newRow(qPrintable(format->name() + u' ' + flag)) << format->name() << QStringList{flag};
        }
    }
}

// By extension, the file each format writes; and what can be read back is read back.
void TestCliFormats::exportEveryWritableFormat()
{
    QFETCH(QString, format);
    QFETCH(QStringList, options);
    QTemporaryDir dir;
    const MapFormat *f = FormatRegistry::instance().byName(format);
    const QString out = u"out."_s + f->extensions().constFirst();
    const Run run = runWaymark(QStringList{u"export"_s, m_map, u"-o"_s, out} + options, dir.path());
    COMPARE_EXIT(run, 0);
    const QByteArray bytes = readAll(dir.filePath(out));
    QVERIFY(!bytes.isEmpty());
    if (f->canRead() && options.isEmpty()) {
        const Run back = runWaymark({u"new"_s, u"back.waymark"_s, u"--from"_s, out}, dir.path());
        COMPARE_EXIT(back, 0);
    }
}

void TestCliFormats::exportOptionsOnlyWhereHonoured_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message"); // the start of stderr
    // An option the format does not honour is left out, with a note (scripts pass --dpi for
    // every format, as they always could)...
    QTest::newRow("--dpi for svg") << QStringList{u"-o"_s, u"m.svg"_s, u"--dpi"_s, u"300"_s} << 0
                                   << u"waymark: note: --dpi does not apply to svg output (it is for: png); left out"_s;
    QTest::newRow("--transparent for mermaid") << QStringList{u"-o"_s, u"m.mmd"_s, u"--transparent"_s} << 0
                                               << u"waymark: note: --transparent does not apply to mermaid output (it is for: png)"_s;
    QTest::newRow("--lane for csv") << QStringList{u"-o"_s, u"m.csv"_s, u"--lane"_s, u"touchpoints"_s} << 0
                                    << u"waymark: note: --lane does not apply to csv output (it is for: mermaid)"_s;
    QTest::newRow("--page for the roadmap") << QStringList{u"-o"_s, u"m.csv"_s, u"--roadmap"_s, u"--page"_s, u"A3"_s} << 0
                                            << u"waymark: note: --page does not apply to csv --roadmap output (it is for: pdf, pdf --report)"_s;
    // ...but the switch of another format's variant asks for a file this one cannot be.
    QTest::newRow("--roadmap for pdf") << QStringList{u"-o"_s, u"m.pdf"_s, u"--roadmap"_s} << 2
                                       << u"waymark: error: --roadmap writes a Roadmap CSV for Jira and Trello; use -o OUT.csv or --format csv"_s;
    QTest::newRow("--report for csv") << QStringList{u"-o"_s, u"m.csv"_s, u"--report"_s} << 2
                                      << u"waymark: error: --report writes a PDF report; use -o OUT.pdf or --format pdf"_s;
    QTest::newRow("two variants") << QStringList{u"-o"_s, u"m.pdf"_s, u"--report"_s, u"--slides"_s} << 2
                                  << u"waymark: error: --report and --slides make two different pdf files; choose one"_s;
    QTest::newRow("writing a format that only reads") << QStringList{u"-o"_s, u"m.json"_s, u"--format"_s, u"blueprint"_s} << 2
                                                      << u"waymark: error: Waymark reads Blueprint Signal project files but does not write them"_s;
}

void TestCliFormats::exportOptionsOnlyWhereHonoured()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    QTemporaryDir dir;
    const Run run = runWaymark(QStringList{u"export"_s, m_map} + arguments, dir.path());
    COMPARE_EXIT(run, exitCode);
    QVERIFY2(run.err.startsWith(message), qPrintable(run.err));
    if (exitCode == 0)
        QCOMPARE(entriesOf(dir.path()), QStringList{arguments.at(1)}); // written as if the option were not there
    else
        QCOMPARE(entriesOf(dir.path()), QStringList());
}

void TestCliFormats::exportLanes()
{
    QTemporaryDir dir;
    COMPARE_EXIT(runWaymark({u"export"_s, m_map, u"-o"_s, u"default.mmd"_s}, dir.path()), 0);
    COMPARE_EXIT(runWaymark({u"export"_s, m_map, u"-o"_s, u"both.mmd"_s, u"--lane"_s, u"TOUCHPOINTS"_s, u"--lane"_s,
                             u"customer actions"_s}, dir.path()), 0);
    const QString defaults = QString::fromUtf8(readAll(dir.filePath(u"default.mmd"_s)));
    const QString both = QString::fromUtf8(readAll(dir.filePath(u"both.mmd"_s)));
    QVERIFY(defaults.contains(u"Compares tariffs on three networks: "_s));
    QVERIFY(!defaults.contains(u"Handset and tariff pages"_s));
    QVERIFY(both.contains(u"Compares tariffs on three networks: "_s));
    QVERIFY(both.contains(u"Handset and tariff pages"_s));
    // Lane by lane in the map's order, whatever the order given.
    QVERIFY(both.indexOf(u"Compares tariffs"_s) < both.indexOf(u"Handset and tariff pages"_s));

    const Run missing = runWaymark({u"export"_s, m_map, u"-o"_s, u"x.mmd"_s, u"--lane"_s, u"Rumours"_s}, dir.path());
    COMPARE_EXIT(missing, 1);
    QVERIFY2(missing.err.contains(u"the map has no lane 'Rumours'"_s), qPrintable(missing.err));
    QVERIFY(!QFileInfo::exists(dir.filePath(u"x.mmd"_s)));
}

// map -> mermaid -> map -> mermaid through the command line: the same diagram twice.
void TestCliFormats::mermaidRoundTrip()
{
    QTemporaryDir dir;
    COMPARE_EXIT(runWaymark({u"export"_s, m_map, u"-o"_s, u"first.mmd"_s}, dir.path()), 0);
    COMPARE_EXIT(runWaymark({u"new"_s, u"back.waymark"_s, u"--from"_s, u"first.mmd"_s}, dir.path()), 0);
    COMPARE_EXIT(runWaymark({u"export"_s, u"back.waymark"_s, u"-o"_s, u"second.mmd"_s}, dir.path()), 0);
    const QByteArray first = readAll(dir.filePath(u"first.mmd"_s));
    QVERIFY(first.startsWith("journey\n"));
    QCOMPARE(readAll(dir.filePath(u"second.mmd"_s)), first);
}

QTEST_MAIN(TestCliFormats)
#include "tst_cliformats.moc"
