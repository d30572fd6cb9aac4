// Editing the map on the canvas with the mouse and keys, as a user does: add a stage with the
// "+" and name it, double-click a cell for a card, drag cards between cells, reorder and
// resize stages and lanes, delete. Each action must leave the document and the items where
// MapLayout puts them, be one undo step, and undo and redo exactly.

#include "canvasinput.h"

#include "canvas/addbuttonitem.h"
#include "canvas/inlineeditor.h"

#include <QFontMetricsF>
#include <QGraphicsLineItem>
#include <QGraphicsRectItem>
#include <QScrollBar>

using namespace Qt::StringLiterals;
using namespace Waymark;
using namespace Waymark::CanvasInput;

namespace {

QGraphicsItem *itemOf(const MapScene &scene, int type, double z = -1)
{
    for (QGraphicsItem *item : scene.items()) {
        if (item->type() == type && (z < 0 || item->zValue() == z))
            return item;
    }
    return nullptr;
}

InlineEditor *openEditor(const MapScene &scene)
{
    for (QGraphicsItem *item : scene.items()) {
        if (auto *editor = dynamic_cast<InlineEditor *>(item); editor && editor->isVisible())
            return editor;
    }
    return nullptr;
}

QGraphicsRectItem *cardDropMarker(const MapScene &scene)
{
    return qgraphicsitem_cast<QGraphicsRectItem *>(itemOf(scene, QGraphicsRectItem::Type, ZOrder::DropMarker));
}

// A point in the cell that a drop there lands `where`: "top", "bottom" or "middle" (between
// the cell's first and second card).
QPointF pointInCell(const MapScene &scene, Id stage, Id lane, const QString &where)
{
    const QRectF cell = scene.mapLayout().cellRect(stage, lane);
    const QList<Id> &cards = scene.document()->cardsIn(stage, lane);
    if (where == u"middle"_s) {
        const QRectF first = scene.mapLayout().cardRect(cards.at(0));
        const QRectF second = scene.mapLayout().cardRect(cards.at(1));
        return QPointF(cell.center().x(), (first.bottom() + second.top()) / 2);
    }
    return QPointF(cell.center().x(), where == u"top"_s ? cell.top() + 12 : cell.bottom() - 12);
}

// Where to drop a header so that it lands at boundary `b` of `count` columns or rows whose
// starts and sizes are given.
double boundaryPoint(const QList<std::pair<double, double>> &spans, int b)
{
    return b == 0 ? spans.first().first + 5 : spans.at(b - 1).first + spans.at(b - 1).second - 5;
}

} // namespace

class TestCanvasEditing : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void addStageWithPlusButton();
    void addCardByDoubleClick_data();
    void addCardByDoubleClick();
    void dragCards_data();
    void dragCards();
    void escapeCancelsDrag();
    void dropOutsideCellsIsRefused_data();
    void dropOutsideCellsIsRefused();
    void reorderStages_data();
    void reorderStages();
    void reorderLanes_data();
    void reorderLanes();
    void resizeStage_data();
    void resizeStage();
    void deleteCardWithKey();
    void deleteStageAsks_data();
    void deleteStageAsks();
};

void TestCanvasEditing::initTestCase()
{
    QCoreApplication::setOrganizationName(u"WaymarkTests"_s);
    QCoreApplication::setApplicationName(u"tst_canvasediting"_s);
}

void TestCanvasEditing::addStageWithPlusButton()
{
    Canvas c;
    QVERIFY(c.show());
    const qsizetype before = c.doc()->stages().size();
    const double end = c.scene.mapLayout().bounds().right();

    // The "+" sits after the last stage: scroll there, as the user would.
    c.view.horizontalScrollBar()->setValue(c.view.horizontalScrollBar()->maximum());
    AddButtonItem *plus = nullptr;
    for (QGraphicsItem *item : c.scene.items()) {
        if (item->type() == AddButtonItemType && item->toolTip() == u"Add a stage"_s)
            plus = static_cast<AddButtonItem *>(item);
    }
    QVERIFY(plus);
    QVERIFY(c.view.viewport()->rect().contains(at(&c.view, plus->sceneBoundingRect().center())));
    click(&c.view, plus->sceneBoundingRect().center());

    QCOMPARE(c.doc()->stages().size(), before + 1);
    const Stage added = c.doc()->stages().last();
    QCOMPARE(added.name, u"New stage"_s);
    QCOMPARE(c.undo()->count(), 1);
    QCOMPARE(c.undo()->text(0), u"Add Stage"_s);
    StageHeaderItem *header = c.scene.stageHeader(added.id);
    QVERIFY(header);
    QCOMPARE(c.scene.mapLayout().column(added.id)->x, end);
    QCOMPARE(header->rect(), QRectF(end, 0, Stage::DefaultWidth, CanvasMetrics::StageHeaderHeight));
    QCOMPARE(layoutMismatch(c.scene), QString());

    // Straight into naming it: the editor sits on the new header, in sight.
    InlineEditor *editor = openEditor(c.scene);
    QVERIFY(editor);
    QVERIFY(c.scene.isEditingText());
    QCOMPARE(editor->toPlainText(), u"New stage"_s);
    QVERIFY(header->sceneBoundingRect().contains(editor->sceneBoundingRect()));
    // ...over the name, not over the step number left of it.
    const double badgeRight = header->rect().left() + 12
        + QFontMetricsF(c.scene.theme().smallFont).horizontalAdvance(QString::number(before + 1)) + 10;
    QVERIFY2(editor->sceneBoundingRect().left() >= badgeRight,
             qPrintable(u"editor from x %1, the step number ends at %2"_s.arg(editor->sceneBoundingRect().left()).arg(badgeRight)));
    QVERIFY(c.view.viewport()->rect().contains(c.view.mapFromScene(editor->sceneBoundingRect()).boundingRect()));
    QVERIFY(saveGrab(&c.view, u"editing-stage-name-editor.png"_s));
    QVERIFY(saveGrab(&c.view, u"editing-stage-name-editor-close.png"_s, header->sceneBoundingRect().adjusted(-60, 0, 60, 20)));

    QTest::keyClicks(&c.view, u"Aftercare"_s);
    QTest::keyClick(&c.view, Qt::Key_Return);
    settle();
    QVERIFY(!c.scene.isEditingText());
    QCOMPARE(c.doc()->stages().last().name, u"Aftercare"_s);
    QCOMPARE(c.undo()->count(), 2);
    QCOMPARE(c.undo()->text(1), u"Rename Stage"_s);

    // The "+" moved on past the new stage and is in sight for the next one.
    QVERIFY(c.view.viewport()->rect().contains(c.view.mapFromScene(plus->sceneBoundingRect()).boundingRect()));
    click(&c.view, plus->sceneBoundingRect().center());
    QCOMPARE(c.doc()->stages().size(), before + 2);
    QTest::keyClick(&c.view, Qt::Key_Escape);
    settle();
    QCOMPARE(c.doc()->stages().last().name, u"New stage"_s);
    QCOMPARE(c.undo()->count(), 3);
    c.undo()->undo();

    c.undo()->undo();
    QCOMPARE(c.doc()->stages().last().name, u"New stage"_s);
    c.undo()->undo();
    settle();
    QCOMPARE(c.doc()->stages().size(), before);
    QVERIFY(!c.scene.stageHeader(added.id));
    QCOMPARE(c.scene.mapLayout().bounds().right(), end);
    c.undo()->redo();
    c.undo()->redo();
    settle();
    QCOMPARE(c.doc()->stages().last().id, added.id);
    QCOMPARE(c.doc()->stages().last().name, u"Aftercare"_s);
    QVERIFY(c.scene.stageHeader(added.id));
    QCOMPARE(layoutMismatch(c.scene), QString());
}

void TestCanvasEditing::addCardByDoubleClick_data()
{
    QTest::addColumn<QString>("stage");
    QTest::addColumn<QString>("lane");
    QTest::addColumn<QString>("where");
    QTest::addColumn<int>("position");
    QTest::addColumn<QString>("undoText");
    QTest::newRow("empty cell") << u"First bill"_s << u"Moments of delight"_s << u"top"_s << 0 << u"Add Delight"_s;
    QTest::newRow("below a cell's cards") << u"Research online"_s << u"Touchpoints"_s << u"bottom"_s << 2
                                          << u"Add Touchpoint"_s;
    QTest::newRow("between two cards") << u"Store visit"_s << u"Touchpoints"_s << u"middle"_s << 1 << u"Add Touchpoint"_s;
}

void TestCanvasEditing::addCardByDoubleClick()
{
    QFETCH(QString, stage);
    QFETCH(QString, lane);
    QFETCH(QString, where);
    QFETCH(int, position);
    QFETCH(QString, undoText);
    Canvas c;
    QVERIFY(c.show());
    const Id stageId = stageNamed(*c.doc(), stage);
    const Id laneId = laneNamed(*c.doc(), lane);
    const QStringList before = placements(*c.doc());
    const QStringList cellBefore = titles(*c.doc(), c.doc()->cardsIn(stageId, laneId));

    doubleClick(&c.view, pointInCell(c.scene, stageId, laneId, where));
    settle();

    QCOMPARE(c.doc()->cardCount(), before.size() + 1);
    QCOMPARE(c.undo()->count(), 1);
    QCOMPARE(c.undo()->text(0), undoText);
    const QList<Id> &cell = c.doc()->cardsIn(stageId, laneId);
    QCOMPARE(cell.size(), cellBefore.size() + 1);
    const Id added = cell.at(position);
    QCOMPARE(c.doc()->card(added)->title, QString());
    QCOMPARE(layoutMismatch(c.scene), QString());

    // The title editor is open over the new card's title, in sight.
    InlineEditor *editor = openEditor(c.scene);
    QVERIFY(editor);
    const CardItem *item = c.scene.cardItem(added);
    QVERIFY(item->sceneBoundingRect().intersects(editor->sceneBoundingRect()));
    QVERIFY(c.view.viewport()->rect().contains(c.view.mapFromScene(editor->sceneBoundingRect()).boundingRect()));
    if (position == 0)
        QVERIFY(saveGrab(&c.view, u"editing-new-card-editor.png"_s));

    QTest::keyClicks(&c.view, u"Offer a callback"_s);
    QTest::keyClick(&c.view, Qt::Key_Return);
    settle();
    QCOMPARE(c.doc()->card(added)->title, u"Offer a callback"_s);
    QCOMPARE(c.undo()->count(), 2);
    QCOMPARE(c.undo()->text(1), u"Rename Card"_s);
    QCOMPARE(layoutMismatch(c.scene), QString()); // the title may take another line

    c.undo()->undo();
    c.undo()->undo();
    settle();
    QCOMPARE(placements(*c.doc()), before);
    QVERIFY(!c.scene.cardItem(added));
    QCOMPARE(layoutMismatch(c.scene), QString());
}

void TestCanvasEditing::dragCards_data()
{
    QTest::addColumn<QStringList>("cards"); // the first is dragged, the others Ctrl-clicked before
    QTest::addColumn<QString>("stage");
    QTest::addColumn<QString>("lane");
    QTest::addColumn<QString>("where");
    QTest::addColumn<QStringList>("cell"); // the target cell afterwards
    QTest::addColumn<QString>("undoText");

    const QString compares = u"Compares tariffs on three networks"_s;
    const QString asks = u"Asks his daughter which phone to get"_s;
    const QString greeter = u"Greeter with tablet queue"_s;
    QTest::newRow("reorder in its cell") << QStringList{compares} << u"Research online"_s << u"Customer actions"_s
                                         << u"bottom"_s << QStringList{asks, compares} << u"Move Card"_s;
    QTest::newRow("other lane, same stage") << QStringList{compares} << u"Research online"_s << u"Thoughts"_s << u"top"_s
                                            << QStringList{compares, u"Will the web price stand in store?"_s}
                                            << u"Move Card"_s;
    QTest::newRow("other stage") << QStringList{compares} << u"Contract and checkout"_s << u"Customer actions"_s
                                 << u"bottom"_s << QStringList{u"Chooses a 24-month plan with trade-in"_s, compares}
                                 << u"Move Card"_s;
    QTest::newRow("two cards, Ctrl-click") << QStringList{greeter, compares} << u"First bill"_s << u"Moments of delight"_s
                                           << u"top"_s << QStringList{compares, greeter} << u"Move 2 Cards"_s;
    QTest::newRow("two cards between two") << QStringList{compares, asks} << u"Store visit"_s << u"Touchpoints"_s
                                           << u"middle"_s
                                           << QStringList{greeter, compares, asks, u"Demo handsets on the display wall"_s}
                                           << u"Move 2 Cards"_s;
}

void TestCanvasEditing::dragCards()
{
    QFETCH(QStringList, cards);
    QFETCH(QString, stage);
    QFETCH(QString, lane);
    QFETCH(QString, where);
    QFETCH(QStringList, cell);
    QFETCH(QString, undoText);
    Canvas c;
    QVERIFY(c.show());
    QList<Id> ids;
    for (const QString &title : std::as_const(cards))
        ids.append(cardTitled(*c.doc(), title));
    QVERIFY(!ids.contains(0));
    const Id stageId = stageNamed(*c.doc(), stage);
    const Id laneId = laneNamed(*c.doc(), lane);
    const QStringList placesBefore = placements(*c.doc());
    const QStringList rectsBefore = itemRects(c.scene);

    click(&c.view, cardItemRect(c.scene.cardItem(ids.first())).center());
    for (qsizetype i = 1; i < ids.size(); ++i)
        click(&c.view, cardItemRect(c.scene.cardItem(ids.at(i))).center(), Qt::ControlModifier);
    QCOMPARE(c.scene.selectedItems().size(), ids.size());

    // The dragged cards follow the pointer; a marker shows where they would land.
    const QPointF from = cardItemRect(c.scene.cardItem(ids.first())).center();
    QList<Id> staying = c.doc()->cardsIn(stageId, laneId);
    staying.removeIf([&ids](Id id) { return ids.contains(id); });
    const QPointF to = pointInCell(c.scene, stageId, laneId, where);
    drag(&c.view, from, to, false);
    QVERIFY(c.scene.cardDrag()->isActive());
    for (const Id id : std::as_const(ids))
        QCOMPARE(c.scene.cardItem(id)->zValue(), ZOrder::DraggedCard);
    QVERIFY(qAbs(cardItemRect(c.scene.cardItem(ids.first())).center().x() - to.x()) <= 1);
    const QGraphicsRectItem *marker = cardDropMarker(c.scene);
    QVERIFY(marker && marker->isVisible());
    QVERIFY(c.scene.mapLayout().cellRect(stageId, laneId).contains(marker->rect()));
    int index = int(cell.size());
    for (const QString &title : std::as_const(cards))
        index = std::min(index, int(cell.indexOf(title)));
    const double markerY = c.scene.mapLayout().insertionY(stageId, laneId, staying, index);
    QCOMPARE(marker->rect().center().y(), markerY);
    QVERIFY(saveGrab(&c.view, u"editing-drag-%1.png"_s.arg(QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-').remove(u','))));
    QCOMPARE(c.undo()->count(), 0);

    release(&c.view, to);
    settle();
    QVERIFY(!c.scene.cardDrag()->isActive());
    QVERIFY(!cardDropMarker(c.scene));
    QCOMPARE(titles(*c.doc(), c.doc()->cardsIn(stageId, laneId)), cell);
    QCOMPARE(c.undo()->count(), 1);
    QCOMPARE(c.undo()->text(0), undoText);
    QCOMPARE(layoutMismatch(c.scene), QString());
    for (const Id id : std::as_const(ids)) {
        QCOMPARE(c.scene.cardItem(id)->zValue(), ZOrder::Card);
        QCOMPARE(c.scene.cardItem(id)->opacity(), 1.0);
        QVERIFY(c.scene.cardItem(id)->isSelected());
    }
    const QStringList placesAfter = placements(*c.doc());
    const QStringList rectsAfter = itemRects(c.scene);

    c.undo()->undo();
    settle();
    QCOMPARE(placements(*c.doc()), placesBefore);
    QCOMPARE(itemRects(c.scene), rectsBefore);
    c.undo()->redo();
    settle();
    QCOMPARE(placements(*c.doc()), placesAfter);
    QCOMPARE(itemRects(c.scene), rectsAfter);
}

void TestCanvasEditing::escapeCancelsDrag()
{
    Canvas c;
    QVERIFY(c.show());
    const Id card = cardTitled(*c.doc(), u"Compares tariffs on three networks"_s);
    const QStringList placesBefore = placements(*c.doc());
    const QStringList rectsBefore = itemRects(c.scene);
    const Id stage = stageNamed(*c.doc(), u"Store visit"_s);
    const Id lane = laneNamed(*c.doc(), u"Touchpoints"_s);
    const QPointF to = pointInCell(c.scene, stage, lane, u"top"_s);

    drag(&c.view, cardItemRect(c.scene.cardItem(card)).center(), to, false);
    QVERIFY(c.scene.cardDrag()->isActive());
    QVERIFY(itemRects(c.scene) != rectsBefore);
    QTest::keyClick(&c.view, Qt::Key_Escape);
    settle();
    QVERIFY(!c.scene.cardDrag()->isActive());
    QVERIFY(!cardDropMarker(c.scene));
    QCOMPARE(itemRects(c.scene), rectsBefore);
    QCOMPARE(c.scene.cardItem(card)->zValue(), ZOrder::Card);

    // Moving on and letting go after Escape does nothing either.
    moveTo(&c.view, to + QPointF(0, 20));
    release(&c.view, to + QPointF(0, 20));
    settle();
    QCOMPARE(c.undo()->count(), 0);
    QCOMPARE(placements(*c.doc()), placesBefore);
    QCOMPARE(itemRects(c.scene), rectsBefore);
}

void TestCanvasEditing::dropOutsideCellsIsRefused_data()
{
    QTest::addColumn<QString>("target");
    QTest::newRow("emotion curve lane") << u"emotion"_s;
    QTest::newRow("stage header") << u"stage header"_s;
    QTest::newRow("lane header") << u"lane header"_s;
}

void TestCanvasEditing::dropOutsideCellsIsRefused()
{
    QFETCH(QString, target);
    Canvas c;
    QVERIFY(c.show());
    const Id card = cardTitled(*c.doc(), u"Walks in on Saturday at 11:00"_s);
    const QStringList placesBefore = placements(*c.doc());
    const QStringList rectsBefore = itemRects(c.scene);
    const MapLayout &layout = c.scene.mapLayout();
    const Id stage = stageNamed(*c.doc(), u"Contract and checkout"_s);
    QPointF to;
    if (target == u"emotion"_s) {
        const QRectF cell = layout.cellRect(stage, laneNamed(*c.doc(), u"Emotion curve"_s));
        to = QPointF(cell.left() + 30, cell.center().y()); // clear of the points
    } else if (target == u"stage header"_s) {
        to = layout.stageHeaderRect(stage).center();
    } else {
        to = layout.laneHeaderRect(laneNamed(*c.doc(), u"Thoughts"_s)).center();
    }

    drag(&c.view, cardItemRect(c.scene.cardItem(card)).center(), to, false);
    QVERIFY(c.scene.cardDrag()->isActive());
    const QGraphicsRectItem *marker = cardDropMarker(c.scene);
    QVERIFY(marker);
    QVERIFY(!marker->isVisible());
    release(&c.view, to);
    settle();
    QCOMPARE(c.undo()->count(), 0);
    QCOMPARE(placements(*c.doc()), placesBefore);
    QCOMPARE(itemRects(c.scene), rectsBefore);
}

void TestCanvasEditing::reorderStages_data()
{
    QTest::addColumn<int>("from");
    QTest::addColumn<int>("to");
    QTest::newRow("first to third") << 0 << 2;
    QTest::newRow("fourth to first") << 3 << 0;
    QTest::newRow("third to fourth") << 2 << 3;
    QTest::newRow("second, dropped in place") << 1 << 1;
}

void TestCanvasEditing::reorderStages()
{
    QFETCH(int, from);
    QFETCH(int, to);
    Canvas c;
    QVERIFY(c.show());
    const QStringList before = stageNames(*c.doc());
    QStringList expected = before;
    expected.move(from, to);
    QList<std::pair<double, double>> spans;
    for (const MapLayout::Column &column : c.scene.mapLayout().columns())
        spans.append({column.x, column.width});
    const int boundary = to > from ? to + 1 : to;
    const StageHeaderItem *header = c.scene.stageHeader(c.doc()->stages().at(from).id);
    const QPointF start = header->rect().center();
    const QPointF end(to == from ? start.x() + 40 : boundaryPoint(spans, boundary), start.y());
    QVERIFY(c.view.viewport()->rect().contains(at(&c.view, end)));

    drag(&c.view, start, end, false);
    const auto *marker = qgraphicsitem_cast<QGraphicsLineItem *>(itemOf(c.scene, QGraphicsLineItem::Type));
    QVERIFY(marker);
    const int shown = c.scene.mapLayout().columnBoundaryAt(end.x());
    QCOMPARE(marker->line().x1(), shown < spans.size() ? spans.at(shown).first : spans.last().first + spans.last().second);
    QCOMPARE(header->transform().dx(), end.x() - start.x());
    release(&c.view, end);
    settle();

    QCOMPARE(stageNames(*c.doc()), expected);
    QCOMPARE(c.undo()->count(), to == from ? 0 : 1);
    if (to != from)
        QCOMPARE(c.undo()->text(0), u"Move Stage"_s);
    QVERIFY(header->transform().isIdentity());
    QVERIFY(!itemOf(c.scene, QGraphicsLineItem::Type));
    QCOMPARE(layoutMismatch(c.scene), QString());
    if (to != from) {
        c.undo()->undo();
        settle();
        QCOMPARE(stageNames(*c.doc()), before);
        QCOMPARE(layoutMismatch(c.scene), QString());
    }
}

void TestCanvasEditing::reorderLanes_data()
{
    QTest::addColumn<int>("from");
    QTest::addColumn<int>("to");
    QTest::newRow("first to third") << 0 << 2;
    QTest::newRow("pain points to second") << 4 << 1;
    QTest::newRow("emotion curve to first") << 3 << 0;
    QTest::newRow("touchpoints, dropped in place") << 1 << 1;
}

void TestCanvasEditing::reorderLanes()
{
    QFETCH(int, from);
    QFETCH(int, to);
    Canvas c;
    QVERIFY(c.show());
    const QStringList before = laneNames(*c.doc());
    QStringList expected = before;
    expected.move(from, to);
    QList<std::pair<double, double>> spans;
    for (const MapLayout::Row &row : c.scene.mapLayout().rows())
        spans.append({row.y, row.height});
    const int boundary = to > from ? to + 1 : to;
    const LaneHeaderItem *header = c.scene.laneHeader(c.doc()->lanes().at(from).id);
    const QPointF start = header->rect().center();
    const QPointF end(start.x(), to == from ? start.y() + 30 : boundaryPoint(spans, boundary));
    QVERIFY(c.view.viewport()->rect().contains(at(&c.view, end)));

    drag(&c.view, start, end);
    settle();
    QCOMPARE(laneNames(*c.doc()), expected);
    QCOMPARE(c.undo()->count(), to == from ? 0 : 1);
    if (to != from)
        QCOMPARE(c.undo()->text(0), u"Move Lane"_s);
    QVERIFY(header->transform().isIdentity());
    QCOMPARE(layoutMismatch(c.scene), QString());
    if (to != from) {
        c.undo()->undo();
        settle();
        QCOMPARE(laneNames(*c.doc()), before);
        QCOMPARE(layoutMismatch(c.scene), QString());
    }
}

void TestCanvasEditing::resizeStage_data()
{
    QTest::addColumn<int>("stage");
    QTest::addColumn<double>("dx");
    QTest::addColumn<double>("width");
    QTest::newRow("wider") << 0 << 120.0 << 400.0;
    QTest::newRow("narrower") << 2 << -40.0 << 280.0;
    QTest::newRow("to the minimum") << 1 << -200.0 << Stage::MinWidth;
    QTest::newRow("grabbed, not moved") << 3 << 0.0 << 280.0;
}

void TestCanvasEditing::resizeStage()
{
    QFETCH(int, stage);
    QFETCH(double, dx);
    QFETCH(double, width);
    Canvas c;
    QVERIFY(c.show());
    const Stage before = c.doc()->stages().at(stage);
    const QStringList rectsBefore = itemRects(c.scene);
    const StageHeaderItem *header = c.scene.stageHeader(before.id);
    const double right = header->rect().right();
    const QPointF start(right - 3, header->rect().center().y()); // inside the grip, not on the edge
    const QPointF end = start + QPointF(dx, 0);

    press(&c.view, start);
    for (int i = 1; i <= 4; ++i)
        moveTo(&c.view, start + QPointF(dx * i / 4, 0));
    // While dragging, the canvas shows the new width; the document has not changed yet.
    QCOMPARE(header->rect().width(), width);
    QCOMPARE(c.scene.mapLayout().column(before.id)->width, width);
    QCOMPARE(c.doc()->stage(before.id)->width, before.width);
    for (const Id card : c.doc()->cardsOfStage(before.id))
        QCOMPARE(cardItemRect(c.scene.cardItem(card)).width(), width - 2 * CanvasMetrics::CellPadding);
    release(&c.view, end);
    settle();

    QCOMPARE(c.doc()->stage(before.id)->width, width);
    QCOMPARE(c.undo()->count(), width == before.width ? 0 : 1);
    QCOMPARE(layoutMismatch(c.scene), QString());
    QCOMPARE(header->rect().width(), width);
    if (width == before.width)
        return;
    QCOMPARE(c.undo()->text(0), u"Resize Stage"_s);
    c.undo()->undo();
    settle();
    QCOMPARE(c.doc()->stage(before.id)->width, before.width);
    QCOMPARE(itemRects(c.scene), rectsBefore);
    QCOMPARE(layoutMismatch(c.scene), QString());
}

void TestCanvasEditing::deleteCardWithKey()
{
    Window w;
    QVERIFY(w.open());
    MapScene *scene = w.scene();
    MapView *view = w.view();
    Document *doc = w.doc();
    const QStringList before = placements(*doc);
    const Id card = cardTitled(*doc, u"Greeter with tablet queue"_s);
    const Id next = cardTitled(*doc, u"Demo handsets on the display wall"_s);

    click(view, cardItemRect(scene->cardItem(card)).center());
    QCOMPARE(w.selection()->ids(Entity::Card), QList<Id>{card});
    QTest::keyClick(view, Qt::Key_Delete);
    settle();
    QVERIFY(!doc->card(card));
    QVERIFY(!scene->cardItem(card));
    QCOMPARE(doc->card(next)->position, 0);
    QCOMPARE(w.undo()->count(), 1);
    QCOMPARE(w.undo()->text(0), u"Delete Card"_s);
    QCOMPARE(layoutMismatch(*scene), QString());
    w.undo()->undo();
    settle();
    QCOMPARE(placements(*doc), before);
    QCOMPARE(layoutMismatch(*scene), QString());
}

void TestCanvasEditing::deleteStageAsks_data()
{
    QTest::addColumn<QString>("stage"); // empty: a new, empty stage
    QTest::addColumn<QString>("answer");
    QTest::addColumn<bool>("deleted");
    QTest::newRow("cancelled") << u"Research online"_s << u"Cancel"_s << false;
    QTest::newRow("confirmed") << u"Research online"_s << u"Delete"_s << true;
    QTest::newRow("empty stage, no question") << QString() << QString() << true;
}

void TestCanvasEditing::deleteStageAsks()
{
    QFETCH(QString, stage);
    QFETCH(QString, answer);
    QFETCH(bool, deleted);
    Window w;
    QVERIFY(w.open());
    MapScene *scene = w.scene();
    MapView *view = w.view();
    Document *doc = w.doc();
    QUndoStack *undo = w.undo();
    if (stage.isEmpty()) {
        w.editor()->addStage(0);
        QTest::keyClick(view, Qt::Key_Escape); // keeps the name "New stage"
        settle();
        stage = doc->stages().first().name;
    }
    const Id id = stageNamed(*doc, stage);
    const qsizetype cards = doc->cardsOfStage(id).size();
    const QStringList before = placements(*doc);
    const int steps = undo->count();

    click(view, scene->stageHeader(id)->rect().center());
    QCOMPARE(w.selection()->ids(Entity::Stage), QList<Id>{id});
    QString question;
    if (!answer.isEmpty())
        answerNextDialog(answer, &question);
    QTest::keyClick(view, Qt::Key_Delete);
    settle();

    if (answer.isEmpty()) {
        QCOMPARE(question, QString());
    } else {
        QVERIFY2(question.contains(stage), qPrintable(question));
        QVERIFY2(question.contains(QString::number(cards)), qPrintable(question));
    }
    QCOMPARE(!doc->stage(id), deleted);
    QCOMPARE(!scene->stageHeader(id), deleted);
    QCOMPARE(undo->count(), steps + (deleted ? 1 : 0));
    QCOMPARE(layoutMismatch(*scene), QString());
    if (!deleted) {
        QCOMPARE(placements(*doc), before);
        return;
    }
    QCOMPARE(undo->text(steps), u"Delete Stage"_s);
    QCOMPARE(doc->cardCount(), before.size() - cards);
    undo->undo();
    settle();
    QCOMPARE(placements(*doc), before);
    QCOMPARE(layoutMismatch(*scene), QString());
}

QTEST_MAIN(TestCanvasEditing)
#include "tst_canvasediting.moc"
