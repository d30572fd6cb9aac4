// Bad input on the command line: every refusal is "waymark: error: ..." with exit status 1,
// leaves the input byte for byte as it was and leaves no stray file (journal, temporary map,
// half-written output) in the folder.

#include "support/runchecks.h"
#include "support/testsupport.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using Waymark::Test::digest;
using Waymark::Test::entriesOf;
using Waymark::Test::Run;
using Waymark::Test::runSql;
using Waymark::Test::runWaymark;

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

// A PNG signature and header chunk followed by pixel-ish bytes: a binary file that is not ours.
QByteArray pngLikeBytes()
{
    QByteArray bytes = QByteArray::fromHex("89504e470d0a1a0a0000000d49484452000000100000001008060000001ff3ff61");
    for (int i = 0; i < 512; ++i)
        bytes.append(char((i * 37 + 11) & 0xff));
    return bytes;
}

// Checks a finished run's exit code, showing its output when it is not the expected one.

// Checks that the run is a refusal: exit 1, nothing on stdout, one "waymark: error: " message
// holding every fragment (case-insensitively).
#define VERIFY_REFUSED(run, fragments)                                                                   \
    do {                                                                                                 \
        COMPARE_EXIT(run, 1);                                                                            \
        QVERIFY2((run).err.startsWith(u"waymark: error: "_s), qPrintable(describe(run)));                \
        QVERIFY2((run).err.count(u"waymark: error: "_s) == 1, qPrintable(describe(run)));                \
        for (const QString &fragment : fragments)                                                        \
            QVERIFY2((run).err.contains(fragment, Qt::CaseInsensitive),                                  \
                     qPrintable(u"no \"%1\" in the message:\n"_s.arg(fragment) + describe(run)));        \
        QCOMPARE((run).out, QString());                                                                  \
    } while (false)

} // namespace

class TestBadInput : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void badFile_data();
    void badFile();
    void missingFile_data();
    void missingFile();
    void checkFindsProblems_data();
    void checkFindsProblems();

    void newRefusesExisting_data();
    void newRefusesExisting();
    void newForceReplaces_data();
    void newForceReplaces();
    void newForceReadOnly();
    void newForceKeepsMapOnError_data();
    void newForceKeepsMapOnError();
    void newInMissingFolder();
    void newUnknownTemplate();
    void newFromMissingJson();
    void newFromBadJson_data();
    void newFromBadJson();

    void exportToMissingFolder_data();
    void exportToMissingFolder();

    void lockedFile();

private:
    // Writes a bad input of the given kind to `path`; see badFile_data().
    void makeBadFile(const QString &kind, const QString &path);

    QTemporaryDir m_shared;
    QString m_map;      // a sound phone-store map: never changed, copied by the tests
    QByteArray m_bytes; // its bytes
};

void TestBadInput::initTestCase()
{
    QVERIFY2(!qEnvironmentVariableIsEmpty("WAYMARK_BINARY"), "run through ctest: WAYMARK_BINARY names the binary");
    QVERIFY(m_shared.isValid());
    const Run run = runWaymark({u"new"_s, u"source.waymark"_s, u"--template"_s, u"phone-store"_s}, m_shared.path());
    COMPARE_EXIT(run, 0);
    m_map = m_shared.filePath(u"source.waymark"_s);
    m_bytes = readAll(m_map);
    QVERIFY(m_bytes.size() > 4 * 4096);
    QVERIFY(m_bytes.startsWith(QByteArrayView("SQLite format 3\0", 16)));
}

void TestBadInput::makeBadFile(const QString &kind, const QString &path)
{
    if (kind == u"text"_s) {
        QVERIFY(writeAll(path, "Customer journey, first draft\nAwareness -> Purchase -> Advocacy\nTODO: personas\n"));
    } else if (kind == u"empty"_s) {
        QVERIFY(writeAll(path, QByteArray()));
    } else if (kind == u"png"_s) {
        QVERIFY(writeAll(path, pngLikeBytes()));
    } else if (kind == u"foreign sqlite"_s) {
        const QString error = runSql(path, {u"CREATE TABLE contact (id INTEGER PRIMARY KEY, name TEXT, email TEXT)"_s,
                                            u"INSERT INTO contact (name, email) VALUES ('Ada', 'ada@example.org')"_s});
        QVERIFY2(error.isEmpty(), qPrintable(error));
    } else if (kind == u"newer"_s) {
        QVERIFY(writeAll(path, m_bytes));
        const QString error = runSql(path, {u"PRAGMA user_version = 99"_s});
        QVERIFY2(error.isEmpty(), qPrintable(error));
    } else if (kind == u"no version"_s) {
        QVERIFY(writeAll(path, m_bytes));
        const QString error = runSql(path, {u"PRAGMA user_version = 0"_s});
        QVERIFY2(error.isEmpty(), qPrintable(error));
    } else if (kind == u"truncated"_s) {
        QVERIFY(writeAll(path, m_bytes.left(m_bytes.size() / 2)));
    } else if (kind == u"damaged page"_s) {
        // The page size is the big-endian 16-bit number at offset 16 of the header (1 = 65536).
        QByteArray bytes = m_bytes;
        int pageSize = (quint8(bytes.at(16)) << 8) | quint8(bytes.at(17));
        if (pageSize == 1)
            pageSize = 65536;
        QVERIFY(bytes.size() >= 3 * pageSize);
        bytes.replace(2 * pageSize, 8, QByteArray(8, '\xff')); // the first 8 bytes of page 3
        QVERIFY(writeAll(path, bytes));
    } else {
        QFAIL(qPrintable(u"unknown kind "_s + kind));
    }
    // Whatever made the file has let go of it: no journal beside it.
    QCOMPARE(entriesOf(QFileInfo(path).absolutePath()), QStringList{QFileInfo(path).fileName()});
}

// info, check and export -o out.json refuse every bad file, touching nothing.
void TestBadInput::badFile_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("command");
    QTest::addColumn<QStringList>("fragments");

    const QList<std::pair<QString, QStringList>> kinds = {
        {u"text"_s, {u"not a Waymark map"_s, u"not an SQLite database"_s}},
        {u"empty"_s, {u"not a Waymark map"_s, u"empty"_s}},
        {u"png"_s, {u"not a Waymark map"_s, u"not an SQLite database"_s}},
        {u"foreign sqlite"_s, {u"not a Waymark map"_s}},
        {u"newer"_s, {u"newer version"_s, u"99"_s}},
        {u"no version"_s, {u"damaged"_s}},
        {u"truncated"_s, {u"damaged"_s, u"truncated"_s}},
        {u"damaged page"_s, {u"damaged"_s}},
    };
    for (const auto &[kind, fragments] : kinds) {
        for (const QString &command : {u"info"_s, u"check"_s, u"export"_s}) {
            // Every message names the file.
            QTest::addRow("%s: %s", qPrintable(kind), qPrintable(command))
                << kind << command << (QStringList(fragments) << u"map.waymark"_s);
        }
    }
}

void TestBadInput::badFile()
{
    QFETCH(QString, kind);
    QFETCH(QString, command);
    QFETCH(QStringList, fragments);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"map.waymark"_s);
    makeBadFile(kind, path);
    if (QTest::currentTestFailed())
        return;
    const QByteArray before = digest(path);
    QVERIFY(!before.isEmpty() || kind == u"empty"_s);

    QStringList arguments{command, u"map.waymark"_s};
    if (command == u"export"_s)
        arguments << u"-o"_s << u"out.json"_s;
    const Run run = runWaymark(arguments, dir.path());
    VERIFY_REFUSED(run, fragments);
    QCOMPARE(digest(path), before);
    QCOMPARE(entriesOf(dir.path()), QStringList{u"map.waymark"_s}); // no journal, no out.json
}

// A map path that names nothing, or a folder: refused, and nothing is created there.
void TestBadInput::missingFile_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<bool>("folder");
    QTest::addColumn<QString>("fragment");
    for (const QString &command : {u"info"_s, u"check"_s, u"export"_s}) {
        QTest::addRow("no such file: %s", qPrintable(command)) << command << false << u"no such file"_s;
        QTest::addRow("a folder: %s", qPrintable(command)) << command << true << u"is a folder"_s;
    }
}

void TestBadInput::missingFile()
{
    QFETCH(QString, command);
    QFETCH(bool, folder);
    QFETCH(QString, fragment);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    if (folder)
        QVERIFY(QDir(dir.path()).mkdir(u"map.waymark"_s));

    QStringList arguments{command, u"map.waymark"_s};
    if (command == u"export"_s)
        arguments << u"-o"_s << u"out.json"_s;
    const Run run = runWaymark(arguments, dir.path());
    VERIFY_REFUSED(run, (QStringList{u"map.waymark"_s, fragment}));
    // SQLite was not asked to open (and so create) the missing file.
    QCOMPARE(entriesOf(dir.path()), folder ? QStringList{u"map.waymark"_s} : QStringList());
    if (folder)
        QCOMPARE(entriesOf(dir.filePath(u"map.waymark"_s)), QStringList());
}

// A file SQLite finds sound that breaks Waymark's own rules: `check` lists every problem,
// each naming the row, and changes nothing.
void TestBadInput::checkFindsProblems_data()
{
    QTest::addColumn<QStringList>("sql");
    QTest::addColumn<QString>("fragment");
    QTest::newRow("stage positions from 1") << QStringList{u"UPDATE stage SET position = position + 1"_s}
                                            << u"table stage: positions do not start at 0"_s;
    QTest::newRow("card positions with a gap") << QStringList{u"UPDATE card SET position = 5 WHERE id = 1"_s}
                                               << u"positions are not numbered"_s;
    QTest::newRow("unknown lane kind") << QStringList{u"UPDATE lane SET kind = 'bogus' WHERE position = 0"_s}
                                       << u"'bogus' is not a valid kind"_s;
    QTest::newRow("unknown evidence") << QStringList{u"UPDATE card SET evidence = 'maybe' WHERE id = 1"_s}
                                      << u"'maybe' is not a valid evidence"_s;
    QTest::newRow("bad colour") << QStringList{u"UPDATE stage SET color = 'notacolor' WHERE position = 0"_s}
                                << u"'notacolor' is not a valid color"_s;
    QTest::newRow("title row missing") << QStringList{u"DELETE FROM map"_s} << u"title row is missing"_s;
    // The first stage holds cards and emotion points (a table WITHOUT ROWID).
    QTest::newRow("stage deleted under its cards and emotion points")
        << QStringList{u"PRAGMA foreign_keys = OFF"_s, u"DELETE FROM stage WHERE position = 0"_s}
        << u"refers to a missing row of table stage"_s;
}

void TestBadInput::checkFindsProblems()
{
    QFETCH(QStringList, sql);
    QFETCH(QString, fragment);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"map.waymark"_s);
    QVERIFY(writeAll(path, m_bytes));
    const QString error = runSql(path, sql);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(entriesOf(dir.path()), QStringList{u"map.waymark"_s});
    const QByteArray before = digest(path);

    const Run run = runWaymark({u"check"_s, u"map.waymark"_s}, dir.path());
    VERIFY_REFUSED(run, (QStringList{u"map.waymark"_s, u"problem"_s, fragment}));
    const QStringList lines = run.err.split(u'\n', Qt::SkipEmptyParts);
    QVERIFY2(lines.size() >= 2, qPrintable(run.err));
    QVERIFY2(lines.at(0).contains(u"has %1 problem"_s.arg(lines.size() - 1)), qPrintable(run.err));
    for (const QString &line : lines.mid(1)) {
        // Indented by two spaces, and no blank where a value (a row, a name) belongs.
        QVERIFY2(line.startsWith(u"  "_s) && !line.at(2).isSpace(), qPrintable(line));
        QVERIFY2(!line.mid(2).contains(u"  "_s), qPrintable(u"a value is missing in \""_s + line + u"\" of:\n"_s + run.err));
    }
    QCOMPARE(digest(path), before);
    QCOMPARE(entriesOf(dir.path()), QStringList{u"map.waymark"_s});
}

// new onto an existing file, without --force --------------------------------------------

void TestBadInput::newRefusesExisting_data()
{
    QTest::addColumn<QString>("existing"); // "map" or "text"
    QTest::addColumn<QStringList>("options");
    QTest::newRow("map, --template") << u"map"_s << QStringList{u"--template"_s, u"blank"_s};
    QTest::newRow("map, no template") << u"map"_s << QStringList();
    QTest::newRow("map, --title") << u"map"_s << QStringList{u"--title"_s, u"Replaced"_s};
    QTest::newRow("map, --from-json") << u"map"_s << QStringList{u"--from-json"_s, u"source.json"_s};
    QTest::newRow("text file") << u"text"_s << QStringList{u"--template"_s, u"blank"_s};
}

void TestBadInput::newRefusesExisting()
{
    QFETCH(QString, existing);
    QFETCH(QStringList, options);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"map.waymark"_s);
    if (existing == u"map"_s)
        QVERIFY(writeAll(path, m_bytes));
    else
        QVERIFY(writeAll(path, "notes\n"));
    if (options.contains(u"source.json"_s)) {
        const Run exported = runWaymark({u"export"_s, m_map, u"-o"_s, u"source.json"_s}, dir.path());
        COMPARE_EXIT(exported, 0);
    }
    const QStringList entries = entriesOf(dir.path());
    const QByteArray before = digest(path);

    const Run run = runWaymark(QStringList{u"new"_s, u"map.waymark"_s} + options, dir.path());
    VERIFY_REFUSED(run, (QStringList{u"map.waymark"_s, u"already exists"_s, u"--force"_s}));
    QCOMPARE(digest(path), before);
    QCOMPARE(entriesOf(dir.path()), entries);
}

// new --force replaces a map in one step ------------------------------------------------

void TestBadInput::newForceReplaces_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<int>("stages"); // of the new map
    QTest::newRow("--template blank") << QStringList{u"--template"_s, u"blank"_s, u"--title"_s, u"Fresh start"_s} << 5;
    QTest::newRow("--from-json") << QStringList{u"--from-json"_s, u"blank.json"_s, u"--title"_s, u"Fresh start"_s} << 5;
}

void TestBadInput::newForceReplaces()
{
    QFETCH(QStringList, options);
    QFETCH(int, stages);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"map.waymark"_s);
    QVERIFY(writeAll(path, m_bytes)); // the phone-store map: 7 stages
    if (options.contains(u"blank.json"_s)) {
        QVERIFY(runWaymark({u"new"_s, u"blank.waymark"_s}, dir.path()).exitCode == 0);
        QVERIFY(runWaymark({u"export"_s, u"blank.waymark"_s, u"-o"_s, u"blank.json"_s}, dir.path()).exitCode == 0);
        QVERIFY(QFile::remove(dir.filePath(u"blank.waymark"_s)));
    }
    const QStringList entries = entriesOf(dir.path());

    const Run run = runWaymark(QStringList{u"new"_s, u"map.waymark"_s, u"--force"_s} + options, dir.path());
    COMPARE_EXIT(run, 0);
    QCOMPARE(run.err, QString());
    QVERIFY(digest(path) != digest(m_map));
    QCOMPARE(entriesOf(dir.path()), entries); // no .waymark-new-* left, no journal

    const Run info = runWaymark({u"info"_s, u"map.waymark"_s, u"--json"_s}, dir.path());
    COMPARE_EXIT(info, 0);
    QVERIFY2(info.out.contains(u"\"title\": \"Fresh start\""_s), qPrintable(info.out));
    const Run check = runWaymark({u"check"_s, u"map.waymark"_s}, dir.path());
    COMPARE_EXIT(check, 0);
    QVERIFY2(run.out.contains(u"%1 stages"_s.arg(stages)), qPrintable(run.out));
}

void TestBadInput::newForceReadOnly()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"map.waymark"_s);
    QVERIFY(writeAll(path, m_bytes));
    const QFileDevice::Permissions readOnly = QFileDevice::ReadOwner | QFileDevice::ReadUser | QFileDevice::ReadGroup
        | QFileDevice::ReadOther; // 0444
    QVERIFY(QFile::setPermissions(path, readOnly));
    const QByteArray before = digest(path);

    const Run run = runWaymark({u"new"_s, u"map.waymark"_s, u"--force"_s, u"--template"_s, u"blank"_s}, dir.path());
    const QFileDevice::Permissions after = QFile::permissions(path);
    QFile::setPermissions(path, readOnly | QFileDevice::WriteOwner | QFileDevice::WriteUser);
    VERIFY_REFUSED(run, (QStringList{u"map.waymark"_s, u"read-only"_s}));
    QCOMPARE(digest(path), before);
    // The owner, group and other bits; the "user" bits say what the test's user (root) may do.
    const QFileDevice::Permissions userBits = QFileDevice::ReadUser | QFileDevice::WriteUser | QFileDevice::ExeUser;
    QCOMPARE(after & ~userBits, readOnly & ~userBits);
    QCOMPARE(entriesOf(dir.path()), QStringList{u"map.waymark"_s});
}

// new --force with a source that fails: the map it was to replace stays as it was.
void TestBadInput::newForceKeepsMapOnError_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("fragment");
    QTest::newRow("malformed JSON") << QStringList{u"--from-json"_s, u"bad.json"_s} << u"bad.json:1:"_s;
    QTest::newRow("invalid JSON") << QStringList{u"--from-json"_s, u"invalid.json"_s} << u"emotions[0].score"_s;
    QTest::newRow("unknown template") << QStringList{u"--template"_s, u"no-such-template"_s} << u"no template named"_s;
}

void TestBadInput::newForceKeepsMapOnError()
{
    QFETCH(QStringList, options);
    QFETCH(QString, fragment);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"map.waymark"_s);
    QVERIFY(writeAll(path, m_bytes));
    QVERIFY(writeAll(dir.filePath(u"bad.json"_s), R"({"title": "x", "stages": [)"));
    QVERIFY(writeAll(dir.filePath(u"invalid.json"_s),
                     R"({"stages": [{"name": "a"}], "personas": [{"name": "Sam"}], "emotions": [{"persona": 0, "stage": 0, "score": -6}]})"));
    const QStringList entries = entriesOf(dir.path());

    const Run run = runWaymark(QStringList{u"new"_s, u"map.waymark"_s, u"--force"_s} + options, dir.path());
    VERIFY_REFUSED(run, QStringList{fragment});
    QCOMPARE(digest(path), digest(m_map));
    QCOMPARE(entriesOf(dir.path()), entries); // no .waymark-new-* left
}

void TestBadInput::newInMissingFolder()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const Run run = runWaymark({u"new"_s, u"no-such-folder/map.waymark"_s}, dir.path());
    VERIFY_REFUSED(run, QStringList{u"no-such-folder/map.waymark"_s});
    QCOMPARE(entriesOf(dir.path()), QStringList()); // the folder was not made
}

void TestBadInput::newUnknownTemplate()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const Run run = runWaymark({u"new"_s, u"map.waymark"_s, u"--template"_s, u"no-such-template"_s}, dir.path());
    VERIFY_REFUSED(run, (QStringList{u"no template named 'no-such-template'"_s, u"blank"_s, u"phone-store"_s}));
    QCOMPARE(entriesOf(dir.path()), QStringList());
}

void TestBadInput::newFromMissingJson()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const Run run = runWaymark({u"new"_s, u"map.waymark"_s, u"--from-json"_s, u"missing.json"_s}, dir.path());
    VERIFY_REFUSED(run, (QStringList{u"cannot read"_s, u"missing.json"_s}));
    QCOMPARE(entriesOf(dir.path()), QStringList());
}

// new --from-json with a bad JSON file: the message says where; no map is made ---------------

void TestBadInput::newFromBadJson_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QStringList>("fragments");

    const QByteArray fiveStages = R"("stages": [{"name": "a"}, {"name": "b"}, {"name": "c"}, {"name": "d"}, {"name": "e"}])";
    const QByteArray painLane = R"("lanes": [{"name": "Pain points", "kind": "pain_points"}])";

    QTest::newRow("malformed: unterminated list")
        << QByteArray("{\n  \"title\": \"x\",\n  \"stages\": [\n")
        << QStringList{u"in.json:4:1: "_s, u"unterminated"_s};
    QTest::newRow("malformed: missing comma")
        << QByteArray("{\n  \"title\": \"x\"\n  \"description\": \"y\"\n}\n")
        << QStringList{u"in.json:3:"_s};
    QTest::newRow("malformed: garbage after the object")
        << QByteArray("{\n  \"title\": \"x\"}\n}\n")
        << QStringList{u"in.json:3:1: "_s, u"garbage"_s};
    QTest::newRow("malformed: bad literal")
        << QByteArray("{\"title\": \"caf\xc3\xa9\",\n \"x\": tru}")
        << QStringList{u"in.json:2:"_s};
    QTest::newRow("not an object") << QByteArray("[1, 2, 3]\n") << QStringList{u"in.json"_s, u"JSON object"_s};

    QTest::newRow("card stage 9 of 5")
        << QByteArray("{" + fiveStages + ", " + painLane + R"(, "cards": [{"stage": 9, "lane": 0}]})")
        << QStringList{u"in.json: cards[0].stage: "_s, u"9"_s, u"5 stages"_s};
    QTest::newRow("card lane 1 of 1")
        << QByteArray("{" + fiveStages + ", " + painLane + R"(, "cards": [{"stage": 0, "lane": 0}, {"stage": 0, "lane": 1}]})")
        << QStringList{u"in.json: cards[1].lane: "_s, u"1 lanes"_s};
    QTest::newRow("emotion score 7")
        << QByteArray("{" + fiveStages + R"(, "personas": [{"name": "Sam"}], "emotions": [{"persona": 0, "stage": 1, "score": 7}]})")
        << QStringList{u"in.json: emotions[0].score: "_s, u"out of range"_s};
    QTest::newRow("severity 9")
        << QByteArray("{" + fiveStages + ", " + painLane + R"(, "cards": [{"stage": 0, "lane": 0, "severity": 9}]})")
        << QStringList{u"in.json: cards[0].severity: "_s, u"out of range"_s};
    QTest::newRow("persona age 200")
        << QByteArray(R"({"personas": [{"name": "Sam", "age": 200}]})")
        << QStringList{u"in.json: personas[0].age: "_s, u"out of range"_s};

    QTest::newRow("unknown key at the top") << QByteArray(R"({"title": "x", "colour": "red"})")
                                            << QStringList{u"in.json: "_s, u"unknown key \"colour\""_s};
    QTest::newRow("unknown key in a card")
        << QByteArray("{" + fiveStages + ", " + painLane + R"(, "cards": [{"stage": 0, "lane": 0, "colour": "red"}]})")
        << QStringList{u"in.json: cards[0]: "_s, u"unknown key \"colour\""_s};
    QTest::newRow("unknown key in an emotion point")
        << QByteArray("{" + fiveStages + R"(, "personas": [{"name": "Sam"}], "emotions": [{"persona": 0, "stage": 1, "score": 2, "mood": "ok"}]})")
        << QStringList{u"in.json: emotions[0]: "_s, u"unknown key \"mood\""_s};

    QTest::newRow("wrong type: title") << QByteArray(R"({"title": 5})") << QStringList{u"in.json: title: expected text"_s};
    QTest::newRow("wrong type: stages") << QByteArray(R"({"stages": {"name": "a"}})")
                                        << QStringList{u"in.json: stages: expected a list"_s};
    QTest::newRow("wrong type: stage name") << QByteArray(R"({"stages": [{"name": 5}]})")
                                            << QStringList{u"in.json: stages[0].name: expected text"_s};
    QTest::newRow("wrong type: card stage")
        << QByteArray("{" + fiveStages + ", " + painLane + R"(, "cards": [{"stage": "Awareness", "lane": 0}]})")
        << QStringList{u"in.json: cards[0].stage: "_s, u"index"_s};
    QTest::newRow("wrong type: severity")
        << QByteArray("{" + fiveStages + ", " + painLane + R"(, "cards": [{"stage": 0, "lane": 0, "severity": "high"}]})")
        << QStringList{u"in.json: cards[0].severity: "_s, u"whole number"_s};
    QTest::newRow("newer interchange version") << QByteArray(R"({"format": "waymark-map", "version": 2})")
                                               << QStringList{u"in.json: version: "_s, u"newer"_s};
}

void TestBadInput::newFromBadJson()
{
    QFETCH(QByteArray, json);
    QFETCH(QStringList, fragments);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(writeAll(dir.filePath(u"in.json"_s), json));
    const QByteArray before = digest(dir.filePath(u"in.json"_s));

    const Run run = runWaymark({u"new"_s, u"out.waymark"_s, u"--from-json"_s, u"in.json"_s}, dir.path());
    VERIFY_REFUSED(run, fragments);
    // FILE:LINE:COLUMN for malformed JSON, FILE: PLACE otherwise; the message's first line.
    QVERIFY2(run.err.count(u'\n') == 1, qPrintable(run.err));
    QCOMPARE(entriesOf(dir.path()), QStringList{u"in.json"_s}); // no out.waymark, no temporary map
    QCOMPARE(digest(dir.filePath(u"in.json"_s)), before);
}

// export to a folder that does not exist -------------------------------------------------

void TestBadInput::exportToMissingFolder_data()
{
    QTest::addColumn<bool>("absolute");
    QTest::newRow("relative") << false;
    QTest::newRow("absolute") << true;
}

void TestBadInput::exportToMissingFolder()
{
    QFETCH(bool, absolute);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(writeAll(dir.filePath(u"map.waymark"_s), m_bytes));
    const QString output = absolute ? dir.filePath(u"no-such-folder/sub/out.json"_s) : u"no-such-folder/sub/out.json"_s;

    const Run run = runWaymark({u"export"_s, u"map.waymark"_s, u"-o"_s, output}, dir.path());
    VERIFY_REFUSED(run, QStringList{output});
    QCOMPARE(digest(dir.filePath(u"map.waymark"_s)), digest(m_map));
    QCOMPARE(entriesOf(dir.path()), QStringList{u"map.waymark"_s}); // the folder was not made either
}

// a map locked by another program --------------------------------------------------------

void TestBadInput::lockedFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"map.waymark"_s);
    QVERIFY(writeAll(path, m_bytes));
    const QByteArray before = digest(path);

    const QString name = u"tst_badinput-lock"_s;
    Run run;
    QString sqlError;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        QVERIFY2(db.open(), qPrintable(db.lastError().text()));
        {
            QSqlQuery query(db);
            if (!query.exec(u"BEGIN EXCLUSIVE"_s) || !query.exec(u"UPDATE map SET title = 'Changed by another program'"_s))
                sqlError = query.lastError().text();
            if (sqlError.isEmpty())
                run = runWaymark({u"info"_s, u"map.waymark"_s}, dir.path());
            query.exec(u"ROLLBACK"_s);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    QVERIFY2(sqlError.isEmpty(), qPrintable(sqlError));

    VERIFY_REFUSED(run, (QStringList{u"map.waymark"_s, u"locked"_s}));
    QCOMPARE(digest(path), before);
    QCOMPARE(entriesOf(dir.path()), QStringList{u"map.waymark"_s}); // the journal went with the rollback
}

QTEST_GUILESS_MAIN(TestBadInput)
#include "tst_badinput.moc"
