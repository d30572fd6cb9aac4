// Maps crafted to attack the schema and the file, as a map that arrives by e-mail may be: a
// trigger, a view in a table's place, a runaway recursive view, a WAL-mode file that is not
// ours, a journal left by a crash, a pipe. Each is fed to the built `waymark` binary: the
// message says what is wrong, the exit status is 0 (read, with a warning) or 1, no foreign SQL
// ran (what it would have written is not there) and the file keeps its bytes.

#include "support/runchecks.h"
#include "support/testsupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <sys/stat.h>

using namespace Qt::StringLiterals;
using namespace Waymark::Test;

namespace {

// Long enough for anything a crafted statement could make a command wait for to show up as
// over budget; every command here finishes in well under a second.
constexpr int BudgetMs = 20000;

// What each crafted file is made of: SQL run on a copy of the phone-store map.
QStringList craft(const QString &kind)
{
    // What the triggers would leave behind if they ever ran.
    const QString pwned = u"CREATE TABLE pwned (what TEXT)"_s;
    if (kind == u"trigger on map update"_s) {
        return {pwned, u"CREATE TRIGGER evil AFTER UPDATE ON map BEGIN "
                       "INSERT INTO pwned VALUES ('map updated'); UPDATE card SET title = 'pwned'; DELETE FROM card_link; END"_s};
    }
    if (kind == u"trigger on import"_s) {
        // The file grew from 94 KB to 2.4 GB from 12 imported rows.
        return {pwned, u"CREATE TRIGGER grow AFTER INSERT ON response BEGIN "
                       "INSERT INTO pwned SELECT hex(randomblob(100000)); END"_s};
    }
    if (kind == u"trigger on delete"_s)
        return {pwned, u"CREATE TRIGGER wipe BEFORE DELETE ON card BEGIN INSERT INTO pwned VALUES ('deleted'); END"_s};
    if (kind == u"view in place of map"_s) {
        return {u"PRAGMA foreign_keys = OFF"_s, u"DROP TABLE map"_s,
                u"CREATE VIEW map AS SELECT 1 AS id, printf('%.*c', 150000000, 'x') AS title, '' AS description"_s};
    }
    if (kind == u"runaway view in place of stage"_s) {
        return {u"PRAGMA foreign_keys = OFF"_s, u"DROP TABLE stage"_s,
                u"CREATE VIEW stage AS WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r) "
                "SELECT n AS id, n AS position, 'x' AS name, '' AS description, '' AS color, 280 AS width, "
                "NULL AS nps_target, NULL AS csat_target FROM r ORDER BY n DESC"_s};
    }
    if (kind == u"extra table and index"_s)
        return {u"CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)"_s, u"CREATE INDEX card_title ON card (title)"_s};
    if (kind == u"generated column"_s) {
        return {u"ALTER TABLE card ADD COLUMN shout TEXT GENERATED ALWAYS AS (upper(title)) VIRTUAL"_s};
    }
    return {};
}

} // namespace

class TestHostileFiles : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void foreignObjects_data();
    void foreignObjects();
    void runawayView_data();
    void runawayView();
    void walModeFile_data();
    void walModeFile();
    void walWithLiveWriter();
    void hotJournal_data();
    void hotJournal();
    void notRegularFile_data();
    void notRegularFile();
    void repairMakesCleanCopy_data();
    void repairMakesCleanCopy();

private:
    QString copyOfMap(const QString &folder, const QString &name = u"map.waymark"_s);

    std::unique_ptr<QTemporaryDir> m_shared;
    QString m_map; // a sound phone-store map with responses: never changed, copied by the tests
    QString m_csv; // two more responses to import
};

void TestHostileFiles::initTestCase()
{
    QVERIFY2(!qEnvironmentVariableIsEmpty("WAYMARK_BINARY"), "run through ctest: WAYMARK_BINARY names the binary");
    qputenv("WAYMARK_STATEMENT_BUDGET_MS", QByteArray::number(BudgetMs));
    m_shared = scratchDir();
    QVERIFY(m_shared->isValid());
    COMPARE_EXIT(runWaymark({u"new"_s, u"source.waymark"_s, u"--template"_s, u"phone-store"_s}, m_shared->path()), 0);
    m_map = m_shared->filePath(u"source.waymark"_s);
    const Run import = runWaymark({u"import"_s, m_map, fixture(u"csv/responses.csv"_s)});
    COMPARE_EXIT(import, 0);
    m_csv = m_shared->filePath(u"more.csv"_s);
    QFile csv(m_csv);
    QVERIFY(csv.open(QIODevice::WriteOnly));
    csv.write("stage,nps,respondent\nStore visit,9,r-101\nFirst bill,3,r-102\n");
}

QString TestHostileFiles::copyOfMap(const QString &folder, const QString &name)
{
    const QString path = folder + u'/' + name;
    QFile::remove(path);
    return QFile::copy(m_map, path) ? path : QString();
}

// A map with objects Waymark did not create: read-only commands read it through a clean copy
// and say so; `check` lists the objects and fails; `import` refuses to write; nothing of the
// file's SQL runs and the file keeps its bytes.
void TestHostileFiles::foreignObjects_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("command");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("named"); // how the message names the object
    struct Kind {
        QString kind;
        QString named;    // in the one-line message
        QString sentence; // in `check`'s list
    };
    const QList<Kind> kinds = {
        {u"trigger on map update"_s, u"trigger 'evil'"_s, u"trigger 'evil' was not created by Waymark"_s},
        {u"trigger on import"_s, u"trigger 'grow'"_s, u"trigger 'grow' was not created by Waymark"_s},
        {u"trigger on delete"_s, u"trigger 'wipe'"_s, u"trigger 'wipe' was not created by Waymark"_s},
        {u"view in place of map"_s, u"view 'map' in place of table 'map'"_s, u"view 'map' stands in place of Waymark's table 'map'"_s},
        {u"extra table and index"_s, u"table 'notes'"_s, u"index 'card_title' was not created by Waymark"_s},
        {u"generated column"_s, u"table 'card', altered"_s, u"table 'card' was altered"_s},
    };
    for (const Kind &k : kinds) {
        const QByteArray utf8 = k.kind.toUtf8(); // alive while the rows are added
        const char *kind = utf8.constData();
        QTest::addRow("%s: info", kind) << k.kind << u"info"_s << 0 << k.named;
        QTest::addRow("%s: export json", kind) << k.kind << u"export"_s << 0 << k.named;
        QTest::addRow("%s: export png", kind) << k.kind << u"export png"_s << 0 << k.named;
        QTest::addRow("%s: metrics", kind) << k.kind << u"metrics"_s << 0 << k.named;
        QTest::addRow("%s: import --dry-run", kind) << k.kind << u"import --dry-run"_s << 0 << k.named;
        QTest::addRow("%s: check", kind) << k.kind << u"check"_s << 1 << k.sentence;
        QTest::addRow("%s: import", kind) << k.kind << u"import"_s << 1 << k.named;
    }
}

void TestHostileFiles::foreignObjects()
{
    QFETCH(QString, kind);
    QFETCH(QString, command);
    QFETCH(int, exitCode);
    QFETCH(QString, named);
    const auto dir = scratchDir();
    const QString path = copyOfMap(dir->path());
    const QString error = runSql(path, craft(kind));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QByteArray before = digest(path);

    QStringList arguments = command.startsWith(u"export"_s) ? QStringList{u"export"_s} : command.split(u' ');
    arguments.insert(1, path);
    if (command.startsWith(u"export"_s))
        arguments << u"-o"_s << dir->filePath(command.endsWith(u"png"_s) ? u"out.png"_s : u"out.json"_s);
    if (command.startsWith(u"import"_s))
        arguments.insert(2, m_csv);
    const Run run = runWaymark(arguments);
    COMPARE_EXIT(run, exitCode);
    VERIFY_SAYS(run.err, named);
    if (command == u"check"_s) {
        QVERIFY2(run.err.startsWith(u"waymark: error: "_s), qPrintable(describe(run)));
        VERIFY_SAYS(run.err, u"problem(s):"_s);
        VERIFY_SAYS(run.err, u"waymark repair"_s);
    } else {
        VERIFY_SAYS(run.err, u"contains objects Waymark did not create"_s);
    }
    if (command == u"import"_s)
        QVERIFY2(run.err.startsWith(u"waymark: error: "_s), qPrintable(describe(run)));

    QCOMPARE(digest(path), before);
    const QStringList expected = QStringList{u"map.waymark"_s}
        + (command == u"export png"_s ? QStringList{u"out.png"_s} : command == u"export"_s ? QStringList{u"out.json"_s} : QStringList());
    QCOMPARE(entriesOf(dir->path()), expected); // no journal, no -wal, no clean copy left behind
    if (kind.startsWith(u"trigger"_s))
        QCOMPARE(querySql(path, u"SELECT count(*) FROM pwned"_s).toInt(), 0);
    if (command == u"export"_s) {
        // What was read is the map's data, not what the file's SQL would have made of it.
        QFile json(dir->filePath(u"out.json"_s));
        QVERIFY(json.open(QIODevice::ReadOnly));
        const QJsonObject map = QJsonDocument::fromJson(json.readAll()).object();
        if (kind == u"view in place of map"_s)
            QCOMPARE(map.value(u"title"_s).toString(), QString()); // the view's query never ran
        else
            QCOMPARE(map.value(u"title"_s).toString(), u"Buying a new mobile phone in store"_s);
    }
}

// A view named like one of Waymark's tables whose query never ends: no command runs it, so
// each ends at once, well within the statement budget, saying what is wrong.
void TestHostileFiles::runawayView_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("info") << QStringList{u"info"_s} << 0;
    QTest::newRow("check") << QStringList{u"check"_s} << 1;
    QTest::newRow("export json") << QStringList{u"export"_s, u"-o"_s, u"out.json"_s} << 0;
    QTest::newRow("export pdf") << QStringList{u"export"_s, u"-o"_s, u"out.pdf"_s} << 0;
    QTest::newRow("metrics") << QStringList{u"metrics"_s, u"--json"_s} << 0;
    QTest::newRow("import") << QStringList{u"import"_s, u"CSV"_s} << 1;
    QTest::newRow("repair") << QStringList{u"repair"_s, u"-o"_s, u"clean.waymark"_s} << 0;
}

void TestHostileFiles::runawayView()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    const auto dir = scratchDir();
    const QString path = copyOfMap(dir->path());
    const QString error = runSql(path, craft(u"runaway view in place of stage"_s));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QByteArray before = digest(path);

    arguments.insert(1, u"map.waymark"_s);
    arguments.replaceInStrings(u"CSV"_s, m_csv);
    QElapsedTimer clock;
    clock.start();
    const Run run = runWaymark(arguments, dir->path());
    const qint64 elapsed = clock.elapsed();
    COMPARE_EXIT(run, exitCode);
    // Had the view's query run, the budget would have ended it, after BudgetMs.
    QVERIFY2(elapsed < BudgetMs, qPrintable(u"took %1 ms"_s.arg(elapsed)));
    QVERIFY2(!run.err.contains(u"took too long"_s), qPrintable(describe(run)));
    if (arguments.first() == u"repair"_s) {
        VERIFY_SAYS(run.out, u"Left out: view 'stage' stands in place of Waymark's table 'stage'"_s);
        VERIFY_SAYS(run.out, u"referred to a missing row of table stage"_s);
        COMPARE_EXIT(runWaymark({u"check"_s, u"clean.waymark"_s}, dir->path()), 0);
    } else if (arguments.first() == u"check"_s) {
        VERIFY_SAYS(run.err, u"view 'stage' stands in place of Waymark's table 'stage'"_s);
    } else {
        VERIFY_SAYS(run.err, u"contains objects Waymark did not create (view 'stage' in place of table 'stage')"_s);
    }
    QCOMPARE(digest(path), before);
}

// A WAL-mode file is read as it is, with no -wal or -shm left beside it; one that is refused
// keeps its bytes; one that is edited is turned into a single file again.
void TestHostileFiles::walModeFile_data()
{
    QTest::addColumn<QStringList>("sql");
    QTest::addColumn<QString>("command");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("fragment");
    QTest::addColumn<bool>("changes"); // whether the command may change the file
    const QStringList wal{u"PRAGMA journal_mode = WAL"_s};
    const QStringList notOurs = QStringList{u"PRAGMA application_id = 7"_s} + wal;
    const QStringList newer = QStringList{u"PRAGMA user_version = 99"_s} + wal;
    const QStringList trigger = craft(u"trigger on import"_s) + wal;
    for (const QString &command : {u"info"_s, u"check"_s, u"export"_s, u"import"_s}) {
        QTest::addRow("not a Waymark map: %s", qPrintable(command)) << notOurs << command << 1 << u"not a Waymark map"_s << false;
        QTest::addRow("newer: %s", qPrintable(command)) << newer << command << 1 << u"newer version"_s << false;
        const int foreignExit = command == u"info"_s || command == u"export"_s ? 0 : 1;
        QTest::addRow("trigger: %s", qPrintable(command))
            << trigger << command << foreignExit << u"trigger 'grow'"_s << false;
        QTest::addRow("sound map: %s", qPrintable(command)) << wal << command << 0 << QString() << (command == u"import"_s);
    }
}

void TestHostileFiles::walModeFile()
{
    QFETCH(QStringList, sql);
    QFETCH(QString, command);
    QFETCH(int, exitCode);
    QFETCH(QString, fragment);
    QFETCH(bool, changes);
    const auto dir = scratchDir();
    const QString path = copyOfMap(dir->path());
    const QString error = runSql(path, sql);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(entriesOf(dir->path()), QStringList{u"map.waymark"_s});
    const QByteArray header = [&path] {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.read(20) : QByteArray();
    }();
    QCOMPARE(int(header.at(18)), 2); // written in WAL mode
    const QByteArray before = digest(path);

    QStringList arguments{command, u"map.waymark"_s};
    if (command == u"export"_s)
        arguments << u"-o"_s << u"out.json"_s;
    if (command == u"import"_s)
        arguments << m_csv;
    const Run run = runWaymark(arguments, dir->path());
    COMPARE_EXIT(run, exitCode);
    if (!fragment.isEmpty())
        VERIFY_SAYS(run.err, fragment);
    QStringList expected{u"map.waymark"_s};
    if (command == u"export"_s && exitCode == 0)
        expected.append(u"out.json"_s);
    QCOMPARE(entriesOf(dir->path()), expected); // no -wal, no -shm
    if (changes) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(int(file.read(20).at(18)), 1); // a rollback-journal file again
        COMPARE_EXIT(runWaymark({u"check"_s, u"map.waymark"_s}, dir->path()), 0);
    } else {
        QCOMPARE(digest(path), before);
    }
}

// Another program has the WAL-mode map open and has committed a change that is still in its
// -wal: a reader sees it, and leaves the writer's files to the writer.
void TestHostileFiles::walWithLiveWriter()
{
    const auto dir = scratchDir();
    const QString path = copyOfMap(dir->path());
    const QString name = u"live-writer"_s;
    Run info;
    Run exported;
    QStringList during;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(u"PRAGMA journal_mode = WAL"_s));
        QVERIFY(query.exec(u"PRAGMA wal_autocheckpoint = 0"_s)); // the change stays in the -wal
        QVERIFY(query.exec(u"UPDATE map SET title = 'Changed by the writer'"_s));
        during = entriesOf(dir->path());
        info = runWaymark({u"info"_s, u"--json"_s, path});
        exported = runWaymark({u"export"_s, path, u"-o"_s, dir->filePath(u"out.json"_s)});
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    QCOMPARE(during, (QStringList{u"map.waymark"_s, u"map.waymark-shm"_s, u"map.waymark-wal"_s}));
    COMPARE_EXIT(info, 0);
    VERIFY_SAYS(info.out, u"\"title\": \"Changed by the writer\""_s);
    COMPARE_EXIT(exported, 0);
    QCOMPARE(entriesOf(dir->path()), (QStringList{u"map.waymark"_s, u"out.json"_s})); // the writer cleaned up
}

// A crash in the middle of a write leaves a journal that only a writer can roll back: the
// read-only commands say so (not "read-only") and touch nothing; an editing command recovers.
void TestHostileFiles::hotJournal_data()
{
    QTest::addColumn<QString>("command");
    QTest::newRow("info") << u"info"_s;
    QTest::newRow("check") << u"check"_s;
    QTest::newRow("export") << u"export"_s;
    QTest::newRow("metrics") << u"metrics"_s;
    QTest::newRow("repair") << u"repair"_s;
}

void TestHostileFiles::hotJournal()
{
    QFETCH(QString, command);
    const auto dir = scratchDir();
    const QString source = copyOfMap(dir->path(), u"source.waymark"_s);
    const QString path = dir->filePath(u"map.waymark"_s);
    // Freeze a writer's files halfway through a transaction whose pages spilled into the file.
    const QString name = u"crashing-writer"_s;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(source);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(u"PRAGMA cache_size = 2"_s));
        QVERIFY(query.exec(u"BEGIN IMMEDIATE"_s));
        QVERIFY(query.exec(u"UPDATE card SET description = printf('%.*c', 3000, 'z')"_s));
        QVERIFY(QFile::copy(source, path));
        QVERIFY(QFile::copy(source + u"-journal"_s, path + u"-journal"_s));
        QVERIFY(query.exec(u"ROLLBACK"_s));
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    QVERIFY(QFile::remove(source));
    const QByteArray before = digest(path);
    const QByteArray journal = digest(path + u"-journal"_s);

    QStringList arguments{command, u"map.waymark"_s};
    if (command == u"export"_s)
        arguments << u"-o"_s << u"out.json"_s;
    if (command == u"repair"_s)
        arguments << u"-o"_s << u"clean.waymark"_s;
    const Run run = runWaymark(arguments, dir->path());
    COMPARE_EXIT(run, 1);
    VERIFY_SAYS(run.err, u"'map.waymark' was left half-written by a crash; open it in Waymark (or run any editing command) to recover it"_s);
    QVERIFY2(!run.err.contains(u"read-only"_s), qPrintable(describe(run)));
    QCOMPARE(digest(path), before);
    QCOMPARE(digest(path + u"-journal"_s), journal);
    QCOMPARE(entriesOf(dir->path()), (QStringList{u"map.waymark"_s, u"map.waymark-journal"_s}));

    // An editing command rolls the interrupted write back, then works.
    const Run recovered = runWaymark({u"import"_s, u"map.waymark"_s, m_csv}, dir->path());
    COMPARE_EXIT(recovered, 0);
    COMPARE_EXIT(runWaymark({u"check"_s, u"map.waymark"_s}, dir->path()), 0);
    QCOMPARE(entriesOf(dir->path()), QStringList{u"map.waymark"_s});
    QCOMPARE(querySql(path, u"SELECT count(*) FROM card WHERE length(description) = 3000"_s).toInt(), 0);
}

// A pipe or a device is never opened (reading a FIFO would block for ever).
void TestHostileFiles::notRegularFile_data()
{
    QTest::addColumn<QString>("command");
    QTest::newRow("info") << u"info"_s;
    QTest::newRow("check") << u"check"_s;
    QTest::newRow("export") << u"export"_s;
    QTest::newRow("repair") << u"repair"_s;
    QTest::newRow("info /dev/zero") << u"info /dev/zero"_s;
}

void TestHostileFiles::notRegularFile()
{
    QFETCH(QString, command);
    const auto dir = scratchDir();
    QString target = dir->filePath(u"map.waymark"_s);
    if (command.endsWith(u"/dev/zero"_s)) {
        target = u"/dev/zero"_s;
        command = u"info"_s;
    } else {
        QCOMPARE(::mkfifo(QFile::encodeName(target).constData(), 0600), 0);
    }
    QStringList arguments{command, target};
    if (command == u"export"_s)
        arguments << u"-o"_s << dir->filePath(u"out.json"_s);
    if (command == u"repair"_s)
        arguments << u"-o"_s << dir->filePath(u"clean.waymark"_s);
    const Run run = runWaymark(arguments);
    COMPARE_EXIT(run, 1);
    VERIFY_SAYS(run.err, u"not a regular file"_s);
    QCOMPARE(entriesOf(dir->path()), target == u"/dev/zero"_s ? QStringList() : QStringList{u"map.waymark"_s});
}

// `repair` rebuilds every kind of hostile map into one that `check` finds sound, with the
// map's data, its responses and their summary.
void TestHostileFiles::repairMakesCleanCopy_data()
{
    QTest::addColumn<QString>("kind");
    for (const char *kind : {"trigger on map update", "trigger on import", "extra table and index", "generated column"})
        QTest::newRow(kind) << QString::fromLatin1(kind);
}

void TestHostileFiles::repairMakesCleanCopy()
{
    QFETCH(QString, kind);
    const auto dir = scratchDir();
    const QString path = copyOfMap(dir->path());
    QVERIFY(runSql(path, craft(kind)).isEmpty());
    const QByteArray before = digest(path);

    const Run run = runWaymark({u"repair"_s, u"map.waymark"_s, u"-o"_s, u"clean.waymark"_s}, dir->path());
    COMPARE_EXIT(run, 0);
    VERIFY_SAYS(run.out, u"Wrote a clean copy of 'map.waymark' to 'clean.waymark'"_s);
    VERIFY_SAYS(run.out, u"12 responses"_s);
    QCOMPARE(digest(path), before);
    COMPARE_EXIT(runWaymark({u"check"_s, u"clean.waymark"_s}, dir->path()), 0);

    // The same map as the source it was crafted from: interchange and metrics alike.
    const Run original = runWaymark({u"export"_s, m_map, u"-o"_s, dir->filePath(u"original.json"_s)});
    const Run clean = runWaymark({u"export"_s, u"clean.waymark"_s, u"-o"_s, u"clean.json"_s}, dir->path());
    COMPARE_EXIT(original, 0);
    COMPARE_EXIT(clean, 0);
    QCOMPARE(digest(dir->filePath(u"clean.json"_s)), digest(dir->filePath(u"original.json"_s)));
    const Run metricsBefore = runWaymark({u"metrics"_s, m_map, u"--json"_s});
    const Run metricsAfter = runWaymark({u"metrics"_s, u"clean.waymark"_s, u"--json"_s}, dir->path());
    COMPARE_EXIT(metricsAfter, 0);
    QCOMPARE(metricsAfter.out, metricsBefore.out);

    // The clean copy can be edited, and what the triggers would have done does not happen.
    COMPARE_EXIT(runWaymark({u"import"_s, u"clean.waymark"_s, m_csv}, dir->path()), 0);
    QCOMPARE(querySql(dir->filePath(u"clean.waymark"_s), u"SELECT count(*) FROM sqlite_schema WHERE type = 'trigger'"_s).toInt(), 0);

    // An existing target is never replaced.
    const QByteArray cleanBytes = digest(dir->filePath(u"clean.waymark"_s));
    const Run again = runWaymark({u"repair"_s, u"map.waymark"_s, u"-o"_s, u"clean.waymark"_s}, dir->path());
    COMPARE_EXIT(again, 1);
    VERIFY_SAYS(again.err, u"already exists"_s);
    QCOMPARE(digest(dir->filePath(u"clean.waymark"_s)), cleanBytes);
}

QTEST_GUILESS_MAIN(TestHostileFiles)
#include "tst_hostilefiles.moc"
