// The command line respects a map's lock file as an editor does: while another process holds
// the map (this test process, as an editor would), every command that writes it is refused
// with exit 1, naming who, and the file is unchanged; commands that only read run as usual.
// A lock left by a process that is gone is taken over, with a warning. A map in a sync folder
// is warned about before the first write.

#include "store/maplock.h"
#include "support/runchecks.h"
#include "support/testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSysInfo>
#include <QTest>

using namespace Qt::StringLiterals;
using Waymark::MapLock;
using Waymark::Test::digest;
using Waymark::Test::Run;

namespace {

} // namespace


class TestCliLock : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void whileHeld_data();
    void whileHeld();
    void deadLockTakenOver();
    void syncFolderWarnedBeforeWriting_data();
    void syncFolderWarnedBeforeWriting();

private:
    Run run(const QStringList &arguments) { return Waymark::Test::runWaymark(arguments, m_dir->path()); }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCliLock::init()
{
    QVERIFY2(!qEnvironmentVariableIsEmpty("WAYMARK_BINARY"), "run through ctest: WAYMARK_BINARY names the binary");
    m_dir = Waymark::Test::scratchDir();
    COMPARE_EXIT(run({u"new"_s, u"map.waymark"_s, u"--template"_s, u"phone-store"_s}), 0);
    COMPARE_EXIT(run({u"new"_s, u"other.waymark"_s}), 0);
    QVERIFY(!QFileInfo::exists(m_dir->filePath(u".~lock.map.waymark#"_s))); // released at exit
}

void TestCliLock::whileHeld_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<bool>("writes");
    QTest::addColumn<QString>("held"); // the map whose lock this process holds
    const QString survey = Waymark::Test::fixture(u"survey/qualtrics.csv"_s);
    QTest::newRow("import") << QStringList{u"import"_s, u"map.waymark"_s, survey} << true << u"map.waymark"_s;
    QTest::newRow("new --force") << QStringList{u"new"_s, u"map.waymark"_s, u"--force"_s} << true << u"map.waymark"_s;
    QTest::newRow("repair -o onto it") << QStringList{u"repair"_s, u"map.waymark"_s, u"-o"_s, u"clean.waymark"_s} << true
                                         << u"clean.waymark"_s;
    QTest::newRow("import --dry-run") << QStringList{u"import"_s, u"map.waymark"_s, survey, u"--dry-run"_s} << false << u"map.waymark"_s;
    QTest::newRow("info") << QStringList{u"info"_s, u"map.waymark"_s, u"--json"_s} << false << u"map.waymark"_s;
    QTest::newRow("metrics") << QStringList{u"metrics"_s, u"map.waymark"_s} << false << u"map.waymark"_s;
    QTest::newRow("export") << QStringList{u"export"_s, u"map.waymark"_s, u"-o"_s, u"map.json"_s} << false << u"map.waymark"_s;
    QTest::newRow("check") << QStringList{u"check"_s, u"map.waymark"_s} << false << u"map.waymark"_s;
}

void TestCliLock::whileHeld()
{
    QFETCH(QStringList, arguments);
    QFETCH(bool, writes);
    QFETCH(QString, held);
    const QString map = m_dir->filePath(held);
    const auto lock = MapLock::acquire(map);
    const bool existed = QFileInfo::exists(map);
    const QByteArray before = existed ? digest(map) : QByteArray();

    const Run result = run(arguments);
    if (writes) {
        COMPARE_EXIT(result, 1);
        // The map is named as the command was given it.
        const QString expected = u"waymark: error: '%1' is open in Waymark by %2 on %3 since "_s.arg(
            held, lock->holder().user, QSysInfo::machineHostName());
        QVERIFY2(result.err.startsWith(expected), qPrintable(describe(result)));
        QVERIFY2(result.err.trimmed().endsWith(u"; try again when it is closed"_s), qPrintable(describe(result)));
    } else {
        COMPARE_EXIT(result, 0);
    }
    QCOMPARE(QFileInfo::exists(map), existed);
    if (existed)
        QCOMPARE(digest(map), before);
    QCOMPARE(MapLock::inspect(map).holder.token, lock->token()); // still ours
}

void TestCliLock::deadLockTakenOver()
{
    QProcess gone;
    gone.start(u"true"_s, {});
    QVERIFY(gone.waitForStarted());
    const qint64 pid = gone.processId();
    QVERIFY(gone.waitForFinished());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QFile lockFile(m_dir->filePath(u".~lock.map.waymark#"_s));
    QVERIFY(lockFile.open(QIODevice::WriteOnly));
    lockFile.write(QJsonDocument(QJsonObject{{u"user"_s, u"ana"_s},
                                             {u"host"_s, QSysInfo::machineHostName()},
                                             {u"pid"_s, pid},
                                             {u"since"_s, now.toString(Qt::ISODate)},
                                             {u"heartbeat"_s, now.toString(Qt::ISODate)},
                                             {u"token"_s, u"feedface"_s}})
                       .toJson());
    lockFile.close();

    const Run result = run({u"import"_s, u"map.waymark"_s, Waymark::Test::fixture(u"survey/qualtrics.csv"_s)});
    COMPARE_EXIT(result, 0);
    QVERIFY2(result.err.contains(u"waymark: warning: took over the lock of"_s), qPrintable(describe(result)));
    QVERIFY2(result.err.contains(u"left by ana"_s), qPrintable(describe(result)));
    QVERIFY(!lockFile.exists()); // the import released it
}

// A sync folder is told by its name, so a folder called Dropbox makes one here (a network
// file system is faked in tst_sharedstorage).
void TestCliLock::syncFolderWarnedBeforeWriting_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<bool>("warned");
    const QString survey = Waymark::Test::fixture(u"survey/qualtrics.csv"_s);
    QTest::newRow("new") << QStringList{u"new"_s, u"Dropbox/new.waymark"_s} << true;
    QTest::newRow("import") << QStringList{u"import"_s, u"Dropbox/map.waymark"_s, survey} << true;
    QTest::newRow("import --dry-run") << QStringList{u"import"_s, u"Dropbox/map.waymark"_s, survey, u"--dry-run"_s} << false;
    QTest::newRow("info") << QStringList{u"info"_s, u"Dropbox/map.waymark"_s} << false;
}

void TestCliLock::syncFolderWarnedBeforeWriting()
{
    QFETCH(QStringList, arguments);
    QFETCH(bool, warned);
    QVERIFY(QDir(m_dir->path()).mkdir(u"Dropbox"_s));
    QVERIFY(QFile::copy(m_dir->filePath(u"map.waymark"_s), m_dir->filePath(u"Dropbox/map.waymark"_s)));
    const Run result = run(arguments);
    COMPARE_EXIT(result, 0);
    QCOMPARE(result.err.contains(u"waymark: warning: 'Dropbox/"_s) && result.err.contains(u"is in a Dropbox folder"_s), warned);
    if (warned)
        QVERIFY2(result.err.contains(u"one writer at a time"_s), qPrintable(describe(result)));
}

QTEST_GUILESS_MAIN(TestCliLock)
#include "tst_clilock.moc"
