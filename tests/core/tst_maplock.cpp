// The lock file beside a map (.~lock.NAME#): who may write, who is refused and told whom to
// ask, which locks are taken over, and that a lock file that is not a record Waymark wrote
// (garbage, huge, wrong types, a folder) is handled safely with a clear message. "Another
// process" is a record written here with another pid or host, as that process would write it.

#include "document/document.h"
#include "store/maplock.h"
#include "store/store.h"
#include "store/storeerror.h"
#include "support/testsupport.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSysInfo>
#include <QTest>

#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace Waymark;

namespace {

enum class Outcome { Acquired, TakenOver, Refused };

QByteArray lockRecord(const QString &user, const QString &host, qint64 pid, qint64 heartbeatAgeSeconds)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    return QJsonDocument(QJsonObject{{u"user"_s, user},
                                     {u"host"_s, host},
                                     {u"pid"_s, pid},
                                     {u"since"_s, now.addSecs(-heartbeatAgeSeconds - 600).toString(Qt::ISODate)},
                                     {u"heartbeat"_s, now.addSecs(-heartbeatAgeSeconds).toString(Qt::ISODate)},
                                     {u"token"_s, u"0123456789abcdef"_s}})
        .toJson(QJsonDocument::Compact);
}

// The pid of a process that has ended (and been reaped): gone from this host.
qint64 deadPid()
{
    QProcess process;
    process.start(u"true"_s, {});
    process.waitForStarted();
    const qint64 pid = process.processId();
    process.waitForFinished();
    return pid;
}

QString tokenIn(const QString &lockPath)
{
    QFile file(lockPath);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object().value(u"token"_s).toString();
}

void writeFile(const QString &path, const QByteArray &bytes, qint64 ageSeconds = 0)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(bytes), bytes.size());
    QVERIFY(file.flush()); // or closing would write, and modify the file, after its time is set
    if (ageSeconds > 0)
        QVERIFY(file.setFileTime(QDateTime::currentDateTime().addSecs(-ageSeconds), QFileDevice::FileModificationTime));
}

} // namespace

Q_DECLARE_METATYPE(Outcome)

class TestMapLock : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void acquire_data();
    void acquire();
    void secondWriterRefused();
    void releaseRemovesOnlyOurOwnLock();
    void refreshDetectsATakeover();
    void everyWriterOfTheStoreTakesIt_data();
    void everyWriterOfTheStoreTakesIt();
    void readersAreNotRefused();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_map;
    QString m_lock;
};

void TestMapLock::init()
{
    m_dir = Test::scratchDir();
    m_map = m_dir->filePath(u"journey.waymark"_s);
    m_lock = m_dir->filePath(u".~lock.journey.waymark#"_s);
    QCOMPARE(MapLock::lockPathFor(m_map), m_lock);
}

void TestMapLock::acquire_data()
{
    QTest::addColumn<QByteArray>("existing"); // the lock file's bytes; empty: none
    QTest::addColumn<int>("ageSeconds");       // how long ago the lock file was last modified
    QTest::addColumn<bool>("folder");          // a folder where the lock file goes
    QTest::addColumn<Outcome>("outcome");
    QTest::addColumn<QStringList>("message"); // what the refusal or the takeover note says

    const QString here = QSysInfo::machineHostName();
    QTest::newRow("fresh") << QByteArray() << 0 << false << Outcome::Acquired << QStringList();
    QTest::newRow("held by a live process here")
        << lockRecord(u"ana"_s, here, qint64(::getppid()), 5) << 0 << false << Outcome::Refused
        << QStringList{u"journey.waymark' is open in Waymark by ana on %1 since "_s.arg(here), u"; try again when it is closed"_s};
    QTest::newRow("dead process here") << lockRecord(u"ana"_s, here, deadPid(), 5) << 0 << false << Outcome::TakenOver
                                       << QStringList{u"left by ana on "_s + here, u"no longer running"_s};
    QTest::newRow("stale heartbeat") << lockRecord(u"ana"_s, u"laptop-7"_s, 4242, MapLock::StaleSeconds + 20) << 0 << false
                                     << Outcome::TakenOver << QStringList{u"held by ana on laptop-7"_s, u"no heartbeat for 3 minutes"_s};
    QTest::newRow("another host, fresh") << lockRecord(u"ana"_s, u"laptop-7"_s, 4242, 10) << 0 << false << Outcome::Refused
                                         << QStringList{u"by ana on laptop-7 since"_s};
    // The pid of another host says nothing about this one's processes.
    QTest::newRow("another host, its pid dead here")
        << lockRecord(u"ana"_s, u"laptop-7"_s, deadPid(), 10) << 0 << false << Outcome::Refused << QStringList{u"laptop-7"_s};
    QTest::newRow("garbage") << QByteArray("\x1b[2J not a lock \xff\xfe") << 0 << false << Outcome::Refused
                             << QStringList{u"cannot be read (it is not a lock record)"_s, u"delete that file and try again"_s};
    QTest::newRow("empty file") << QByteArray("{}") << 0 << false << Outcome::Refused << QStringList{u"wrong kind"_s};
    QTest::newRow("huge") << QByteArray(8 << 20, '{') << 0 << false << Outcome::Refused << QStringList{u"too large"_s};
    QTest::newRow("wrong types")
        << QByteArray(R"({"user":5,"host":["x"],"pid":"12","since":true,"heartbeat":null,"token":{}})") << 0 << false
        << Outcome::Refused << QStringList{u"incomplete or has values of the wrong kind"_s};
    QTest::newRow("pid out of range") << lockRecord(u"ana"_s, here, qint64(1) << 40, 5) << 0 << false << Outcome::Refused
                                      << QStringList{u"wrong kind"_s};
    QTest::newRow("garbage, untouched for long") << QByteArray("garbage") << MapLock::StaleSeconds + 60 << false
                                                 << Outcome::TakenOver << QStringList{u"could not be read"_s};
    QTest::newRow("a folder") << QByteArray() << 0 << true << Outcome::Refused << QStringList{u"not a regular file"_s};
    // Names from the file reach the message cleaned: no terminal sequence, no second line.
    QTest::newRow("hostile names") << lockRecord(u"ana\x1b]0;pwned\x07\nwaymark: ok"_s, u"laptop-7"_s, 4242, 10) << 0 << false
                                   << Outcome::Refused << QStringList{u"by ana]0;pwned waymark: ok on laptop-7"_s};
}

void TestMapLock::acquire()
{
    QFETCH(QByteArray, existing);
    QFETCH(int, ageSeconds);
    QFETCH(bool, folder);
    QFETCH(Outcome, outcome);
    QFETCH(QStringList, message);

    if (folder)
        QVERIFY(QDir().mkdir(m_lock));
    if (!existing.isEmpty())
        writeFile(m_lock, existing, ageSeconds);
    const QByteArray before = folder ? QByteArray() : Test::digest(m_lock);

    QString text;
    std::unique_ptr<MapLock> lock;
    try {
        lock = MapLock::acquire(m_map);
        text = lock->takeoverNote();
    } catch (const StoreError &e) {
        QCOMPARE(e.code(), StoreError::Code::Locked);
        text = e.message();
    }
    for (const QString &part : message)
        QVERIFY2(text.contains(part), qPrintable(text));
    QVERIFY2(!text.contains(u'\x1b') && !text.contains(u'\n'), qPrintable(text));
    QVERIFY(text.size() < 600);

    switch (outcome) {
    case Outcome::Acquired:
    case Outcome::TakenOver:
        QVERIFY(lock);
        QCOMPARE(lock->takeoverNote().isEmpty(), outcome == Outcome::Acquired);
        QCOMPARE(tokenIn(m_lock), lock->token());
        QCOMPARE(lock->holder().pid, QCoreApplication::applicationPid());
        lock.reset();
        QVERIFY(!QFileInfo::exists(m_lock));
        break;
    case Outcome::Refused:
        QVERIFY(!lock);
        QCOMPARE(folder ? QByteArray() : Test::digest(m_lock), before); // never changed
        QCOMPARE(QFileInfo(m_lock).isDir(), folder);
        break;
    }
    // Nothing left behind but the lock itself (no temporary record, no takeover guard).
    const QStringList entries = Test::entriesOf(m_dir->path());
    QVERIFY2(entries.size() <= 1, qPrintable(entries.join(u", "_s)));
}

void TestMapLock::secondWriterRefused()
{
    const auto first = MapLock::acquire(m_map);
    try {
        MapLock::acquire(m_map);
        QFAIL("a second writer took a held lock");
    } catch (const StoreError &e) {
        QCOMPARE(e.code(), StoreError::Code::Locked);
        QVERIFY2(e.message().contains(u" on %1 since "_s.arg(QSysInfo::machineHostName())), qPrintable(e.message()));
        QVERIFY2(e.message().contains(u"by %1 on"_s.arg(first->holder().user)), qPrintable(e.message()));
    }
    QCOMPARE(tokenIn(m_lock), first->token());
}

void TestMapLock::releaseRemovesOnlyOurOwnLock()
{
    auto lock = MapLock::acquire(m_map);
    lock->release();
    QVERIFY(!QFileInfo::exists(m_lock));

    lock = MapLock::acquire(m_map);
    // Another program took the lock over (ours had gone stale): ours must leave theirs alone.
    const QByteArray theirs = lockRecord(u"ben"_s, u"desk-2"_s, 99, 0);
    writeFile(m_lock, theirs);
    lock.reset();
    QVERIFY(QFileInfo::exists(m_lock));
    QCOMPARE(tokenIn(m_lock), u"0123456789abcdef"_s);
}

void TestMapLock::refreshDetectsATakeover()
{
    auto lock = MapLock::acquire(m_map);
    const QDateTime first = lock->holder().heartbeat;
    QVERIFY(lock->refresh());
    QCOMPARE(tokenIn(m_lock), lock->token());
    QVERIFY(lock->holder().heartbeat >= first);
    QCOMPARE(MapLock::inspect(m_map).state, MapLock::State::Held);

    writeFile(m_lock, lockRecord(u"ben"_s, u"desk-2"_s, 99, 0));
    QVERIFY(!lock->refresh());
    QCOMPARE(tokenIn(m_lock), u"0123456789abcdef"_s); // not overwritten
}

// Every way the store writes a file takes the lock: opening for writing, creating, Save As
// onto a map that is held. A refused writer changes nothing.
void TestMapLock::everyWriterOfTheStoreTakesIt_data()
{
    QTest::addColumn<QString>("writer");
    QTest::newRow("open read-write") << u"open"_s;
    QTest::newRow("create") << u"create"_s;
    QTest::newRow("save as") << u"saveAs"_s;
}

void TestMapLock::everyWriterOfTheStoreTakesIt()
{
    QFETCH(QString, writer);
    Test::documentFromTemplate(m_map, u"phone-store"_s).reset();
    QVERIFY(!QFileInfo::exists(m_lock)); // closed: released
    {
        auto document = Document::open(m_map);
        QVERIFY(document->store().lock());
        QCOMPARE(tokenIn(m_lock), document->store().lock()->token());
    }
    QVERIFY(!QFileInfo::exists(m_lock));

    writeFile(m_lock, lockRecord(u"ana"_s, u"laptop-7"_s, 4242, 0));
    const QByteArray before = Test::digest(m_map);
    const QString source = m_dir->filePath(u"other.waymark"_s);
    if (writer == u"create")
        QVERIFY(QFile::remove(m_map));
    if (writer == u"saveAs")
        Test::documentFromTemplate(source, u"blank"_s).reset();
    try {
        if (writer == u"open")
            Store::open(m_map, Store::Access::ReadWrite);
        else if (writer == u"create")
            Store::create(m_map);
        else
            Document::open(source)->saveAs(m_map);
        QFAIL("a writer ignored the lock");
    } catch (const StoreError &e) {
        QCOMPARE(e.code(), StoreError::Code::Locked);
        QVERIFY2(e.message().contains(u"by ana on laptop-7 since"_s), qPrintable(e.message()));
    }
    if (writer == u"create")
        QVERIFY(!QFileInfo::exists(m_map));
    else
        QCOMPARE(Test::digest(m_map), before);
    QCOMPARE(tokenIn(m_lock), u"0123456789abcdef"_s);
}

void TestMapLock::readersAreNotRefused()
{
    Test::documentFromTemplate(m_map, u"phone-store"_s).reset();
    writeFile(m_lock, lockRecord(u"ana"_s, u"laptop-7"_s, 4242, 0));
    const auto reader = Document::open(m_map, Store::Access::ReadOnly);
    QVERIFY(!reader->store().lock());
    QVERIFY(reader->stages().size() > 0);
    QCOMPARE(tokenIn(m_lock), u"0123456789abcdef"_s);
}

QTEST_GUILESS_MAIN(TestMapLock)
#include "tst_maplock.moc"
