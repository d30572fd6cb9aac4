// The Comments dock in a main window: a comment on the selected card, a reply, resolve and
// delete, each one undo step; the card's marker counts the open threads.

#include "canvasinput.h"
#include "canvas/carditem.h"
#include "canvas/mapscene.h"
#include "comments/commentsdock.h"
#include "document/document.h"
#include "editor/selection.h"
#include "mainwindow/mainwindow.h"
#include "support/testsupport.h"

#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace Waymark;
using namespace Waymark::CanvasInput;

class TestCommentsDock : public QObject
{
    Q_OBJECT

private slots:
    void commentReplyResolveDelete();
};

void TestCommentsDock::commentReplyResolveDelete()
{
    Window window;
    QVERIFY(window.open());
    const Id card = window.doc()->cardsOfStage(window.doc()->stages().at(1).id).first();
    window.selection()->select({Entity::Card, card});
    CommentsDock *dock = window.window.comments();
    dock->startComment();
    QTest::keyClicks(dock->textBox(), u"Queue at the greeter is too long, @ana"_s);
    QTest::keyClick(dock->textBox(), Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(window.doc()->comments().size(), 1);
    QCOMPARE(window.doc()->comments().first().targetId, card);
    QCOMPARE(window.undo()->count(), 1);
    QTRY_COMPARE(window.scene()->openThreads(card), 1);

    // The list is rebuilt once after the change (a placeholder row stood there before).
    QTRY_VERIFY(dock->threadList()->topLevelItem(0)->data(0, Qt::UserRole).toLongLong() != 0);
    dock->threadList()->setCurrentItem(dock->threadList()->topLevelItem(0));
    QTest::keyClicks(dock->textBox(), u"Agreed, a second tablet"_s);
    QTest::keyClick(dock->textBox(), Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(window.doc()->comments().size(), 2);
    QCOMPARE(window.doc()->comments().at(1).parent, window.doc()->comments().at(0).id);
    QTRY_COMPARE(dock->threadList()->topLevelItem(0)->childCount(), 1);
    QTest::qWait(50);
    window.window.grab().save(Test::artifactPath(u"comments-dock.png"_s));
    dock->grab().save(Test::artifactPath(u"comments-dock-only.png"_s));

    dock->threadList()->setCurrentItem(dock->threadList()->topLevelItem(0));
    dock->toggleResolved();
    QVERIFY(window.doc()->comments().first().resolved);
    QTRY_COMPARE(window.scene()->openThreads(card), 0);
    window.undo()->undo();
    QVERIFY(!window.doc()->comments().first().resolved);
    QTRY_COMPARE(window.scene()->openThreads(card), 1);
    QCOMPARE(window.undo()->count(), 3);
}

QTEST_MAIN(TestCommentsDock)
#include "tst_commentsdock.moc"
