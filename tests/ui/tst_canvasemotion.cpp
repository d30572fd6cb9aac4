// The emotion curve on the canvas: dragging a point snaps its score to whole steps within
// -5..+5 and is one undo step however many moves it took; a double-click on an empty spot
// adds a point; the painted curve goes through the points and never swings past them.

#include "canvasinput.h"

#include "canvas/emotionlaneitem.h"
#include "canvas/emotionpointitem.h"
#include "canvas/emotionscale.h"
#include "commands/addcommand.h"

#include <QImage>
#include <QPainter>

using namespace Qt::StringLiterals;
using namespace Waymark;
using namespace Waymark::CanvasInput;

namespace {

// Scene pixels between two neighbouring scores.
double stepOf(const EmotionLaneItem *lane)
{
    return (lane->rect().height() - 2 * EmotionScale::Margin) / 10;
}

int colourDistance(QRgb a, const QColor &b)
{
    return std::abs(qRed(a) - b.red()) + std::abs(qGreen(a) - b.green()) + std::abs(qBlue(a) - b.blue());
}

// Whether the image has a pixel of `colour` within `radius` of `at`.
bool hasColourNear(const QImage &image, const QPoint &at, const QColor &colour, int radius)
{
    for (int y = at.y() - radius; y <= at.y() + radius; ++y) {
        for (int x = at.x() - radius; x <= at.x() + radius; ++x) {
            if (image.rect().contains(x, y) && colourDistance(image.pixel(x, y), colour) < 60)
                return true;
        }
    }
    return false;
}

} // namespace

class TestCanvasEmotion : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void dragPoint_data();
    void dragPoint();
    void twoDragsAreTwoSteps();
    void doubleClickAddsPoint_data();
    void doubleClickAddsPoint();
    void curvePassesThroughPoints();
};

void TestCanvasEmotion::initTestCase()
{
    QCoreApplication::setOrganizationName(u"WaymarkTests"_s);
    QCoreApplication::setApplicationName(u"tst_canvasemotion"_s);
}

void TestCanvasEmotion::dragPoint_data()
{
    QTest::addColumn<int>("persona");
    QTest::addColumn<QString>("stage");
    QTest::addColumn<QList<double>>("moves"); // where the pointer goes, in score steps from the press
    QTest::addColumn<int>("score");
    QTest::addColumn<int>("steps");
    // Priya: +2 -2 0 -2 -4 -2 +2; Graham: 0 +3 -1 +4 -3 -3 -1.
    QTest::newRow("up 2") << 0 << u"Store visit"_s << QList<double>{-0.6, -1.2, -2} << 0 << 1;
    QTest::newRow("down 3") << 1 << u"Store visit"_s << QList<double>{1, 2, 3} << 0 << 1;
    QTest::newRow("down 3, in small moves") << 1 << u"Contract and checkout"_s
                                            << QList<double>{0.2, 0.4, 0.6, 0.8, 1, 1.2, 1.4, 1.6, 1.8, 2, 2.2, 2.4, 2.6, 2.8, 3}
                                            << -4 << 1;
    QTest::newRow("up to the top clamp") << 0 << u"Research online"_s << QList<double>{-1, -2, -3} << 5 << 1;
    QTest::newRow("past the top") << 1 << u"Setup and number transfer"_s << QList<double>{-1, -4, -9} << 5 << 1;
    QTest::newRow("beyond the bottom clamp") << 0 << u"First bill"_s << QList<double>{2, 8, 15} << -5 << 1;
    QTest::newRow("up and back") << 0 << u"Contract and checkout"_s << QList<double>{-1, -2, -1, 0} << 0 << 0;
    QTest::newRow("less than half a step") << 1 << u"Research online"_s << QList<double>{0.3, 0.45} << 0 << 0;
}

void TestCanvasEmotion::dragPoint()
{
    QFETCH(int, persona);
    QFETCH(QString, stage);
    QFETCH(QList<double>, moves);
    QFETCH(int, score);
    QFETCH(int, steps);
    Canvas c;
    QVERIFY(c.show());
    const Id personaId = c.doc()->personas().at(persona).id;
    const Id stageId = stageNamed(*c.doc(), stage);
    const int before = c.doc()->emotionPoint(personaId, stageId)->score;
    const QString note = c.doc()->emotionPoint(personaId, stageId)->note;
    EmotionLaneItem *lane = c.scene.emotionLane(laneNamed(*c.doc(), u"Emotion curve"_s));
    QVERIFY(lane);
    EmotionPointItem *point = lane->pointItem(personaId, stageId);
    QVERIFY(point);
    const QPointF start = point->scenePos();
    QCOMPARE(start, lane->pointPosition(personaId, stageId, before));
    QCOMPARE(c.scene.itemAt(start, c.view.transform()), static_cast<QGraphicsItem *>(point));

    press(&c.view, start);
    for (const double move : std::as_const(moves)) {
        moveTo(&c.view, start + QPointF(0, move * stepOf(lane)));
        // The point follows the pointer, snapped to whole scores.
        const int shown = c.doc()->emotionPoint(personaId, stageId)->score;
        QCOMPARE(shown, std::clamp(before - int(std::round(move)), -5, 5));
        QCOMPARE(point->scenePos(), lane->pointPosition(personaId, stageId, shown));
    }
    if (QTest::currentDataTag() == QByteArrayLiteral("beyond the bottom clamp"))
        QVERIFY(saveGrab(&c.view, u"emotion-drag.png"_s, lane->sceneBoundingRect()));
    release(&c.view, start + QPointF(0, moves.last() * stepOf(lane)));
    settle();

    QCOMPARE(c.doc()->emotionPoint(personaId, stageId)->score, score);
    QCOMPARE(c.doc()->emotionPoint(personaId, stageId)->note, note); // dragging keeps the note
    QCOMPARE(point->scenePos(), lane->pointPosition(personaId, stageId, score));
    QCOMPARE(c.undo()->count(), steps);
    if (!steps)
        return;
    QCOMPARE(c.undo()->text(0), u"Change Emotion"_s);
    c.undo()->undo();
    settle();
    QCOMPARE(c.doc()->emotionPoint(personaId, stageId)->score, before);
    QCOMPARE(point->scenePos(), start);
    c.undo()->redo();
    settle();
    QCOMPARE(c.doc()->emotionPoint(personaId, stageId)->score, score);
    QCOMPARE(point->scenePos(), lane->pointPosition(personaId, stageId, score));
}

void TestCanvasEmotion::twoDragsAreTwoSteps()
{
    Canvas c;
    QVERIFY(c.show());
    const Id priya = c.doc()->personas().first().id;
    const Id stage = stageNamed(*c.doc(), u"Support contact"_s);
    const EmotionPoint before = *c.doc()->emotionPoint(priya, stage);
    EmotionLaneItem *lane = c.scene.emotionLane(laneNamed(*c.doc(), u"Emotion curve"_s));
    const EmotionPointItem *point = lane->pointItem(priya, stage);
    const double step = stepOf(lane);

    drag(&c.view, point->scenePos(), point->scenePos() + QPointF(0, -step));
    drag(&c.view, point->scenePos(), point->scenePos() + QPointF(0, -2 * step));
    settle();
    QCOMPARE(c.doc()->emotionPoint(priya, stage)->score, before.score + 3);
    QCOMPARE(c.undo()->count(), 2);
    c.undo()->undo();
    settle();
    QCOMPARE(c.doc()->emotionPoint(priya, stage)->score, before.score + 1);
    QCOMPARE(point->scenePos(), lane->pointPosition(priya, stage, before.score + 1));
    c.undo()->undo();
    QCOMPARE(*c.doc()->emotionPoint(priya, stage), before); // the note too
}

void TestCanvasEmotion::doubleClickAddsPoint_data()
{
    QTest::addColumn<bool>("clickedBefore");
    QTest::newRow("first thing done") << false;
    QTest::newRow("after clicking a card") << true;
}

void TestCanvasEmotion::doubleClickAddsPoint()
{
    QFETCH(bool, clickedBefore);
    Canvas c;
    QVERIFY(c.show());
    Stage added;
    added.name = u"Waiting for delivery"_s;
    auto *command = new AddStageCommand(c.doc(), 1, added);
    c.session.push(command);
    const Id stage = command->addedId();
    settle();
    const int steps = c.undo()->count();
    const Id priya = c.doc()->personas().at(0).id;
    const Id graham = c.doc()->personas().at(1).id;
    EmotionLaneItem *lane = c.scene.emotionLane(laneNamed(*c.doc(), u"Emotion curve"_s));
    const double x = c.scene.mapLayout().column(stage)->x + 40; // clear of where the points go
    if (clickedBefore)
        click(&c.view, cardItemRect(c.scene.cardItem(cardTitled(*c.doc(), u"Walks in on Saturday at 11:00"_s))).center());

    // The first persona without a point there gets one, at the score under the pointer.
    doubleClick(&c.view, QPointF(x, EmotionScale::yOf(3, lane->rect().top(), lane->rect().height()) + 4));
    settle();
    QVERIFY(c.doc()->emotionPoint(priya, stage));
    QCOMPARE(c.doc()->emotionPoint(priya, stage)->score, 3);
    QVERIFY(!c.doc()->emotionPoint(graham, stage));
    QCOMPARE(c.undo()->count(), steps + 1);
    QCOMPARE(c.undo()->text(steps), u"Change Emotion"_s);
    const EmotionPointItem *point = lane->pointItem(priya, stage);
    QVERIFY(point);
    QCOMPARE(point->scenePos(), lane->pointPosition(priya, stage, 3));
    QVERIFY(point->isVisible());

    doubleClick(&c.view, QPointF(x, EmotionScale::yOf(-2, lane->rect().top(), lane->rect().height()) - 3));
    settle();
    QVERIFY(c.doc()->emotionPoint(graham, stage));
    QCOMPARE(c.doc()->emotionPoint(graham, stage)->score, -2);
    QCOMPARE(c.doc()->emotionPoint(priya, stage)->score, 3);
    QCOMPARE(c.undo()->count(), steps + 2);

    c.undo()->undo();
    c.undo()->undo();
    settle();
    QVERIFY(!c.doc()->emotionPoint(priya, stage));
    QVERIFY(!lane->pointItem(priya, stage));
}

void TestCanvasEmotion::curvePassesThroughPoints()
{
    Canvas c;
    QVERIFY(c.show());
    EmotionLaneItem *lane = c.scene.emotionLane(laneNamed(*c.doc(), u"Emotion curve"_s));
    const Id priya = c.doc()->personas().at(0).id;
    const Id moved = stageNamed(*c.doc(), u"Store visit"_s);
    // After a drag the curve follows the point's new place.
    const EmotionPointItem *point = lane->pointItem(priya, moved);
    drag(&c.view, point->scenePos(), point->scenePos() + QPointF(0, 4 * stepOf(lane)));
    settle();
    QCOMPARE(c.doc()->emotionPoint(priya, moved)->score, -5);

    // The curve alone, without the points drawn over it.
    const QRectF area = lane->rect();
    for (const Persona &persona : c.doc()->personas()) {
        for (const Stage &stage : c.doc()->stages())
            lane->pointItem(persona.id, stage.id)->setVisible(false);
    }
    QImage image(area.size().toSize(), QImage::Format_RGB32);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        c.scene.render(&painter, QRectF(image.rect()), area);
    }
    image.save(Test::artifactPath(u"emotion-curve-alone.png"_s));

    for (const Persona &persona : c.doc()->personas()) {
        const QColor colour = c.doc()->personaColor(persona.id);
        const QList<EmotionPoint> points = c.doc()->emotionPointsOf(persona.id);
        QPointF previous;
        for (const EmotionPoint &emotion : points) {
            const QPointF at = lane->pointPosition(persona.id, emotion.stage, emotion.score);
            QVERIFY(at.x() > previous.x()); // left to right in stage order
            QVERIFY2(hasColourNear(image, (at - area.topLeft()).toPoint(), colour, 2),
                     qPrintable(u"%1's curve misses the point at %2"_s.arg(persona.name).arg(emotion.stage)));
            if (!previous.isNull()) {
                // Between two points it stays between their heights: no swing past either.
                const int x = int((previous.x() + at.x()) / 2 - area.left());
                const double low = std::min(previous.y(), at.y()) - area.top() - 3;
                const double high = std::max(previous.y(), at.y()) - area.top() + 3;
                bool found = false;
                for (int y = 0; y < image.height(); ++y) {
                    if (colourDistance(image.pixel(x, y), colour) < 60) {
                        found = true;
                        QVERIFY2(y >= low && y <= high, qPrintable(u"%1's curve at y %2 between %3 and %4"_s.arg(persona.name)
                                                                       .arg(y).arg(low).arg(high)));
                    }
                }
                QVERIFY2(found, qPrintable(u"no curve of %1 between two points"_s.arg(persona.name)));
            }
            previous = at;
        }
    }
}

QTEST_MAIN(TestCanvasEmotion)
#include "tst_canvasemotion.moc"
