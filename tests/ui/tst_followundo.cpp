// Undo across a change made by another program: an editor whose map another writer changed
// (after taking over a lock gone stale, say) keeps its undo history when the other side only
// added things, and clears it, saying so, when the history no longer applies.

#include "commands/setvaluecommand.h"
#include "document/document.h"
#include "editor/mapsession.h"
#include "store/maplock.h"
#include "support/testsupport.h"

#include <QFile>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace Waymark;

class TestFollowUndo : public QObject
{
    Q_OBJECT

private slots:
    void undoHistory_data();
    void undoHistory();
};

void TestFollowUndo::undoHistory_data()
{
    QTest::addColumn<bool>("otherSideAdds");
    QTest::addColumn<bool>("historyKept");
    QTest::newRow("the other side adds a card") << true << true;
    QTest::newRow("the other side renames a card") << false << false;
}

void TestFollowUndo::undoHistory()
{
    QFETCH(bool, otherSideAdds);
    QFETCH(bool, historyKept);

    const auto dir = Test::scratchDir();
    const QString path = dir->filePath(u"journey.waymark"_s);
    MapSession mine(Test::documentFromTemplate(path, u"phone-store"_s), false);
    Document *document = mine.document();
    const Id stage = document->stages().first().id;
    QVERIFY(mine.push(new SetValueCommand(document, {Entity::Stage, stage, int(StageField::Name)}, u"Mine"_s)));
    QCOMPARE(mine.undoStack()->count(), 1);

    // Another writer after this one's lock was lost (its file removed, as by a takeover).
    QVERIFY(QFile::remove(MapLock::lockPathFor(path)));
    const auto theirs = Document::open(path);
    const Id card = theirs->cardsOfStage(stage).first();
    QSignalSpy told(&mine, &MapSession::changedOutside);
    Id added = 0;
    if (otherSideAdds) {
        Card card2 = *theirs->card(card);
        card2.id = 0;
        card2.title = u"Theirs"_s;
        card2.position = int(theirs->cardsIn(card2.stage, card2.lane).size());
        added = theirs->insertCard(card2);
    } else {
        theirs->setValue({Entity::Card, card, int(CardField::Title)}, u"Theirs"_s);
    }
    QVERIFY(told.wait(1000));
    QCOMPARE(mine.undoStack()->count(), historyKept ? 1 : 0);
    QVERIFY(told.last().at(0).toString().contains(historyKept ? u"up to date"_s : u"undo history"_s));
    // Their work is on screen here, and undoing what is left never loses it.
    QCOMPARE(document->cardCount(), theirs->cardCount());
    if (historyKept) {
        mine.undoStack()->undo();
        QVERIFY(document->stage(stage)->name != u"Mine"_s);
        QVERIFY(document->card(added));
    } else {
        QCOMPARE(document->card(card)->title, u"Theirs"_s);
    }
}

QTEST_MAIN(TestFollowUndo)
#include "tst_followundo.moc"
