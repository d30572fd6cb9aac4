// An edit that cannot be written loses nothing: the file keeps its last good state, the model
// is put back to match it, the user is told why, and the failed command leaves no undo step.

#include "commands/addcardcommand.h"
#include "commands/setvaluecommand.h"
#include "document/document.h"
#include "support/testsupport.h"

#include <QFile>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace Waymark;

class TestDocumentFailure : public QObject
{
    Q_OBJECT

private slots:
    void diskFull();
    void lockedByAnotherProgram();
    void readOnlyFileIsNotOpenedForEditing();
    void undoThatCannotBeWrittenBreaksHistory();
};

void TestDocumentFailure::diskFull()
{
    const auto dir = Test::scratchDir();
    const QString path = dir->filePath(u"map.waymark"_s);
    auto document = Test::documentFromTemplate(path, u"phone-store"_s);
    const MapData before = document->snapshot();
    const QByteArray digest = Test::digest(path);
    const int pages = document->store().scalar(u"PRAGMA page_count"_s).toInt();
    document->store().limitPageCount(pages); // no room to grow: as a full disk

    QSignalSpy failures(document.get(), &Document::writeFailed);
    QSignalSpy resets(document.get(), &Document::reset);
    QUndoStack stack;
    Card card;
    card.stage = document->stages().first().id;
    card.lane = document->lanes().first().id;
    card.title = u"A card too big for the disk"_s;
    card.description = QString(200000, u'x');
    stack.push(new AddCardCommand(document.get(), card));

    QCOMPARE(failures.size(), 1);
    QVERIFY2(failures.first().first().toString().contains(u"disk is full"_s), qPrintable(failures.first().first().toString()));
    QCOMPARE(resets.size(), 1);
    QCOMPARE(stack.count(), 0);
    QCOMPARE(document->snapshot(), before);
    QCOMPARE(Test::digest(path), digest);
}

void TestDocumentFailure::lockedByAnotherProgram()
{
    const auto dir = Test::scratchDir();
    const QString path = dir->filePath(u"map.waymark"_s);
    auto document = Test::documentFromTemplate(path, u"blank"_s);
    const QByteArray digest = Test::digest(path);

    QSqlDatabase other = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"other"_s);
    other.setDatabaseName(path);
    QVERIFY(other.open());
    QSqlQuery lock(other);
    QVERIFY(lock.exec(u"BEGIN EXCLUSIVE"_s));

    QSignalSpy failures(document.get(), &Document::writeFailed);
    QUndoStack stack;
    stack.push(new SetValueCommand(document.get(), fieldRef(1, MapField::Title), u"Renamed"_s));
    QCOMPARE(failures.size(), 1);
    QVERIFY2(failures.first().first().toString().contains(u"locked by another program"_s),
             qPrintable(failures.first().first().toString()));
    QCOMPARE(stack.count(), 0);
    QCOMPARE(document->info().title, u"Untitled journey"_s);

    QVERIFY(lock.exec(u"ROLLBACK"_s));
    lock = QSqlQuery();
    other.close();
    other = QSqlDatabase();
    QSqlDatabase::removeDatabase(u"other"_s);
    QCOMPARE(Test::digest(path), digest);

    // Once the other program lets go, editing works again.
    stack.push(new SetValueCommand(document.get(), fieldRef(1, MapField::Title), u"Renamed"_s));
    QCOMPARE(stack.count(), 1);
    QCOMPARE(Document::open(path, Store::Access::ReadOnly)->info().title, u"Renamed"_s);
}

void TestDocumentFailure::readOnlyFileIsNotOpenedForEditing()
{
    const auto dir = Test::scratchDir();
    const QString path = dir->filePath(u"map.waymark"_s);
    Test::documentFromTemplate(path, u"blank"_s).reset();
    QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
    const QByteArray digest = Test::digest(path);
    try {
        Document::open(path, Store::Access::ReadWrite);
        QFAIL("a read-only file was opened for editing");
    } catch (const StoreError &e) {
        QCOMPARE(e.code(), StoreError::Code::ReadOnly);
        QVERIFY2(e.message().contains(u"read-only"_s), qPrintable(e.message()));
    }
    QCOMPARE(Test::digest(path), digest);
    // Reading it is fine.
    QCOMPARE(Document::open(path, Store::Access::ReadOnly)->stages().size(), 5);
}

void TestDocumentFailure::undoThatCannotBeWrittenBreaksHistory()
{
    const auto dir = Test::scratchDir();
    const QString path = dir->filePath(u"map.waymark"_s);
    auto document = Test::documentFromTemplate(path, u"blank"_s);
    QUndoStack stack;
    stack.push(new SetValueCommand(document.get(), fieldRef(1, MapField::Title), u"Renamed"_s));

    QSqlDatabase other = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"other"_s);
    other.setDatabaseName(path);
    QVERIFY(other.open());
    QSqlQuery lock(other);
    QVERIFY(lock.exec(u"BEGIN EXCLUSIVE"_s));

    QSignalSpy broken(document.get(), &Document::undoHistoryBroken);
    stack.undo();
    QCOMPARE(broken.size(), 1);
    QCOMPARE(document->info().title, u"Renamed"_s); // the model still matches the file

    QVERIFY(lock.exec(u"ROLLBACK"_s));
    lock = QSqlQuery();
    other.close();
    other = QSqlDatabase();
    QSqlDatabase::removeDatabase(u"other"_s);
}

QTEST_GUILESS_MAIN(TestDocumentFailure)
#include "tst_documentfailure.moc"
