// Presentation mode driven as a facilitator does: F5, the clicker's keys, B, Esc, and a typo
// fixed live on a stage slide.

#include "canvasinput.h"

#include "canvas/inlineeditor.h"
#include "mainwindow/outputactions.h"
#include "presentation/presentationwindow.h"
#include "presentation/stagepanel.h"

#include <QGraphicsView>
#include <QScrollBar>
#include <QSignalSpy>

using namespace Qt::StringLiterals;
using namespace Waymark;
using namespace Waymark::CanvasInput;

class TestPresentation : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void navigation_data();
    void navigation();
    void animationEndsOnTheStage();
    void escapeRestoresTheEditorView();
    void blankScreen();
    void panelShowsTheStage();
    void liveEditIsUndoable();

private:
    static PresentationWindow *startWith(Window &w);
    static void press(PresentationWindow *p, Qt::Key key);
};

void TestPresentation::initTestCase()
{
    QCoreApplication::setOrganizationName(u"WaymarkTests"_s);
    QCoreApplication::setApplicationName(u"tst_presentation"_s);
}

PresentationWindow *TestPresentation::startWith(Window &w)
{
    // F5 as the user presses it, in the editor.
    QTest::keyClick(w.window.view(), Qt::Key_F5);
    PresentationWindow *p = w.window.output()->presentation();
    if (p) {
        p->setAnimated(false);
        settle();
    }
    return p;
}

void TestPresentation::press(PresentationWindow *p, Qt::Key key)
{
    QTest::keyClick(p->view(), key);
}

void TestPresentation::navigation_data()
{
    QTest::addColumn<QList<int>>("keys");
    QTest::addColumn<int>("slide"); // -1: the last

    QTest::newRow("starts on the overview") << QList<int>{} << 0;
    QTest::newRow("right") << QList<int>{Qt::Key_Right} << 1;
    QTest::newRow("every next key") << QList<int>{Qt::Key_Right, Qt::Key_Down, Qt::Key_PageDown, Qt::Key_Space} << 4;
    QTest::newRow("clicker back") << QList<int>{Qt::Key_PageDown, Qt::Key_PageDown, Qt::Key_PageUp} << 1;
    QTest::newRow("left and up") << QList<int>{Qt::Key_End, Qt::Key_Left, Qt::Key_Up} << -3;
    QTest::newRow("end") << QList<int>{Qt::Key_End} << -1;
    QTest::newRow("past the end") << QList<int>{Qt::Key_End, Qt::Key_Right, Qt::Key_Space} << -1;
    QTest::newRow("home") << QList<int>{Qt::Key_Right, Qt::Key_Right, Qt::Key_Home} << 0;
    QTest::newRow("before the start") << QList<int>{Qt::Key_Left, Qt::Key_PageUp} << 0;
}

void TestPresentation::navigation()
{
    QFETCH(QList<int>, keys);
    QFETCH(int, slide);

    Window w;
    QVERIFY(w.open());
    PresentationWindow *p = startWith(w);
    QVERIFY(p);
    QVERIFY(p->isVisible());
    const int stages = int(w.window.session()->document()->stages().size());
    QCOMPARE(p->slideCount(), stages + 1);

    for (const int key : keys)
        press(p, Qt::Key(key));
    const int expected = slide < 0 ? p->slideCount() + slide : slide;
    QCOMPARE(p->currentSlide(), expected);

    const Id stage = expected == 0 ? 0 : w.window.session()->document()->stages().at(expected - 1).id;
    QCOMPARE(p->currentStage(), stage);
    QCOMPARE(p->visibleStage(), stage);
    if (stage) {
        // The whole column is in sight.
        const MapLayout::Column *column = w.window.scene()->mapLayout().column(stage);
        const QRect shown = p->view()->mapFromScene(QRectF(column->x, 0, column->width, 10)).boundingRect();
        QVERIFY2(p->view()->viewport()->rect().contains(QRect(shown.left(), 0, shown.width(), 1)),
                 qPrintable(u"column at %1..%2 px"_s.arg(shown.left()).arg(shown.right())));
    }
    press(p, Qt::Key_Escape);
}

void TestPresentation::animationEndsOnTheStage()
{
    Window w;
    QVERIFY(w.open());
    PresentationWindow *p = startWith(w);
    QVERIFY(p);
    p->setAnimated(true);
    press(p, Qt::Key_Right);
    press(p, Qt::Key_Right);
    QVERIFY(p->isAnimating());
    QTRY_VERIFY(!p->isAnimating());
    QCOMPARE(p->visibleStage(), w.window.session()->document()->stages().at(1).id);
    press(p, Qt::Key_Escape);
}

void TestPresentation::escapeRestoresTheEditorView()
{
    Window w;
    QVERIFY(w.open());
    MapView *view = w.window.view();
    view->setZoom(1.35);
    view->horizontalScrollBar()->setValue(view->horizontalScrollBar()->maximum() / 2);
    view->verticalScrollBar()->setValue(view->verticalScrollBar()->maximum() / 3);
    settle();
    const QTransform transform = view->transform();
    const int h = view->horizontalScrollBar()->value();
    const int v = view->verticalScrollBar()->value();
    const QPointF headers = w.window.scene()->headerOffset();
    const int itemsBefore = int(w.window.scene()->items().size());

    QPointer<PresentationWindow> p = startWith(w);
    QVERIFY(p);
    press(p, Qt::Key_End);
    press(p, Qt::Key_Left);
    press(p, Qt::Key_Escape);
    settle();
    QVERIFY(p.isNull());
    QVERIFY(!w.window.output()->presentation());

    QCOMPARE(view->transform(), transform);
    QCOMPARE(view->horizontalScrollBar()->value(), h);
    QCOMPARE(view->verticalScrollBar()->value(), v);
    QCOMPARE(w.window.scene()->headerOffset(), headers);
    // The highlight is gone and the "+" buttons are back.
    QCOMPARE(int(w.window.scene()->items().size()), itemsBefore);
    int visibleButtons = 0;
    for (QGraphicsItem *item : w.window.scene()->items())
        visibleButtons += item->type() == AddButtonItemType && item->isVisible();
    QCOMPARE(visibleButtons, 2);
}

void TestPresentation::blankScreen()
{
    Window w;
    QVERIFY(w.open());
    PresentationWindow *p = startWith(w);
    QVERIFY(p);
    press(p, Qt::Key_Right);
    press(p, Qt::Key_B);
    QVERIFY(p->isBlank());
    QCOMPARE(p->currentSlide(), 1);
    press(p, Qt::Key_B);
    QVERIFY(!p->isBlank());
    press(p, Qt::Key_B);
    press(p, Qt::Key_Right); // moving on shows the screen again
    QVERIFY(!p->isBlank());
    QCOMPARE(p->currentSlide(), 2);
    press(p, Qt::Key_Escape);
}

void TestPresentation::panelShowsTheStage()
{
    Window w;
    QVERIFY(w.open());
    const Document &doc = *w.window.session()->document();
    PresentationWindow *p = startWith(w);
    QVERIFY(p);
    QVERIFY(p->panel()->text().contains(doc.info().title));
    p->grab().save(Test::artifactPath(u"presentation-overview.png"_s));
    press(p, Qt::Key_Right);
    settle();
    p->grab().save(Test::artifactPath(u"presentation-stage.png"_s));
    const Stage &stage = doc.stages().at(0);
    const QString text = p->panel()->text();
    QVERIFY2(text.contains(stage.name), qPrintable(text));
    QVERIFY(text.contains(u"Stage 1 of %1"_s.arg(doc.stages().size())));
    for (const EmotionPoint &point : doc.emotionPointsAt(stage.id)) {
        const QString score = point.score > 0 ? u"+%1"_s.arg(point.score) : QString::number(point.score);
        QVERIFY2(text.contains(doc.persona(point.persona)->name + u' ' + score), qPrintable(text));
    }
    press(p, Qt::Key_Escape);
}

void TestPresentation::liveEditIsUndoable()
{
    Window w;
    QVERIFY(w.open());
    Document &doc = *w.window.session()->document();
    PresentationWindow *p = startWith(w);
    QVERIFY(p);
    press(p, Qt::Key_Right);
    const Id stage = p->currentStage();
    const Id card = doc.cardsOfStage(stage).constFirst();
    const QString before = doc.card(card)->title;
    const int undoIndex = w.window.session()->undoStack()->index();

    QGraphicsView *view = p->view();
    const QRectF cardRect = w.window.scene()->cardItem(card)->sceneBoundingRect();
    const QPoint at = view->mapFromScene(QPointF(cardRect.center().x(), cardRect.top() + 28));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at);
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, at);
    QTest::mouseRelease(view->viewport(), Qt::LeftButton, {}, at);
    settle();
    QGraphicsItem *focus = w.window.scene()->focusItem();
    QVERIFY(focus && qobject_cast<InlineEditor *>(focus->toGraphicsObject()));

    // Keys go to the editor, not to the slides: a space types a space.
    QTest::keyClick(view, Qt::Key_End);
    QTest::keyClicks(view, u" now"_s);
    QCOMPARE(p->currentSlide(), 1);
    QTest::keyClick(view, Qt::Key_Return);
    settle();
    QCOMPARE(doc.card(card)->title, before + u" now"_s);
    QCOMPARE(w.window.session()->undoStack()->index(), undoIndex + 1);

    QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier); // undone in the presentation itself
    settle();
    QCOMPARE(doc.card(card)->title, before);
    QCOMPARE(p->currentSlide(), 1); // still presenting the stage
    press(p, Qt::Key_Escape);
}

QTEST_MAIN(TestPresentation)
#include "tst_presentation.moc"
