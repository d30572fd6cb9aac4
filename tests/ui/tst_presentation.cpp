// Presentation mode driven as a facilitator does, on a laptop with a projector beside it: F5,
// the clicker's keys, B, M, Esc, a typo fixed live on a stage slide, a card captured with N,
// and the presenter console on the laptop's screen.

#include "canvasinput.h"
#include "fakescreens.h"

#include "mainwindow/outputactions.h"
#include "presentation/capturebar.h"
#include "presentation/presentationwindow.h"
#include "presentation/presenterconsole.h"
#include "presentation/slidetitleeditor.h"
#include "slides/slidestyle.h"
#include "slides/slidewidget.h"

#include <QGraphicsView>
#include <QLineEdit>
#include <QScreen>
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
    void slidesGoOnTheProjector();
    void escapeRestoresTheEditorView();
    void blankScreen();
    void overviewShowsTheCanvas();
    void stageSlideShowsTheStage();
    void panelToggles();
    void viewFilterInTheTitle();
    void liveEditIsUndoable();
    void captureWithN_data();
    void captureWithN();
    void captureCancelled();
    void consoleShowsTheNextSlide();
    void consoleKeysDriveTheSlides();
    void consoleListsWhatTheRoomDoesNotSee();
    void presentFromSelectedStage();

private:
    static PresentationWindow *startWith(Window &w);
    static void press(PresentationWindow *p, Qt::Key key);
    static int firstStageSlide(const PresentationWindow *p, int stage);
};

void TestPresentation::initTestCase()
{
    QCoreApplication::setOrganizationName(u"WaymarkTests"_s);
    QCoreApplication::setApplicationName(u"tst_presentation"_s);
    QCOMPARE(QGuiApplication::screens().size(), 2);
}

PresentationWindow *TestPresentation::startWith(Window &w)
{
    // F5 as the user presses it, in the editor.
    QTest::keyClick(w.window.view(), Qt::Key_F5);
    PresentationWindow *p = w.window.output()->presentation();
    if (p)
        settle();
    return p;
}

void TestPresentation::press(PresentationWindow *p, Qt::Key key)
{
    QTest::keyClick(p->slide(), key);
}

int TestPresentation::firstStageSlide(const PresentationWindow *p, int stage)
{
    return p->deck().indexOf(p->session()->document()->stages().at(stage).id);
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
    QTest::newRow("before the start") << QList<int>{Qt::Key_Left, Qt::Key_PageUp, Qt::Key_Backspace} << 0;
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
    const Document &doc = *w.doc();
    // The overview, then every stage on one slide or more, in order.
    QVERIFY(p->slideCount() >= int(doc.stages().size()) + 1);
    QCOMPARE(p->deck().at(0).stage, Id(0));
    for (int i = 0; i < doc.stages().size(); ++i) {
        QVERIFY(firstStageSlide(p, i) > 0);
        if (i > 0)
            QVERIFY(firstStageSlide(p, i) > firstStageSlide(p, i - 1));
    }

    for (const int key : keys)
        press(p, Qt::Key(key));
    const int expected = slide < 0 ? p->slideCount() + slide : slide;
    QCOMPARE(p->currentSlide(), expected);
    QCOMPARE(p->currentStage(), p->deck().at(expected).stage);
    // What is on screen is that slide.
    const QString title = p->deck().title(doc, expected);
    QVERIFY2(p->slide()->picture().plainText().contains(title), qPrintable(title));
    QCOMPARE(p->view()->isVisible(), expected == 0);
    press(p, Qt::Key_Escape);
}

void TestPresentation::slidesGoOnTheProjector()
{
    Window w;
    QVERIFY(w.open());
    PresentationWindow *p = startWith(w);
    QVERIFY(p);
    QScreen *projector = QGuiApplication::screens().at(1);
    QCOMPARE(p->screen(), projector);
    QCOMPARE(p->size(), projector->size());
    // The deck is laid out for the projector's shape: 1080 units high, as wide as 16:9 makes it.
    QCOMPARE(p->deck().frame().width, SlideStyle::WideWidth);
    PresenterConsole *console = w.window.output()->console();
    QVERIFY(console);
    QCOMPARE(console->screen(), QGuiApplication::screens().at(0));
    press(p, Qt::Key_Escape);
    settle();
    QVERIFY(!w.window.output()->console()); // it leaves with the slides
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
    press(p, Qt::Key_Home);
    press(p, Qt::Key_Escape);
    settle();
    QVERIFY(p.isNull());
    QVERIFY(!w.window.output()->presentation());

    QCOMPARE(view->transform(), transform);
    QCOMPARE(view->horizontalScrollBar()->value(), h);
    QCOMPARE(view->verticalScrollBar()->value(), v);
    QCOMPARE(w.window.scene()->headerOffset(), headers);
    // Nothing left on the canvas, and the "+" buttons are back.
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
    press(p, Qt::Key_Period);
    QVERIFY(!p->isBlank());
    press(p, Qt::Key_B);
    press(p, Qt::Key_Right); // moving on shows the screen again
    QVERIFY(!p->isBlank());
    QCOMPARE(p->currentSlide(), 2);
    press(p, Qt::Key_Escape);
}

void TestPresentation::overviewShowsTheCanvas()
{
    Window w;
    QVERIFY(w.open());
    const Document &doc = *w.doc();
    PresentationWindow *p = startWith(w);
    QVERIFY(p);
    // The editor's own scene, zoomed out to the whole map, where the layout put the map.
    QVERIFY(p->view()->isVisible());
    QCOMPARE(p->view()->scene(), w.window.scene());
    const QRect mapArea = p->slide()->mapToWidget(p->slide()->picture().map()->rect).toAlignedRect();
    QCOMPARE(p->view()->geometry(), mapArea);
    const QRectF bounds = w.window.scene()->mapLayout().bounds();
    const QRect shown = p->view()->mapFromScene(bounds).boundingRect();
    QVERIFY2(p->view()->viewport()->rect().adjusted(-1, -1, 1, 1).contains(shown), "the whole map is in sight");
    const QString text = p->slide()->picture().plainText();
    QVERIFY(text.contains(doc.info().title));
    for (const Stage &stage : doc.stages())
        QVERIFY2(text.contains(stage.name), qPrintable(stage.name));
    p->grab().save(Test::artifactPath(u"presentation-overview.png"_s));
    press(p, Qt::Key_Escape);
}

void TestPresentation::stageSlideShowsTheStage()
{
    Window w;
    QVERIFY(w.open());
    const Document &doc = *w.doc();
    PresentationWindow *p = startWith(w);
    QVERIFY(p);
    press(p, Qt::Key_Right);
    p->grab().save(Test::artifactPath(u"presentation-stage.png"_s));
    const Stage &stage = doc.stages().at(0);
    QCOMPARE(p->currentStage(), stage.id);
    const SlidePicture &picture = p->slide()->picture();
    const QString text = picture.plainText();
    QVERIFY2(text.contains(stage.name), qPrintable(text));
    QVERIFY(text.contains(u"Stage 1 of %1"_s.arg(doc.stages().size())));
    for (const EmotionPoint &point : doc.emotionPointsAt(stage.id)) {
        const QString score = point.score > 0 ? u"+%1"_s.arg(point.score) : QString::number(point.score);
        QVERIFY2(text.contains(doc.persona(point.persona)->name + u' ' + score), qPrintable(text));
    }
    // Its cards, readable from the back of the room on this 1080-pixel projector.
    const double scale = p->slide()->toWidget().m11();
    const QList<SlideText> titles = picture.texts(SlideRole::CardTitle);
    QVERIFY(!titles.isEmpty());
    for (const SlideText &title : titles) {
        QVERIFY(p->deck().at(1).shows(title.card));
        QVERIFY2(title.size * scale >= p->height() / 40.0, qPrintable(title.text()));
        QVERIFY(QRectF(p->rect()).contains(p->slide()->mapToWidget(title.rect)));
    }
    press(p, Qt::Key_Escape);
}

void TestPresentation::panelToggles()
{
    Window w;
    QVERIFY(w.open());
    PresentationWindow *p = startWith(w);
    QVERIFY(p);
    press(p, Qt::Key_Right);
    const auto panelWidth = [p] {
        for (const SlideItem &item : p->slide()->picture().items) {
            if (const auto *shape = std::get_if<SlideShape>(&item); shape && shape->role == SlideRole::Panel)
                return p->slide()->mapToWidget(shape->rect).width();
        }
        return 0.0;
    };
    QVERIFY(p->isPanelShown());
    QVERIFY(panelWidth() > 0);
    QVERIFY2(panelWidth() <= 0.3 * p->width(), qPrintable(QString::number(panelWidth())));
    QVERIFY(!p->slide()->picture().texts(SlideRole::Figure).isEmpty() || !p->slide()->picture().texts(SlideRole::FigureDetail).isEmpty());
    const Id stage = p->currentStage();

    press(p, Qt::Key_M);
    QVERIFY(!p->isPanelShown());
    QCOMPARE(panelWidth(), 0.0);
    QCOMPARE(p->currentStage(), stage); // still on the stage, its cards now across the width
    QVERIFY(p->slide()->picture().texts(SlideRole::FigureDetail).isEmpty());
    QVERIFY(p->deck().frame().cards().width() > 0.9 * p->deck().frame().width - 2 * SlideStyle::Margin);

    press(p, Qt::Key_M);
    QVERIFY(p->isPanelShown());
    QVERIFY(panelWidth() > 0);
    press(p, Qt::Key_Escape);
}

void TestPresentation::viewFilterInTheTitle()
{
    Window w;
    QVERIFY(w.open());
    const Document &doc = *w.doc();
    PresentationWindow *p = startWith(w);
    QVERIFY(p);
    press(p, Qt::Key_Right);
    QVERIFY(p->slide()->picture().texts(SlideRole::FilterLabel).isEmpty());

    // View ▸ Persona in the editor, while presenting.
    const Persona &persona = doc.personas().at(1);
    CanvasFilter filter;
    filter.persona = persona.id;
    w.window.scene()->setFilter(filter);
    settle();
    const QList<SlideText> labels = p->slide()->picture().texts(SlideRole::FilterLabel);
    QCOMPARE(labels.size(), 1);
    QCOMPARE(labels.first().text(), u"Showing %1"_s.arg(persona.name));
    QVERIFY(p->deck().frame().header().contains(labels.first().rect));
    // Only that persona's feelings.
    QStringList people;
    for (const SlideText &text : p->slide()->picture().texts(SlideRole::Persona))
        people.append(text.text());
    for (const Persona &other : doc.personas()) {
        if (other.id != persona.id)
            QVERIFY2(!people.join(u' ').contains(other.name), qPrintable(people.join(u" | "_s)));
    }
    press(p, Qt::Key_Home);
    QVERIFY(p->slide()->picture().plainText().contains(u"Showing %1"_s.arg(persona.name)));
    press(p, Qt::Key_Escape);
}

void TestPresentation::liveEditIsUndoable()
{
    Window w;
    QVERIFY(w.open());
    Document &doc = *w.doc();
    PresentationWindow *p = startWith(w);
    QVERIFY(p);
    press(p, Qt::Key_Right);
    const Id card = p->deck().at(1).cards().constFirst();
    const QString before = doc.card(card)->title;
    const int undoIndex = w.undo()->index();

    SlideWidget *slide = p->slide();
    const QPoint at = slide->mapToWidget(slide->picture().cardTitle(card).rect).center().toPoint();
    QTest::mouseClick(slide, Qt::LeftButton, {}, at);
    QTest::mouseDClick(slide, Qt::LeftButton, {}, at);
    settle();
    QVERIFY(p->titleEditor()->isEditing());
    QVERIFY(p->titleEditor()->hasFocus());
    QCOMPARE(p->titleEditor()->text(), before);

    // Keys go to the editor, not to the slides: a space types a space.
    QTest::keyClick(p->titleEditor(), Qt::Key_End);
    QTest::keyClicks(p->titleEditor(), u" now"_s);
    QCOMPARE(p->currentSlide(), 1);
    QTest::keyClick(p->titleEditor(), Qt::Key_Return);
    settle();
    QCOMPARE(doc.card(card)->title, before + u" now"_s);
    QCOMPARE(w.undo()->index(), undoIndex + 1);
    QVERIFY(slide->picture().cardTitle(card).text().contains(u"now"_s));

    QTest::keyClick(slide, Qt::Key_Z, Qt::ControlModifier); // undone in the presentation itself
    settle();
    QCOMPARE(doc.card(card)->title, before);
    QVERIFY(!slide->picture().cardTitle(card).text().contains(u"now"_s));
    QCOMPARE(p->currentSlide(), 1); // still presenting the stage

    // Esc in the editor leaves the title alone and stays in the presentation.
    QTest::mouseDClick(slide, Qt::LeftButton, {}, at);
    QVERIFY(p->titleEditor()->isEditing());
    QTest::keyClicks(p->titleEditor(), u"gone"_s);
    QTest::keyClick(p->titleEditor(), Qt::Key_Escape);
    settle();
    QVERIFY(p->isVisible());
    QCOMPARE(doc.card(card)->title, before);
    QCOMPARE(w.undo()->index(), undoIndex);
    press(p, Qt::Key_Escape);
}

void TestPresentation::captureWithN_data()
{
    QTest::addColumn<QList<int>>("laneKeys");
    QTest::addColumn<int>("laneStep"); // lanes after the first slide's first lane

    QTest::newRow("the slide's first lane") << QList<int>{} << 0;
    QTest::newRow("down twice") << QList<int>{Qt::Key_Down, Qt::Key_Down} << 2;
    QTest::newRow("down and up") << QList<int>{Qt::Key_Down, Qt::Key_Down, Qt::Key_Up} << 1;
    QTest::newRow("up wraps round") << QList<int>{Qt::Key_Up} << -1;
}

void TestPresentation::captureWithN()
{
    QFETCH(QList<int>, laneKeys);
    QFETCH(int, laneStep);

    Window w;
    QVERIFY(w.open());
    Document &doc = *w.doc();
    PresentationWindow *p = startWith(w);
    QVERIFY(p);
    press(p, Qt::Key_Right);
    press(p, Qt::Key_Right);
    const Id stage = p->currentStage();
    const int undoIndex = w.undo()->index();
    const int cardsBefore = doc.cardCount();

    press(p, Qt::Key_N);
    QVERIFY(p->captureBar()->isVisible());
    QVERIFY(p->captureBar()->edit()->hasFocus());
    QList<Id> lanes;
    for (const Lane &lane : doc.lanes()) {
        if (lane.kind != LaneKind::EmotionCurve)
            lanes.append(lane.id);
    }
    const int first = int(lanes.indexOf(p->deck().at(p->currentSlide()).blocks.constFirst().lane));
    QCOMPARE(p->captureBar()->lane(), lanes.at(first));
    for (const int key : laneKeys)
        QTest::keyClick(p->captureBar()->edit(), Qt::Key(key));
    const Id lane = lanes.at((first + laneStep + lanes.size()) % lanes.size());
    QCOMPARE(p->captureBar()->lane(), lane);
    // Typing goes into the card, not to the slides ("n" and space included).
    QTest::keyClicks(p->captureBar()->edit(), u"Queue app for walk-ins"_s);
    QCOMPARE(p->currentStage(), stage);
    QTest::keyClick(p->captureBar()->edit(), Qt::Key_Return);

    // One undo step, in the chosen cell, and on the slide at once (no event loop turn).
    QVERIFY(!p->captureBar()->isVisible());
    QCOMPARE(doc.cardCount(), cardsBefore + 1);
    QCOMPARE(w.undo()->index(), undoIndex + 1);
    const Id added = doc.cardsIn(stage, lane).constLast();
    QCOMPARE(doc.card(added)->title, u"Queue app for walk-ins"_s);
    QCOMPARE(doc.card(added)->kind, defaultCardKind(doc.lane(lane)->kind));
    QCOMPARE(p->currentStage(), stage);
    QVERIFY(p->deck().at(p->currentSlide()).shows(added));
    QCOMPARE(p->slide()->picture().cardTitle(added).text(), u"Queue app for walk-ins"_s);
    QVERIFY(p->slide()->hasFocus());

    QTest::keyClick(p->slide(), Qt::Key_Z, Qt::ControlModifier);
    settle();
    QCOMPARE(doc.cardCount(), cardsBefore);
    QVERIFY(!doc.card(added));
    QVERIFY(!p->slide()->picture().plainText().contains(u"Queue app"_s));
    QCOMPARE(p->currentStage(), stage);
    press(p, Qt::Key_Escape);
}

void TestPresentation::captureCancelled()
{
    Window w;
    QVERIFY(w.open());
    Document &doc = *w.doc();
    PresentationWindow *p = startWith(w);
    QVERIFY(p);
    press(p, Qt::Key_N); // nothing to capture into on the overview
    QVERIFY(!p->captureBar()->isVisible());
    press(p, Qt::Key_Right);
    const int cards = doc.cardCount();
    press(p, Qt::Key_N);
    QVERIFY(p->captureBar()->isVisible());
    QTest::keyClick(p->captureBar()->edit(), Qt::Key_Return); // nothing typed: nothing added
    QVERIFY(p->captureBar()->isVisible());
    QTest::keyClicks(p->captureBar()->edit(), u"not this"_s);
    QTest::keyClick(p->captureBar()->edit(), Qt::Key_Escape);
    QVERIFY(!p->captureBar()->isVisible());
    QVERIFY(p->isVisible()); // Esc left the capture, not the presentation
    QCOMPARE(doc.cardCount(), cards);
    press(p, Qt::Key_Escape);
    settle();
    QVERIFY(!w.window.output()->presentation());
}

void TestPresentation::consoleShowsTheNextSlide()
{
    Window w;
    QVERIFY(w.open());
    const Document &doc = *w.doc();
    PresentationWindow *p = startWith(w);
    QVERIFY(p);
    PresenterConsole *console = w.window.output()->console();
    QVERIFY(console);
    settle();
    console->grab().save(Test::artifactPath(u"presenter-console.png"_s));
    for (int slide = 0; slide < p->slideCount(); ++slide) {
        p->goTo(slide);
        QCOMPARE(console->heading(), u"Slide %1 of %2 · %3"_s.arg(slide + 1).arg(p->slideCount()).arg(p->deck().title(doc, slide)));
        QCOMPARE(console->currentSlide()->picture().plainText(), p->slide()->picture().plainText());
        if (slide + 1 < p->slideCount()) {
            QCOMPARE(console->nextHeading(), u"Next: %1"_s.arg(p->deck().title(doc, slide + 1)));
            QCOMPARE(console->nextSlide()->picture().plainText(), p->picture(slide + 1).plainText());
        } else {
            QCOMPARE(console->nextHeading(), u"Next: the end of the slides"_s);
            QVERIFY(console->nextSlide()->picture().items.isEmpty());
        }
    }
    QVERIFY(QRegularExpression(u"^\\d\\d:\\d\\d:\\d\\d$"_s).match(console->clockText()).hasMatch());
    press(p, Qt::Key_Escape);
}

void TestPresentation::consoleKeysDriveTheSlides()
{
    Window w;
    QVERIFY(w.open());
    PresentationWindow *p = startWith(w);
    QVERIFY(p);
    // The console on its own, as a facilitator's laptop shows it.
    PresenterConsole console(p);
    console.setAttribute(Qt::WA_DeleteOnClose, false);
    console.show();
    QVERIFY(QTest::qWaitForWindowExposed(&console));
    QTest::keyClick(&console, Qt::Key_Right);
    QTest::keyClick(&console, Qt::Key_PageDown);
    QCOMPARE(p->currentSlide(), 2);
    QVERIFY(console.heading().startsWith(u"Slide 3 of"_s));
    QTest::keyClick(&console, Qt::Key_B);
    QVERIFY(p->isBlank());
    QTest::keyClick(&console, Qt::Key_Space); // the restart button does not take it
    QVERIFY(!p->isBlank());
    QCOMPARE(p->currentSlide(), 3);
    QTest::keyClick(&console, Qt::Key_M);
    QVERIFY(!p->isPanelShown());
    QTest::keyClick(&console, Qt::Key_N);
    QVERIFY(p->captureBar()->isVisible());
    QTest::keyClick(p->captureBar()->edit(), Qt::Key_Escape);
    QTest::keyClick(&console, Qt::Key_Home);
    QCOMPARE(p->currentSlide(), 0);
    QTest::keyClick(&console, Qt::Key_Escape);
    settle();
    QVERIFY(!w.window.output()->presentation());
}

void TestPresentation::consoleListsWhatTheRoomDoesNotSee()
{
    Window w;
    QVERIFY(w.open());
    Document &doc = *w.doc();
    const Stage &stage = doc.stages().at(1);
    // A survey behind the stage, and one lane hidden in the editor.
    QList<Response> responses;
    for (int i = 0; i < 12; ++i) {
        Response r;
        r.stage = stage.id;
        r.nps = i % 11;
        r.csat = 1 + i % 5;
        responses.append(r);
    }
    doc.insertResponses(responses);
    const Id backstage = laneNamed(doc, u"Backstage"_s);
    QVERIFY(!doc.cardsIn(stage.id, backstage).isEmpty());
    w.scene()->setLaneHidden(backstage, true);
    settle();

    PresentationWindow *p = startWith(w);
    QVERIFY(p);
    PresenterConsole *console = w.window.output()->console();
    QVERIFY(console);
    p->goTo(p->slideOfStage(stage.id));
    const SlideDeck::Slide &slide = p->deck().at(p->currentSlide());
    const QString unseen = console->notShownText();
    for (const Id card : doc.cardsIn(stage.id, backstage))
        QVERIFY2(unseen.contains(u"In hidden lanes: "_s) && unseen.contains(doc.card(card)->title), qPrintable(unseen));
    for (const Id card : doc.cardsOfStage(stage.id)) {
        if (!slide.shows(card))
            QVERIFY2(unseen.contains(doc.card(card)->title), qPrintable(doc.card(card)->title));
        else
            QVERIFY2(!unseen.contains(doc.card(card)->title), qPrintable(doc.card(card)->title));
    }
    if (slide.parts > 1)
        QVERIFY(unseen.contains(u"On %1, 2 of %2"_s.arg(stage.name).arg(slide.parts)));
    // The notes: the stage's description, its survey n and the evidence of each card shown.
    const QString notes = console->notesText();
    QVERIFY(notes.contains(stage.description));
    QVERIFY2(notes.contains(u"n = 12 responses"_s), qPrintable(notes));
    for (const Id card : slide.cards())
        QVERIFY(notes.contains(labelOf(doc.card(card)->evidence) + u" — "_s + doc.card(card)->title));
    press(p, Qt::Key_Escape);
}

void TestPresentation::presentFromSelectedStage()
{
    Window w;
    QVERIFY(w.open());
    const Document &doc = *w.doc();
    const Id stage = doc.stages().at(3).id;
    w.selection()->select({Entity::Card, doc.cardsOfStage(stage).constFirst()});
    QTest::keyClick(w.window.view(), Qt::Key_F5, Qt::ShiftModifier);
    PresentationWindow *p = w.window.output()->presentation();
    QVERIFY(p);
    QCOMPARE(p->currentStage(), stage);
    QCOMPARE(p->deck().at(p->currentSlide()).part, 1);
    press(p, Qt::Key_Escape);
}

// A laptop, and a projector to its right.
WAYMARK_TEST_MAIN_WITH_SCREENS(TestPresentation, {{u"laptop"_s, QRect(0, 0, 1600, 1000)}, {u"projector"_s, QRect(1600, 0, 1920, 1080)}})
#include "tst_presentation.moc"
