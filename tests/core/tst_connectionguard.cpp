// Every SQLite connection to a map runs under ConnectionGuard: defensive mode, no trusted
// schema, no extensions, no triggers, no views, and a time budget per statement. Shown on the
// store's own connection, and through the document's write paths with triggers added by
// another program while the map is open (the file passed every check when it was opened).

#include "document/document.h"
#include "model/response.h"
#include "store/connectionguard.h"
#include "store/store.h"
#include "support/testsupport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;
using namespace Waymark;

namespace {

const QString pwned = u"CREATE TABLE pwned (what TEXT)"_s;

int pwnedRows(const QString &path)
{
    return Test::querySql(path, u"SELECT count(*) FROM pwned"_s).toInt();
}

} // namespace

class TestConnectionGuard : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void refusesWhatTheGuardForbids_data();
    void refusesWhatTheGuardForbids();
    void runawayStatementEnds_data();
    void runawayStatementEnds();
    void longStepsWithinBudget();
    void budgetGrowsWithTheFile();
    void triggerAddedWhileOpenNeverFires_data();
    void triggerAddedWhileOpenNeverFires();
    void foreignMapIsNeverWritten_data();
    void foreignMapIsNeverWritten();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

void TestConnectionGuard::init()
{
    m_dir = Test::scratchDir();
    m_path = m_dir->filePath(u"map.waymark"_s);
    QVERIFY(Test::documentFromTemplate(m_path, u"phone-store"_s));
}

void TestConnectionGuard::cleanup()
{
    ConnectionGuard::setDefaultBudget(ConnectionGuard::Duration::zero());
    m_dir.reset();
}

// On a map's connection, none of these work, whatever a statement asks for.
void TestConnectionGuard::refusesWhatTheGuardForbids_data()
{
    QTest::addColumn<QStringList>("sql");
    QTest::addColumn<QString>("check"); // a query that shows nothing happened; 0 expected
    QTest::newRow("trusted schema is off") << QStringList{} << u"SELECT trusted_schema FROM pragma_trusted_schema"_s;
    QTest::newRow("writable schema (defensive)")
        << QStringList{u"PRAGMA writable_schema = ON"_s, u"UPDATE sqlite_schema SET sql = 'x' WHERE name = 'map'"_s}
        << u"SELECT count(*) FROM sqlite_schema WHERE sql = 'x'"_s;
    QTest::newRow("loading an extension") << QStringList{u"SELECT load_extension('/lib/x86_64-linux-gnu/libc.so.6')"_s}
                                          << u"SELECT 0"_s;
    QTest::newRow("a trigger does not fire")
        << QStringList{pwned, u"CREATE TRIGGER evil AFTER UPDATE ON map BEGIN INSERT INTO pwned VALUES (1); END"_s,
                       u"UPDATE map SET title = 'x'"_s}
        << u"SELECT count(*) FROM pwned"_s;
    QTest::newRow("a view cannot be read")
        << QStringList{u"CREATE VIEW v AS SELECT 1 AS one"_s, u"SELECT one FROM v"_s} << u"SELECT 0"_s;
}

void TestConnectionGuard::refusesWhatTheGuardForbids()
{
    QFETCH(QStringList, sql);
    QFETCH(QString, check);
    auto store = Store::open(m_path, Store::Access::ReadWrite);
    QStringList errors;
    for (const QString &statement : sql) {
        try {
            store->run(statement);
        } catch (const StoreError &e) {
            errors.append(e.message());
        }
    }
    QCOMPARE(store->scalar(check).toInt(), 0);
    if (QTest::currentDataTag() == QByteArrayView("loading an extension")
        || QTest::currentDataTag() == QByteArrayView("a view cannot be read"))
        QCOMPARE(errors.size(), 1);
}

// A statement that would never end is ended by the budget, with a message that says why.
void TestConnectionGuard::runawayStatementEnds_data()
{
    QTest::addColumn<QString>("sql");
    QTest::newRow("recursive query") << u"WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r) SELECT count(*) FROM r"_s;
    QTest::newRow("cross join") << u"WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r WHERE n < 100000) "
                                   "SELECT count(*) FROM r a, r b, r c"_s;
}

void TestConnectionGuard::runawayStatementEnds()
{
    QFETCH(QString, sql);
    ConnectionGuard::setDefaultBudget(std::chrono::milliseconds(300));
    auto store = Store::open(m_path, Store::Access::ReadOnly);
    QElapsedTimer clock;
    clock.start();
    try {
        store->scalar(sql);
        QFAIL("the statement was not ended");
    } catch (const StoreError &e) {
        QCOMPARE(e.code(), StoreError::Code::TimedOut);
        QVERIFY2(e.message().contains(u"took too long to read"_s), qPrintable(e.message()));
        QVERIFY2(e.message().endsWith(u"it may be damaged or crafted"_s), qPrintable(e.message()));
        QVERIFY(store->guard().expired());
    }
    qInfo("ended after %lld ms (budget 300 ms)", clock.elapsed());
    QVERIFY(clock.elapsed() < 60000); // a sanity bound only: the budget is 300 ms
    // The connection goes on working.
    QCOMPARE(store->scalar(u"SELECT count(*) FROM stage"_s).toInt(), 7);
}

// Many short steps are fine however long they take together: the budget is per step.
void TestConnectionGuard::longStepsWithinBudget()
{
    ConnectionGuard::setDefaultBudget(std::chrono::milliseconds(300));
    auto store = Store::open(m_path, Store::Access::ReadOnly);
    QSqlQuery &rows = store->select(u"WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r WHERE n < 20000) SELECT n FROM r"_s);
    qint64 sum = 0;
    QElapsedTimer clock;
    clock.start();
    while (store->next(rows)) {
        sum += rows.value(0).toLongLong();
        if (rows.value(0).toLongLong() % 40 == 0)
            QThread::msleep(1); // the reader is slow: 500 ms in all, past the budget
    }
    QCOMPARE(sum, qint64(20000) * 20001 / 2);
    QVERIFY(clock.elapsed() > 300);
}

void TestConnectionGuard::budgetGrowsWithTheFile()
{
    ConnectionGuard::setDefaultBudget(std::chrono::milliseconds(1000));
    QCOMPARE(ConnectionGuard::budgetFor(0), std::chrono::milliseconds(1000));
    // A gigabyte may take a couple of minutes for a whole-file statement; a small file gets the base budget.
    QVERIFY(ConnectionGuard::budgetFor(1024ll * 1024 * 1024) > std::chrono::seconds(60));
    QVERIFY(ConnectionGuard::budgetFor(100 * 1024) < std::chrono::milliseconds(1100));
}

// The map was sound when opened; another program adds a trigger that would rewrite titles,
// delete links and grow the file. Waymark's own writes never fire it.
void TestConnectionGuard::triggerAddedWhileOpenNeverFires_data()
{
    QTest::addColumn<QString>("trigger");
    QTest::addColumn<QString>("edit");
    QTest::newRow("on map update, through setValue")
        << u"CREATE TRIGGER evil AFTER UPDATE ON map BEGIN INSERT INTO pwned VALUES ('map'); "
           "UPDATE card SET title = 'pwned'; DELETE FROM card_link; END"_s
        << u"setValue"_s;
    QTest::newRow("on card update, through setValue")
        << u"CREATE TRIGGER evil BEFORE UPDATE ON card BEGIN INSERT INTO pwned SELECT hex(randomblob(100000)); END"_s
        << u"setCardTitle"_s;
    QTest::newRow("on response insert, through an import")
        << u"CREATE TRIGGER grow AFTER INSERT ON response BEGIN INSERT INTO pwned SELECT hex(randomblob(100000)); END"_s
        << u"insertResponses"_s;
    QTest::newRow("on card delete") << u"CREATE TRIGGER wipe AFTER DELETE ON card BEGIN INSERT INTO pwned VALUES ('gone'); END"_s
                                    << u"removeCard"_s;
}

void TestConnectionGuard::triggerAddedWhileOpenNeverFires()
{
    QFETCH(QString, trigger);
    QFETCH(QString, edit);
    auto document = Document::open(m_path);
    const QString error = Test::runSql(m_path, {pwned, trigger});
    QVERIFY2(error.isEmpty(), qPrintable(error));

    const Id card = document->cardsOfStage(document->stages().at(1).id).first();
    const qsizetype links = document->links().size();
    if (edit == u"setValue"_s) {
        document->setValue(fieldRef(1, MapField::Title), u"Renamed"_s);
    } else if (edit == u"setCardTitle"_s) {
        document->setValue(fieldRef(card, CardField::Title), u"Renamed card"_s);
    } else if (edit == u"insertResponses"_s) {
        QList<Response> responses;
        for (int i = 0; i < 12; ++i) {
            Response response;
            response.stage = document->stages().at(i % 7).id;
            response.nps = i % 11;
            responses.append(response);
        }
        document->insertResponses(responses);
        QCOMPARE(document->responseCount(), 12);
    } else if (edit == u"removeCard"_s) {
        document->removeCard(card);
    }
    QCOMPARE(pwnedRows(m_path), 0);
    QCOMPARE(Test::querySql(m_path, u"SELECT count(*) FROM card WHERE title = 'pwned'"_s).toInt(), 0);
    if (edit != u"removeCard"_s)
        QCOMPARE(Test::querySql(m_path, u"SELECT count(*) FROM card_link"_s).toInt(), links);
    if (edit == u"setValue"_s)
        QCOMPARE(Test::querySql(m_path, u"SELECT title FROM map"_s).toString(), u"Renamed"_s);
}

// A map that holds a trigger when it is opened is refused for writing and read through a
// clean copy; its own file is never written, so its trigger has nothing to fire on.
void TestConnectionGuard::foreignMapIsNeverWritten_data()
{
    QTest::addColumn<QString>("trigger");
    QTest::newRow("on map update") << u"CREATE TRIGGER evil AFTER UPDATE ON map BEGIN INSERT INTO pwned VALUES (1); END"_s;
    QTest::newRow("on response insert") << u"CREATE TRIGGER grow AFTER INSERT ON response BEGIN INSERT INTO pwned VALUES (1); END"_s;
}

void TestConnectionGuard::foreignMapIsNeverWritten()
{
    QFETCH(QString, trigger);
    QVERIFY(Test::runSql(m_path, {pwned, trigger}).isEmpty());
    const QByteArray before = Test::digest(m_path);
    try {
        Document::open(m_path, Store::Access::ReadWrite);
        QFAIL("opened for writing");
    } catch (const StoreError &e) {
        QCOMPARE(e.code(), StoreError::Code::Foreign);
        QVERIFY2(e.message().startsWith(u"'%1' contains objects Waymark did not create (table 'pwned', trigger '"_s.arg(m_path)),
                 qPrintable(e.message()));
        QVERIFY2(e.message().endsWith(u"); open a clean copy to edit it"_s), qPrintable(e.message()));
    }
    auto document = Document::open(m_path, Store::Access::ReadOnly);
    QVERIFY(document->isReadOnly());
    QCOMPARE(document->store().schemaProblems().size(), 2);
    QCOMPARE(document->stages().size(), 7);
    QVERIFY_THROWS_EXCEPTION(StoreError, document->setValue(fieldRef(1, MapField::Title), u"Renamed"_s));
    QVERIFY_THROWS_EXCEPTION(StoreError, document->insertResponses(QList<Response>{Response{}}));
    document.reset();
    QCOMPARE(Test::digest(m_path), before);
    QCOMPARE(pwnedRows(m_path), 0);
    QCOMPARE(Test::entriesOf(m_dir->path()), QStringList{u"map.waymark"_s});
}

QTEST_GUILESS_MAIN(TestConnectionGuard)
#include "tst_connectionguard.moc"
