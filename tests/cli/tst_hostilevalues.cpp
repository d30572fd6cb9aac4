// Maps whose schema is Waymark's but whose values are crafted: a 150-million-character title,
// stage widths no layout can use, an oversized photo, markup meant to break out of an SVG,
// terminal escape sequences, "%2" in a file name. Fed to the built `waymark` binary: values
// are brought within their bounds with a warning (and `check` lists them), exports stay whole
// and well-formed, messages show what they quote as it is, and the file keeps its bytes.

#include "support/runchecks.h"
#include "support/testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;
using namespace Waymark::Test;

namespace {

// The elements and the text of an SVG file; `error` is set when it is not well-formed XML.
struct Svg {
    QStringList elements;
    QString title;
    QString description;
    QString text; // of every <text>
    QString error;
};

Svg parseSvg(const QString &path)
{
    Svg svg;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        svg.error = file.errorString();
        return svg;
    }
    QXmlStreamReader xml(&file);
    QString current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            current = xml.name().toString();
            svg.elements.append(current);
        } else if (xml.isEndElement()) {
            current.clear();
        } else if (xml.isCharacters()) {
            if (current == u"title"_s)
                svg.title += xml.text();
            else if (current == u"desc"_s)
                svg.description += xml.text();
            else if (current == u"text"_s)
                svg.text += xml.text();
        }
    }
    if (xml.hasError())
        svg.error = u"line %1: %2"_s.arg(QString::number(xml.lineNumber()), xml.errorString());
    return svg;
}

} // namespace

class TestHostileValues : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void hugeTitle_data();
    void hugeTitle();
    void badWidths_data();
    void badWidths();
    void outOfRangeValues_data();
    void outOfRangeValues();
    void markupInSvg_data();
    void markupInSvg();
    void controlCharacters_data();
    void controlCharacters();
    void percentInFileNames_data();
    void percentInFileNames();
    void fullDisk_data();
    void fullDisk();

private:
    QString copyOfMap(const QString &folder);

    std::unique_ptr<QTemporaryDir> m_shared;
    QString m_map;
};

void TestHostileValues::initTestCase()
{
    QVERIFY2(!qEnvironmentVariableIsEmpty("WAYMARK_BINARY"), "run through ctest: WAYMARK_BINARY names the binary");
    m_shared = scratchDir();
    QVERIFY(m_shared->isValid());
    COMPARE_EXIT(runWaymark({u"new"_s, u"source.waymark"_s, u"--template"_s, u"phone-store"_s}, m_shared->path()), 0);
    m_map = m_shared->filePath(u"source.waymark"_s);
}

QString TestHostileValues::copyOfMap(const QString &folder)
{
    const QString path = folder + u"/map.waymark"_s;
    return QFile::copy(m_map, path) ? path : QString();
}

// A title of 150 million characters (stored, so that it is the value and not a view's query
// that is huge): every command reads the first 65,536, says so, and the drawings are made.
void TestHostileValues::hugeTitle_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("info") << QStringList{u"info"_s, u"--json"_s} << 0;
    QTest::newRow("check") << QStringList{u"check"_s} << 1;
    QTest::newRow("export png") << QStringList{u"export"_s, u"-o"_s, u"out.png"_s, u"--dpi"_s, u"48"_s} << 0;
    QTest::newRow("export svg") << QStringList{u"export"_s, u"-o"_s, u"out.svg"_s} << 0;
    QTest::newRow("export pdf") << QStringList{u"export"_s, u"-o"_s, u"out.pdf"_s} << 0;
    QTest::newRow("export report") << QStringList{u"export"_s, u"-o"_s, u"report.pdf"_s, u"--report"_s} << 0;
    QTest::newRow("export json") << QStringList{u"export"_s, u"-o"_s, u"out.json"_s} << 0;
}

void TestHostileValues::hugeTitle()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    static std::unique_ptr<QTemporaryDir> source; // made once: 150 MB
    static QByteArray sourceDigest;
    if (!source) {
        source = scratchDir();
        const QString path = copyOfMap(source->path());
        const QString error = runSql(path, {u"UPDATE map SET title = printf('%.*c', 150000000, 'T'), "
                                            "description = printf('%.*c', 3000000, 'D')"_s});
        QVERIFY2(error.isEmpty(), qPrintable(error));
        sourceDigest = digest(path);
    }
    const QString path = source->filePath(u"map.waymark"_s);
    const auto out = scratchDir();
    arguments.insert(1, path);
    for (QString &argument : arguments) {
        if (argument.startsWith(u"out."_s) || argument.startsWith(u"report."_s))
            argument = out->filePath(argument);
    }
    const Run run = runWaymark(arguments);
    COMPARE_EXIT(run, exitCode);
    VERIFY_SAYS(run.err, u"map title is longer than 65,536 characters; only the first 65,536 are kept"_s);
    if (arguments.first() != u"check"_s)
        VERIFY_SAYS(run.err, u"map description is longer than 1,048,576 characters"_s);
    QCOMPARE(digest(path), sourceDigest);
    if (arguments.first() == u"info"_s) {
        const QJsonObject info = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(info.value(u"title"_s).toString(), QString(65536, u'T'));
    }
    if (arguments.first() == u"export"_s) {
        const QString written = arguments.at(arguments.indexOf(u"-o"_s) + 1);
        QVERIFY(QFileInfo(written).size() > 1000);
        if (written.endsWith(u".svg"_s)) {
            const Svg svg = parseSvg(written);
            QVERIFY2(svg.error.isEmpty(), qPrintable(svg.error));
            QVERIFY(svg.title.startsWith(u"TTTT"_s) && svg.title.size() <= 1000); // what a renderer is handed
        }
        if (written.endsWith(u".json"_s)) {
            QFile json(written);
            QVERIFY(json.open(QIODevice::ReadOnly));
            QCOMPARE(QJsonDocument::fromJson(json.readAll()).object().value(u"title"_s).toString().size(), 65536);
        }
    }
}

// Stage widths no layout can use (the six UBSan findings): every drawing is made with the
// width clamped into 160…1200, and the warning says which stage.
void TestHostileValues::badWidths_data()
{
    QTest::addColumn<QString>("width"); // SQL
    QTest::addColumn<QString>("fragment");
    QTest::newRow("huge") << u"1e308"_s << u"1e+308 is out of range 160 to 1200; 1200 is used instead"_s;
    QTest::newRow("infinite") << u"9e999"_s << u"holds no number"_s;
    QTest::newRow("negative") << u"-5000000000"_s << u"-5e+09 is out of range 160 to 1200; 160 is used instead"_s;
    QTest::newRow("zero") << u"0"_s << u"0 is out of range 160 to 1200; 160 is used instead"_s;
    QTest::newRow("text") << u"'wide'"_s << u"holds no number; the default is used"_s;
    QTest::newRow("blob") << u"x'ffffffff'"_s << u"holds no number; the default is used"_s;
    QTest::newRow("null") << u"NULL"_s << u"holds no number; the default is used"_s;
}

void TestHostileValues::badWidths()
{
    QFETCH(QString, width);
    QFETCH(QString, fragment);
    const auto dir = scratchDir();
    const QString path = copyOfMap(dir->path());
    // NOT NULL is part of the schema: a NULL width needs the schema's checks switched off.
    const QStringList sql = width == u"NULL"_s
        ? QStringList{u"PRAGMA writable_schema = ON"_s,
                      u"UPDATE sqlite_schema SET sql = replace(sql, 'width REAL NOT NULL DEFAULT 280', 'width REAL') WHERE name = 'stage'"_s,
                      u"PRAGMA writable_schema = RESET"_s, u"UPDATE stage SET width = NULL WHERE position = 2"_s}
        : QStringList{u"UPDATE stage SET width = %1 WHERE position = 2"_s.arg(width)};
    const QString error = runSql(path, sql);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QByteArray before = digest(path);
    const int stageId = querySql(path, u"SELECT id FROM stage WHERE position = 2"_s).toInt();

    for (const QString &output : {u"out.png"_s, u"out.svg"_s, u"out.pdf"_s}) {
        const Run run = runWaymark({u"export"_s, u"map.waymark"_s, u"-o"_s, output, u"--dpi"_s, u"48"_s}, dir->path());
        COMPARE_EXIT(run, 0);
        if (width != u"NULL"_s) // the altered schema reads through a clean copy, where NULL became the default
            VERIFY_SAYS(run.err, u"stage %1 width %2"_s.arg(QString::number(stageId), fragment));
        QVERIFY(QFileInfo(dir->filePath(output)).size() > 1000);
    }
    const Run check = runWaymark({u"check"_s, u"map.waymark"_s}, dir->path());
    COMPARE_EXIT(check, 1);
    QCOMPARE(digest(path), before);
}

// Other values out of their bounds: read within them, with a warning each.
void TestHostileValues::outOfRangeValues_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QString>("fragment");
    QTest::newRow("photo of 2 MB") << u"UPDATE persona SET photo = zeroblob(2000000) WHERE position = 0"_s
                                   << u"photo is larger than 512 KiB; it is left out"_s;
    QTest::newRow("photo as text") << u"UPDATE persona SET photo = printf('%.*c', 600000, 'p') WHERE position = 0"_s
                                   << u"photo is larger than 512 KiB"_s;
    QTest::newRow("colour of a megabyte") << u"UPDATE stage SET color = printf('%.*c', 1000000, 'c') WHERE position = 0"_s
                                          << u"is not a colour; the default colour is used"_s;
    QTest::newRow("unknown kind") << u"UPDATE lane SET kind = 'bogus' WHERE position = 0"_s
                                  << u"kind 'bogus' is not one of: touchpoints"_s;
    QTest::newRow("stage name of 100 KB") << u"UPDATE stage SET name = printf('%.*c', 100000, 'n') WHERE position = 1"_s
                                          << u"name is longer than 65,536 characters"_s;
    QTest::newRow("emotion note of 100 KB") << u"UPDATE emotion_point SET note = printf('%.*c', 100000, 'e')"_s
                                            << u"the note of persona"_s;
}

void TestHostileValues::outOfRangeValues()
{
    QFETCH(QString, sql);
    QFETCH(QString, fragment);
    const auto dir = scratchDir();
    const QString path = copyOfMap(dir->path());
    const QString error = runSql(path, {sql});
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QByteArray before = digest(path);

    const Run info = runWaymark({u"info"_s, u"map.waymark"_s}, dir->path());
    COMPARE_EXIT(info, 0);
    VERIFY_SAYS(info.err, u"waymark: warning: 'map.waymark': "_s);
    VERIFY_SAYS(info.err, fragment);
    const Run exported = runWaymark({u"export"_s, u"map.waymark"_s, u"-o"_s, u"out.pdf"_s, u"--report"_s}, dir->path());
    COMPARE_EXIT(exported, 0);
    const Run check = runWaymark({u"check"_s, u"map.waymark"_s}, dir->path());
    COMPARE_EXIT(check, 1);
    VERIFY_SAYS(check.err, fragment);
    QCOMPARE(digest(path), before);
}

// Markup in every text an SVG export embeds: the file is well-formed XML, holds no element
// Waymark did not draw, and shows the text as the user typed it.
void TestHostileValues::markupInSvg_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QString>("where"); // title, desc or text
    QTest::addColumn<QString>("shown");
    QTest::newRow("title") << u"UPDATE map SET title = '</title><script>alert(1)</script><title>'"_s << u"title"_s
                           << u"</title><script>alert(1)</script><title>"_s;
    QTest::newRow("description") << u"UPDATE map SET description = '</desc><script href=\"x\"/>&amp;'"_s << u"desc"_s
                                 << u"</desc><script href=\"x\"/>&amp;"_s;
    QTest::newRow("card title") << u"UPDATE card SET title = '</text><script>x</script>' WHERE id = (SELECT min(id) FROM card)"_s
                                << u"text"_s << u"</text><script>x</script>"_s;
    QTest::newRow("stage name") << u"UPDATE stage SET name = 'A & B <b>' WHERE position = 0"_s << u"text"_s << u"A & B <b>"_s;
    QTest::newRow("control characters in the title")
        << u"UPDATE map SET title = 'bell' || char(7) || ' escape' || char(27) || '[31m nul-free'"_s << u"title"_s
        << u"bell escape[31m nul-free"_s;
}

void TestHostileValues::markupInSvg()
{
    QFETCH(QString, sql);
    QFETCH(QString, where);
    QFETCH(QString, shown);
    const auto dir = scratchDir();
    const QString path = copyOfMap(dir->path());
    QVERIFY(runSql(path, {sql}).isEmpty());

    const Run run = runWaymark({u"export"_s, u"map.waymark"_s, u"-o"_s, u"map.svg"_s}, dir->path());
    COMPARE_EXIT(run, 0);
    const Svg svg = parseSvg(dir->filePath(u"map.svg"_s));
    QVERIFY2(svg.error.isEmpty(), qPrintable(svg.error));
    QVERIFY2(!svg.elements.contains(u"script"_s), qPrintable(svg.elements.join(u' ')));
    QCOMPARE(svg.elements.count(u"title"_s), 1);
    QCOMPARE(svg.elements.count(u"desc"_s), 1);
    const QString &text = where == u"title"_s ? svg.title : where == u"desc"_s ? svg.description : svg.text;
    VERIFY_SAYS(text, shown);
}

// Text from a map never reaches the terminal raw: escape sequences are shown, not obeyed.
void TestHostileValues::controlCharacters_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("info") << QStringList{u"info"_s, u"map.waymark"_s};
    QTest::newRow("info --json") << QStringList{u"info"_s, u"map.waymark"_s, u"--json"_s};
    QTest::newRow("check") << QStringList{u"check"_s, u"map.waymark"_s};
    QTest::newRow("an error naming the file") << QStringList{u"info"_s, u"evil\x1b]0;owned\x07.waymark"_s};
    QTest::newRow("an unknown option") << QStringList{u"--\x1b[2Jwipe"_s};
}

void TestHostileValues::controlCharacters()
{
    QFETCH(QStringList, arguments);
    const auto dir = scratchDir();
    const QString path = copyOfMap(dir->path());
    // A title that clears the screen and sets the window title; a lane kind that check quotes;
    // a stage named with a right-to-left override (a "Trojan source" trick) and a C1 CSI.
    QVERIFY(runSql(path, {u"UPDATE map SET title = 'Journey' || char(27) || '[2J' || char(27) || ']0;pwned' || char(7)"_s,
                          u"UPDATE lane SET kind = 'x' || char(27) || '[5m' WHERE position = 0"_s,
                          u"UPDATE stage SET name = 'abc' || char(8238) || 'fed' || char(155) || '31m' WHERE position = 0"_s})
                .isEmpty());
    const Run run = runWaymark(arguments, dir->path());
    QVERIFY2(run.exitCode >= 0, qPrintable(describe(run)));
    for (const QString &stream : {run.out, run.err}) {
        for (const QChar c : stream) {
            const bool allowed = c == u'\n' || c == u'\t' || (c.unicode() >= 0x20 && c.unicode() != 0x7f
                                                             && !(c.unicode() >= 0x80 && c.unicode() < 0xa0)
                                                             && c.unicode() != 0x202e);
            QVERIFY2(allowed, qPrintable(u"U+%1 in:\n"_s.arg(QString::number(c.unicode(), 16)) + describe(run)));
        }
    }
    const QString all = run.out + run.err;
    if (arguments.first() == u"info"_s && arguments.size() > 1 && arguments.at(1) == u"map.waymark"_s)
        VERIFY_SAYS(all, arguments.contains(u"--json"_s) ? u"Journey\\u001b[2J"_s : u"Journey\\x1b[2J\\x1b]0;pwned\\x07"_s);
    if (arguments.first() == u"check"_s)
        VERIFY_SAYS(all, u"'x\\x1b[5m' is not a valid kind"_s);
    if (arguments.at(0).startsWith(u"--"_s))
        VERIFY_SAYS(all, u"unknown option '--\\x1b[2Jwipe'"_s);
}

// File names are printed as they are: "%2" in one is not a placeholder.
void TestHostileValues::percentInFileNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("%2") << u"map %2.waymark"_s;
    QTest::newRow("%1 %2 %5") << u"%1 %2 %5.waymark"_s;
    QTest::newRow("%L1") << u"100%L1 done.waymark"_s;
}

void TestHostileValues::percentInFileNames()
{
    QFETCH(QString, name);
    const auto dir = scratchDir();
    const Run created = runWaymark({u"new"_s, name, u"--template"_s, u"phone-store"_s}, dir->path());
    COMPARE_EXIT(created, 0);
    QCOMPARE(created.out, u"Created '%1': 7 stages, 8 lanes, 59 cards, 2 personas.\n"_s.arg(name));
    const Run checked = runWaymark({u"check"_s, name}, dir->path());
    COMPARE_EXIT(checked, 0);
    QCOMPARE(checked.out, u"'%1': ok\n"_s.arg(name));
    QVERIFY(runSql(dir->filePath(name), {u"UPDATE stage SET position = position + 1"_s}).isEmpty());
    const Run problems = runWaymark({u"check"_s, name}, dir->path());
    COMPARE_EXIT(problems, 1);
    VERIFY_SAYS(problems.err, u"waymark: error: '%1' has 1 problem(s):"_s.arg(name));
    const Run missing = runWaymark({u"info"_s, u"no " + name}, dir->path());
    QCOMPARE(missing.err, u"waymark: error: cannot open 'no %1': no such file\n"_s.arg(name));
}

// A full disk during an export says so, and leaves no half-written file behind.
void TestHostileValues::fullDisk_data()
{
    QTest::addColumn<QString>("output");
    QTest::newRow("png") << u"map.png"_s;
    QTest::newRow("pdf") << u"map.pdf"_s;
    QTest::newRow("report") << u"report.pdf"_s;
    QTest::newRow("svg") << u"map.svg"_s;
    QTest::newRow("json") << u"map.json"_s;
}

void TestHostileValues::fullDisk()
{
    QFETCH(QString, output);
    QTemporaryDir mountPoint;
    QVERIFY(mountPoint.isValid());
    // A 16 KiB file system: every export of the phone-store map is larger.
    if (QProcess::execute(u"mount"_s, {u"-t"_s, u"tmpfs"_s, u"-o"_s, u"size=16k"_s, u"tmpfs"_s, mountPoint.path()}) != 0)
        QSKIP("cannot mount a small tmpfs here (needs root)");
    QStringList arguments{u"export"_s, m_map, u"-o"_s, mountPoint.filePath(output)};
    if (output.startsWith(u"report"_s))
        arguments << u"--report"_s;
    const Run run = runWaymark(arguments);
    const QStringList left = entriesOf(mountPoint.path());
    QProcess::execute(u"umount"_s, {mountPoint.path()});
    COMPARE_EXIT(run, 1);
    VERIFY_SAYS(run.err, u"cannot write '%1': the disk is full"_s.arg(mountPoint.filePath(output)));
    QCOMPARE(left, QStringList());
}

QTEST_GUILESS_MAIN(TestHostileValues)
#include "tst_hostilevalues.moc"
