// The canvas from the keyboard and the view's own moves: arrow keys between cards, F2 and
// Ctrl+Return, copy and paste within a map, between windows and from other programs,
// Ctrl+wheel zoom around the pointer, headers frozen at the edges while scrolling, and
// hidden lanes closing their gap.

#include "canvasinput.h"

#include "canvas/emotionlaneitem.h"
#include "canvas/emotionpointitem.h"

#include <QClipboard>
#include <QMimeData>
#include <QScrollBar>
#include <QWheelEvent>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace Waymark;
using namespace Waymark::CanvasInput;

namespace {

// Whether `sceneRect` shows in the view, clear of the frozen headers over its top and left.
bool inSight(const MapView *view, const QRectF &sceneRect)
{
    const QRect cells = view->viewport()->rect().adjusted(int(std::ceil(CanvasMetrics::LaneHeaderWidth * view->zoom())),
                                                         int(std::ceil(CanvasMetrics::StageHeaderHeight * view->zoom())), 0, 0);
    return cells.contains(view->mapFromScene(sceneRect).boundingRect());
}

// Clicks a card as the user does, scrolling it into sight first; false when something else
// is under the pointer there.
[[nodiscard]] bool clickCard(Window &w, Id card, Qt::KeyboardModifiers modifiers = {})
{
    CardItem *item = w.scene()->cardItem(card);
    const QRectF rect = cardItemRect(item);
    if (!inSight(w.view(), rect))
        w.view()->ensureVisible(rect.adjusted(-CanvasMetrics::LaneHeaderWidth, -CanvasMetrics::StageHeaderHeight, 0, 0), 10, 10);
    if (w.scene()->itemAt(rect.center(), w.view()->transform()) != item)
        return false;
    click(w.view(), rect.center(), modifiers);
    return true;
}

// A card's fields without its identity and place, to compare a pasted card with its original.
Card fieldsOf(Card card)
{
    card.id = card.stage = card.lane = 0;
    card.position = 0;
    return card;
}

} // namespace

class TestCanvasKeyboard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void arrowKeys_data();
    void arrowKeys();
    void arrowsOnHeaderScroll();
    void renameKeys_data();
    void renameKeys();
    void ctrlReturnAddsAfterFocusedCard();
    void copyPaste_data();
    void copyPaste();
    void pastePlainText();
    void ctrlWheelZoomsAroundPointer_data();
    void ctrlWheelZoomsAroundPointer();
    void frozenHeaders_data();
    void frozenHeaders();
    void hiddenLanes_data();
    void hiddenLanes();
};

void TestCanvasKeyboard::initTestCase()
{
    QCoreApplication::setOrganizationName(u"WaymarkTests"_s);
    QCoreApplication::setApplicationName(u"tst_canvaskeyboard"_s);
}

void TestCanvasKeyboard::init()
{
    QApplication::clipboard()->clear();
}

void TestCanvasKeyboard::arrowKeys_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<int>("key");
    QTest::addColumn<QString>("to");
    QTest::addColumn<QString>("hidden"); // a lane hidden before
    QTest::addColumn<int>("scrollX");    // where the view is scrolled to after the click; -1: left
    const QString compares = u"Compares tariffs on three networks"_s;
    const QString asks = u"Asks his daughter which phone to get"_s;
    const QString webPrices = u"Web-exclusive prices not available in store"_s;
    QTest::newRow("down in the cell") << compares << int(Qt::Key_Down) << asks << QString() << -1;
    QTest::newRow("down to the next lane") << asks << int(Qt::Key_Down) << u"Handset and tariff pages"_s << QString() << -1;
    QTest::newRow("up to the lane above's last") << u"Handset and tariff pages"_s << int(Qt::Key_Up) << asks << QString() << -1;
    QTest::newRow("up in the cell") << asks << int(Qt::Key_Up) << compares << QString() << -1;
    QTest::newRow("right to the next stage") << compares << int(Qt::Key_Right) << u"Walks in on Saturday at 11:00"_s
                                             << QString() << -1;
    QTest::newRow("left to the nearest") << u"Walks in on Saturday at 11:00"_s << int(Qt::Key_Left) << compares
                                         << QString() << -1;
    QTest::newRow("down past the emotion curve") << u"Will the web price stand in store?"_s << int(Qt::Key_Down)
                                                 << webPrices << QString() << -1;
    QTest::newRow("right past empty cells") << u"Rota ignores the Saturday peak"_s << int(Qt::Key_Right)
                                            << u"Billing cycle set by account creation date"_s << QString() << -1;
    QTest::newRow("left at the first stage") << compares << int(Qt::Key_Left) << compares << QString() << -1;
    QTest::newRow("down at the last lane") << u"Store stock not visible online"_s << int(Qt::Key_Down)
                                           << u"Store stock not visible online"_s << QString() << -1;
    QTest::newRow("down past a hidden lane") << u"Sponsored comparison-site listing"_s << int(Qt::Key_Down) << webPrices
                                             << u"Thoughts"_s << -1;
    QTest::newRow("left, to a card behind the lane headers") << u"Walks in on Saturday at 11:00"_s << int(Qt::Key_Left)
                                                             << compares << QString() << 280;
    QTest::newRow("down at the far right, brought into sight")
        << u"Handset still billed after the term ends"_s << int(Qt::Key_Down)
        << u"Loyalty discount without haggling"_s << QString() << -1;
}

void TestCanvasKeyboard::arrowKeys()
{
    QFETCH(QString, from);
    QFETCH(int, key);
    QFETCH(QString, to);
    QFETCH(QString, hidden);
    QFETCH(int, scrollX);
    Window w;
    QVERIFY(w.open());
    if (!hidden.isEmpty())
        w.scene()->setLaneHidden(laneNamed(*w.doc(), hidden), true);
    const Id start = cardTitled(*w.doc(), from);
    const Id expected = cardTitled(*w.doc(), to);
    QVERIFY(start && expected);
    QVERIFY(clickCard(w, start));
    QCOMPARE(w.selection()->current(), (ElementRef{Entity::Card, start}));
    if (scrollX >= 0)
        w.view()->horizontalScrollBar()->setValue(scrollX);
    const int undoSteps = w.undo()->count();

    QTest::keyClick(w.view(), Qt::Key(key));
    settle();
    QCOMPARE(titles(*w.doc(), w.selection()->ids(Entity::Card)), QStringList{to});
    QCOMPARE(w.selection()->current(), (ElementRef{Entity::Card, expected}));
    QCOMPARE(w.scene()->focusItem(), static_cast<QGraphicsItem *>(w.scene()->cardItem(expected)));
    QCOMPARE(w.scene()->selectedItems(), QList<QGraphicsItem *>{w.scene()->cardItem(expected)});
    QVERIFY(inSight(w.view(), cardItemRect(w.scene()->cardItem(expected))));
    QCOMPARE(w.undo()->count(), undoSteps); // moving about changes nothing
}

void TestCanvasKeyboard::arrowsOnHeaderScroll()
{
    Window w;
    QVERIFY(w.open());
    const Id stage = w.doc()->stages().at(1).id;
    click(w.view(), w.scene()->stageHeader(stage)->rect().center());
    QCOMPARE(w.selection()->current(), (ElementRef{Entity::Stage, stage}));
    const int before = w.view()->verticalScrollBar()->value();
    QTest::keyClick(w.view(), Qt::Key_Down);
    settle();
    // A header keeps the focus; the view scrolls as arrows do in any scroll area.
    QCOMPARE(w.selection()->current(), (ElementRef{Entity::Stage, stage}));
    QVERIFY(w.view()->verticalScrollBar()->value() > before);
}

void TestCanvasKeyboard::renameKeys_data()
{
    QTest::addColumn<QString>("element"); // "card" or "stage"
    QTest::addColumn<int>("key");
    QTest::newRow("card, F2") << u"card"_s << int(Qt::Key_F2);
    QTest::newRow("card, Return") << u"card"_s << int(Qt::Key_Return);
    QTest::newRow("stage, F2") << u"stage"_s << int(Qt::Key_F2);
    QTest::newRow("stage, Return") << u"stage"_s << int(Qt::Key_Return);
}

void TestCanvasKeyboard::renameKeys()
{
    QFETCH(QString, element);
    QFETCH(int, key);
    Window w;
    QVERIFY(w.open());
    const Id card = cardTitled(*w.doc(), u"Greeter with tablet queue"_s);
    const Id stage = stageNamed(*w.doc(), u"Store visit"_s);
    QGraphicsItem *item = nullptr;
    if (element == u"card"_s) {
        QVERIFY(clickCard(w, card));
        item = w.scene()->cardItem(card);
    } else {
        click(w.view(), w.scene()->stageHeader(stage)->rect().center());
        item = w.scene()->stageHeader(stage);
    }
    QTest::keyClick(w.view(), Qt::Key(key));
    QVERIFY(w.scene()->isEditingText());
    const QGraphicsItem *editor = w.scene()->focusItem();
    QVERIFY(editor && editor != item);
    QVERIFY(item->sceneBoundingRect().contains(editor->sceneBoundingRect().center()));
    if (element == u"card"_s) {
        QVERIFY(inSight(w.view(), editor->sceneBoundingRect()));
    } else { // in the header row, clear of the lane headers
        const QRect row = w.view()->viewport()->rect().adjusted(int(CanvasMetrics::LaneHeaderWidth), 0, 0, 0);
        QVERIFY(row.contains(w.view()->mapFromScene(editor->sceneBoundingRect()).boundingRect()));
    }

    QTest::keyClicks(w.view(), u"Greeted at the door"_s);
    QTest::keyClick(w.view(), Qt::Key_Return);
    settle();
    QVERIFY(!w.scene()->isEditingText());
    if (element == u"card"_s) {
        QCOMPARE(w.doc()->card(card)->title, u"Greeted at the door"_s);
        QCOMPARE(w.undo()->text(0), u"Rename Card"_s);
    } else {
        QCOMPARE(w.doc()->stage(stage)->name, u"Greeted at the door"_s);
        QCOMPARE(w.undo()->text(0), u"Rename Stage"_s);
    }
    QCOMPARE(w.undo()->count(), 1);
    QCOMPARE(layoutMismatch(*w.scene()), QString());
}

void TestCanvasKeyboard::ctrlReturnAddsAfterFocusedCard()
{
    Window w;
    QVERIFY(w.open());
    const Id compares = cardTitled(*w.doc(), u"Compares tariffs on three networks"_s);
    const Card *source = w.doc()->card(compares);
    const Id stage = source->stage;
    const Id lane = source->lane;
    QVERIFY(clickCard(w, compares));

    QTest::keyClick(w.view(), Qt::Key_Return, Qt::ControlModifier);
    settle();
    QCOMPARE(w.undo()->count(), 1);
    QVERIFY2(w.undo()->text(0).startsWith(u"Add "_s), qPrintable(w.undo()->text(0)));
    const Id added = w.doc()->cardsIn(stage, lane).at(1);
    QCOMPARE(w.selection()->current(), (ElementRef{Entity::Card, added}));
    QVERIFY(w.scene()->isEditingText());
    QTest::keyClicks(w.view(), u"Reads reviews"_s);
    QTest::keyClick(w.view(), Qt::Key_Return);
    settle();
    QCOMPARE(titles(*w.doc(), w.doc()->cardsIn(stage, lane)),
             (QStringList{u"Compares tariffs on three networks"_s, u"Reads reviews"_s, u"Asks his daughter which phone to get"_s}));
    QCOMPARE(w.undo()->count(), 2);
    QCOMPARE(layoutMismatch(*w.scene()), QString());
}

void TestCanvasKeyboard::copyPaste_data()
{
    QTest::addColumn<QStringList>("copied");
    QTest::addColumn<bool>("otherWindow");
    QTest::addColumn<QString>("undoText");
    const QString compares = u"Compares tariffs on three networks"_s; // tagged Priya
    const QString painPoint = u"Paper bill costs £2.50 a month"_s;      // tagged Graham
    QTest::newRow("one card, same map") << QStringList{compares} << false << u"Paste Card"_s;
    QTest::newRow("two cards, same map") << QStringList{painPoint, compares} << false << u"Paste 2 Cards"_s;
    QTest::newRow("one card, other window") << QStringList{compares} << true << u"Paste Card"_s;
    QTest::newRow("two cards, other window") << QStringList{painPoint, compares} << true << u"Paste 2 Cards"_s;
}

void TestCanvasKeyboard::copyPaste()
{
    QFETCH(QStringList, copied);
    QFETCH(bool, otherWindow);
    QFETCH(QString, undoText);
    Window a;
    QVERIFY(a.open());
    Window b;
    if (otherWindow)
        QVERIFY(b.open(u"phone-store"_s, u"other.waymark"_s)); // the same persona ids, other personas
    QVERIFY(a.activate());
    QList<Card> sources;
    for (const QString &title : std::as_const(copied)) {
        QVERIFY(clickCard(a, cardTitled(*a.doc(), title), sources.isEmpty() ? Qt::NoModifier : Qt::ControlModifier));
        sources.append(*a.doc()->card(cardTitled(*a.doc(), title)));
    }
    QCOMPARE(a.selection()->ids(Entity::Card).size(), copied.size());
    QTest::keyClick(a.view(), Qt::Key_C, Qt::ControlModifier);
    QVERIFY(QApplication::clipboard()->mimeData());
    QVERIFY(QApplication::clipboard()->mimeData()->hasFormat(QString::fromLatin1("application/x-waymark-cards+json")));

    Window &target = otherWindow ? b : a;
    if (otherWindow)
        QVERIFY(target.activate());
    const Id anchor = cardTitled(*target.doc(), u"Greeter with tablet queue"_s);
    const Id stage = target.doc()->card(anchor)->stage;
    const Id lane = target.doc()->card(anchor)->lane;
    QVERIFY(clickCard(target, anchor));
    const int steps = target.undo()->count();
    QTest::keyClick(target.view(), Qt::Key_V, Qt::ControlModifier);
    settle();

    QCOMPARE(target.undo()->count(), steps + 1);
    QCOMPARE(target.undo()->text(steps), undoText);
    if (otherWindow)
        QCOMPARE(a.undo()->count(), 0);
    // After the focused card, in the order copied (document order), all selected.
    std::sort(sources.begin(), sources.end(), [&a](const Card &x, const Card &y) {
        return std::tuple(a.doc()->stageIndex(x.stage), a.doc()->laneIndex(x.lane), x.position)
            < std::tuple(a.doc()->stageIndex(y.stage), a.doc()->laneIndex(y.lane), y.position);
    });
    const QList<Id> &cell = target.doc()->cardsIn(stage, lane);
    QCOMPARE(cell.size(), 2 + sources.size());
    QCOMPARE(target.selection()->ids(Entity::Card).size(), sources.size());
    for (qsizetype i = 0; i < sources.size(); ++i) {
        const Card pasted = *target.doc()->card(cell.at(1 + i));
        QVERIFY(target.selection()->contains({Entity::Card, pasted.id}));
        Card expected = fieldsOf(sources.at(i));
        QVERIFY(!expected.personas.isEmpty());
        // Persona tags stay within their map: another map's persona 1 is someone else.
        if (otherWindow)
            expected.personas.clear();
        QCOMPARE(fieldsOf(pasted).title, expected.title);
        QCOMPARE(fieldsOf(pasted).personas, expected.personas);
        QVERIFY(fieldsOf(pasted) == expected);
    }
    QCOMPARE(layoutMismatch(*target.scene()), QString());
}

void TestCanvasKeyboard::pastePlainText()
{
    Window w;
    QVERIFY(w.open());
    const Id anchor = cardTitled(*w.doc(), u"Greeter with tablet queue"_s);
    const Id stage = w.doc()->card(anchor)->stage;
    const Id lane = w.doc()->card(anchor)->lane;
    QVERIFY(clickCard(w, anchor));
    QApplication::clipboard()->setText(u"Ask for ID\n\n   Check stock  \r\nBook a slot\n"_s);
    QTest::keyClick(w.view(), Qt::Key_V, Qt::ControlModifier);
    settle();

    QCOMPARE(titles(*w.doc(), w.doc()->cardsIn(stage, lane)),
             (QStringList{u"Greeter with tablet queue"_s, u"Ask for ID"_s, u"Check stock"_s, u"Book a slot"_s,
                          u"Demo handsets on the display wall"_s}));
    QCOMPARE(w.undo()->count(), 1);
    QCOMPARE(w.undo()->text(0), u"Paste 3 Cards"_s);
    for (const Id id : w.selection()->ids(Entity::Card))
        QCOMPARE(w.doc()->card(id)->kind, CardKind::Touchpoint); // the lane's kind of card
    QCOMPARE(w.selection()->ids(Entity::Card).size(), 3);
}

void TestCanvasKeyboard::ctrlWheelZoomsAroundPointer_data()
{
    QTest::addColumn<QPoint>("pointer");
    QTest::addColumn<int>("notches");
    QTest::newRow("in, one notch") << QPoint(300, 200) << 1;
    QTest::newRow("out, two notches") << QPoint(500, 400) << -2;
    QTest::newRow("in, three notches near the corner") << QPoint(260, 110) << 3;
    QTest::newRow("out, far right") << QPoint(900, 600) << -1;
}

void TestCanvasKeyboard::ctrlWheelZoomsAroundPointer()
{
    QFETCH(QPoint, pointer);
    QFETCH(int, notches);
    Window w;
    QVERIFY(w.open());
    MapView *view = w.view();
    QVERIFY(view->viewport()->rect().contains(pointer));
    // From the middle of the map, where the view can scroll either way.
    view->horizontalScrollBar()->setValue(view->horizontalScrollBar()->maximum() / 2);
    view->verticalScrollBar()->setValue(view->verticalScrollBar()->maximum() / 2);
    const QPointF under = view->mapToScene(pointer);

    QWheelEvent wheel(pointer, view->viewport()->mapToGlobal(pointer), QPoint(), QPoint(0, 120 * notches), Qt::NoButton,
                      Qt::ControlModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(view->viewport(), &wheel);
    settle();

    QVERIFY(std::abs(view->zoom() - std::pow(1.15, notches)) < 1e-6);
    const QPointF now = view->mapToScene(pointer);
    // Within a pixel on the screen: the scroll bars move in whole pixels.
    QVERIFY2(std::abs(now.x() - under.x()) * view->zoom() <= 1 && std::abs(now.y() - under.y()) * view->zoom() <= 1,
             qPrintable(u"%1,%2 was under the pointer, now %3,%4"_s.arg(under.x()).arg(under.y()).arg(now.x()).arg(now.y())));
    // The headers follow the new top left.
    QCOMPARE(w.scene()->headerOffset(), view->mapToScene(QPoint(0, 0)));
}

void TestCanvasKeyboard::frozenHeaders_data()
{
    QTest::addColumn<int>("dx");
    QTest::addColumn<int>("dy");
    QTest::addColumn<double>("zoom");
    QTest::newRow("down") << 0 << 400 << 1.0;
    QTest::newRow("right") << 500 << 0 << 1.0;
    QTest::newRow("down and right") << 300 << 350 << 1.0;
    QTest::newRow("down and right at 75 %") << 300 << 350 << 0.75;
    QTest::newRow("down and right at 150 %") << 600 << 700 << 1.5;
}

void TestCanvasKeyboard::frozenHeaders()
{
    QFETCH(int, dx);
    QFETCH(int, dy);
    QFETCH(double, zoom);
    Window w;
    QVERIFY(w.open());
    MapView *view = w.view();
    MapScene *scene = w.scene();
    view->setZoom(zoom);
    view->showTopLeft();
    view->horizontalScrollBar()->setValue(dx);
    view->verticalScrollBar()->setValue(dy);
    QCOMPARE(view->horizontalScrollBar()->value(), dx);
    QCOMPARE(view->verticalScrollBar()->value(), dy);
    settle();

    const QPointF topLeft = view->mapToScene(QPoint(0, 0));
    for (const Stage &stage : w.doc()->stages()) {
        const StageHeaderItem *header = scene->stageHeader(stage.id);
        QCOMPARE(header->sceneBoundingRect().top(), topLeft.y());
        QCOMPARE(header->sceneBoundingRect().left(), scene->mapLayout().column(stage.id)->x);
    }
    for (const Lane &lane : w.doc()->lanes()) {
        const LaneHeaderItem *header = scene->laneHeader(lane.id);
        QCOMPARE(header->sceneBoundingRect().left(), topLeft.x());
        QCOMPARE(header->sceneBoundingRect().top(), scene->mapLayout().row(lane.id)->y);
    }
    QCOMPARE(scene->headerOffset(), topLeft);

    // What shows at the top of the view is a stage header, and it takes a click there.
    const QPoint top(view->viewport()->width() - 40, 20);
    QGraphicsItem *hit = scene->itemAt(view->mapToScene(top), view->transform());
    QVERIFY(hit && hit->type() == StageHeaderItemType);
    click(view, view->mapToScene(top));
    QCOMPARE(w.selection()->current(), (ElementRef{Entity::Stage, static_cast<StageHeaderItem *>(hit)->elementId()}));
    // ... and at the left a lane header.
    const QPoint left(40, view->viewport()->height() - 40);
    hit = scene->itemAt(view->mapToScene(left), view->transform());
    QVERIFY(hit && hit->type() == LaneHeaderItemType);
    if (zoom == 1.0 && dx && dy)
        QVERIFY(saveGrab(view, u"keyboard-frozen-headers.png"_s));
}

void TestCanvasKeyboard::hiddenLanes_data()
{
    QTest::addColumn<QString>("lane");
    QTest::newRow("a lane of cards") << u"Thoughts"_s;
    QTest::newRow("the emotion curve") << u"Emotion curve"_s;
}

void TestCanvasKeyboard::hiddenLanes()
{
    QFETCH(QString, lane);
    Window w;
    QVERIFY(w.open());
    MapScene *scene = w.scene();
    const Id hidden = laneNamed(*w.doc(), lane);
    const Id below = laneNamed(*w.doc(), u"Pain points"_s);
    const Id curve = laneNamed(*w.doc(), u"Emotion curve"_s);
    const double height = scene->mapLayout().row(hidden)->height;
    const double belowY = scene->mapLayout().row(below)->y;
    const double mapHeight = scene->mapLayout().bounds().height();
    const QStringList rectsBefore = itemRects(*scene);
    const QList<Id> hiddenCards = w.doc()->cardsOfLane(hidden);
    const Id pain = w.doc()->cardsOfLane(below).first();
    const QRectF painBefore = cardItemRect(scene->cardItem(pain));

    scene->setLaneHidden(hidden, true);
    settle();
    QVERIFY(!scene->mapLayout().row(hidden));
    QVERIFY(!scene->laneHeader(hidden)->isVisible());
    for (const Id card : hiddenCards)
        QVERIFY(!scene->cardItem(card)->isVisible());
    // The rows below close the gap.
    QCOMPARE(scene->mapLayout().row(below)->y, belowY - height);
    QCOMPARE(scene->mapLayout().bounds().height(), mapHeight - height);
    QCOMPARE(cardItemRect(scene->cardItem(pain)), painBefore.translated(0, -height));
    QCOMPARE(scene->laneHeader(below)->rect().top(), belowY - height);
    QCOMPARE(layoutMismatch(*scene), QString());
    EmotionLaneItem *emotion = scene->emotionLane(curve);
    if (hidden == curve) {
        QVERIFY(!emotion->isVisible());
        QVERIFY(!emotion->pointItem(w.doc()->personas().first().id, w.doc()->stages().first().id)->isVisible());
    } else {
        QCOMPARE(emotion->rect().top(), scene->mapLayout().row(curve)->y);
        const Id priya = w.doc()->personas().first().id;
        const Id first = w.doc()->stages().first().id;
        QCOMPARE(emotion->pointItem(priya, first)->scenePos(),
                 emotion->pointPosition(priya, first, w.doc()->emotionPoint(priya, first)->score));
        QVERIFY(saveGrab(w.view(), u"keyboard-hidden-lane.png"_s));
    }
    QCOMPARE(w.undo()->count(), 0); // a view setting, not an edit

    scene->setLaneHidden(hidden, false);
    settle();
    QCOMPARE(itemRects(*scene), rectsBefore);
    QCOMPARE(layoutMismatch(*scene), QString());
}

QTEST_MAIN(TestCanvasKeyboard)
#include "tst_canvaskeyboard.moc"
