// What the canvas draws at each zoom: at the zoom "fit" picks for the windows people use, every
// card's title is drawn in type of at least 7 px (not grey bars); far out, the shape of the
// text. And a long card clamped on the canvas shows all its text while hovered or selected,
// over the cards below it, without moving them.

#include "canvasinput.h"

#include "canvas/cardface.h"


using namespace Waymark;
using namespace Waymark::CanvasInput;

namespace {

QString firstWords(const QString &title, int count)
{
    return title.section(u' ', 0, count - 1);
}

} // namespace

class TestCanvasDetail : public QObject
{
    Q_OBJECT

private slots:
    void fitZoomDrawsTitles_data();
    void fitZoomDrawsTitles();
    void farOutShowsTheShapeOfText();
    void longCardExpandsOnHoverAndSelection();
};

void TestCanvasDetail::fitZoomDrawsTitles_data()
{
    QTest::addColumn<QString>("templateName");
    QTest::addColumn<QSize>("canvas");
    // The canvas of a 1600×1000 window with the outline and the inspector open, and of a
    // 1024×700 one.
    for (const char *name : {"phone-store", "saas-onboarding", "bagel-shop"}) {
        QTest::addRow("%s 1600x1000", name) << QString::fromLatin1(name) << QSize(1080, 860);
        QTest::addRow("%s 1024x700", name) << QString::fromLatin1(name) << QSize(620, 560);
    }
}

void TestCanvasDetail::fitZoomDrawsTitles()
{
    QFETCH(QString, templateName);
    QFETCH(QSize, canvas);
    Canvas c(templateName, canvas);
    QVERIFY(c.show());
    c.view.zoomToFit();
    settle();
    const double zoom = c.view.zoom();
    QVERIFY2(zoom < CardFace::FullDetail, qPrintable(u"fit is %1: the overview is what this tests"_s.arg(zoom)));
    int cards = 0;
    int whole = 0;
    for (const Stage &stage : c.doc()->stages()) {
        for (const Id id : c.doc()->cardsOfStage(stage.id)) {
            CardItem *item = c.scene.cardItem(id);
            if (!item || !item->isVisible())
                continue;
            ++cards;
            // Large enough to read on screen...
            const double pixels = CardFace::titlePixelsAt(zoom, item->rect().size(), c.scene.theme()) * zoom;
            QVERIFY2(pixels >= CardFace::MinTitlePixels,
                     qPrintable(u"\"%1\": %2 px at %3 %"_s.arg(c.doc()->card(id)->title).arg(pixels).arg(zoom * 100)));
            // ...and really drawn as words, at the scale the view shows the card.
            // (Its first word whole, at least: a long title is cut with an ellipsis at the end.)
            const QString drawn = wordsDrawn(c.scene, item->sceneBoundingRect(), zoom);
            const QString title = c.doc()->card(id)->title;
            QVERIFY2(drawn.startsWith(firstWords(title, 1) + u' ') || drawn.startsWith(title)
                         || (drawn.startsWith(title.left(5)) && drawn.contains(u"\u2026"_s)),
                     qPrintable(u"\"%1\" drew \"%2\""_s.arg(title, drawn)));
            // Broken between words only: each word drawn is the title's, or its start and "…".
            const QStringList words = drawn.split(u' ', Qt::SkipEmptyParts);
            const QStringList titleWords = title.split(u' ', Qt::SkipEmptyParts);
            for (int i = 0; i < words.size(); ++i) {
                const bool cut = words[i].endsWith(u"\u2026"_s);
                const QString word = cut ? words[i].chopped(1) : words[i];
                QVERIFY2(i < titleWords.size() && (cut ? titleWords[i].startsWith(word) : titleWords[i] == word),
                         qPrintable(u"\"%1\" drew \"%2\""_s.arg(title, drawn)));
            }
            whole += drawn.trimmed() == title;
        }
    }
    QVERIFY(cards > 10);
    // In the larger window most titles whole: the type is only as large as leaves them room.
    // (A 620 px canvas holds seven stages at about 80 px each: there, the start of each.)
    if (canvas.width() > 1000)
        QVERIFY2(whole * 2 > cards, qPrintable(u"%1 of %2 titles whole"_s.arg(whole).arg(cards)));
    QVERIFY(saveGrab(&c.view, u"canvas-fit-%1-%2x%3.png"_s.arg(templateName).arg(canvas.width()).arg(canvas.height())));
}

void TestCanvasDetail::farOutShowsTheShapeOfText()
{
    Canvas c(u"phone-store"_s, {900, 700});
    QVERIFY(c.show());
    const Id id = cardTitled(*c.doc(), u"Handset and tariff pages"_s);
    CardItem *item = c.scene.cardItem(id);
    QVERIFY(item);
    // At 10 % a title could not be 7 px tall inside the card: no words, only their shape.
    QCOMPARE(CardFace::titlePixelsAt(0.1, item->rect().size(), c.scene.theme()), 0.0);
    QVERIFY(!wordsDrawn(c.scene, item->sceneBoundingRect(), 0.1).contains(u"Handset"_s));
    // At 100 % the whole face: the kind, the title, the description.
    const QString full = wordsDrawn(c.scene, item->sceneBoundingRect(), 1.0);
    QVERIFY2(full.contains(u"Handset and tariff pages"_s) && full.contains(u"WEB"_s), qPrintable(full));
    QVERIFY(full.contains(firstWords(c.doc()->card(id)->description, 3)));
}

void TestCanvasDetail::longCardExpandsOnHoverAndSelection()
{
    Canvas c(u"phone-store"_s, {1500, 1100});
    const Id id = cardTitled(*c.doc(), u"Handset and tariff pages"_s);
    const QString description = u"A long account of what customers do on these pages: "_s.repeated(8).trimmed();
    c.doc()->setValue(fieldRef(id, CardField::Description), description);
    QVERIFY(c.show());
    settle();
    CardItem *item = c.scene.cardItem(id);
    const Id below = c.doc()->cardsIn(c.doc()->card(id)->stage, c.doc()->card(id)->lane).value(1);
    QVERIFY(below);
    const QRectF slot = cardItemRect(item);
    const QRectF belowSlot = cardItemRect(c.scene.cardItem(below));
    QVERIFY(!item->isExpanded());
    // Clamped: two lines of description, the rest elided.
    QVERIFY(!wordsDrawn(c.scene, item->sceneBoundingRect(), 1.0).contains(description));

    // Hovered: all of it, over the card below, which stays where it was.
    QTest::mouseMove(c.view.viewport(), at(&c.view, slot.center()));
    settle();
    QVERIFY(item->isExpanded());
    QVERIFY(item->shownRect().height() > slot.height() + 40);
    QVERIFY(item->zValue() > c.scene.cardItem(below)->zValue());
    QCOMPARE(cardItemRect(c.scene.cardItem(below)), belowSlot);
    QCOMPARE(cardItemRect(item), slot);
    QVERIFY(wordsDrawn(c.scene, item->sceneBoundingRect(), 1.0).contains(description));
    QVERIFY(saveGrab(&c.view, u"card-expanded-on-hover.png"_s, item->sceneBoundingRect().adjusted(-40, -40, 340, 40)));

    // Away: clamped again.
    QTest::mouseMove(c.view.viewport(), at(&c.view, QPointF(slot.right() + 400, slot.bottom() + 600)));
    settle();
    QVERIFY(!item->isExpanded());

    // Selected (and so the current card): all of it until something else is.
    click(&c.view, slot.center());
    QTest::mouseMove(c.view.viewport(), at(&c.view, QPointF(slot.right() + 400, slot.bottom() + 600)));
    settle();
    QVERIFY(item->isSelected());
    QVERIFY(item->isExpanded());
    click(&c.view, c.scene.cardItem(cardTitled(*c.doc(), u"Greeter with tablet queue"_s))->sceneBoundingRect().center());
    settle();
    QVERIFY(!item->isExpanded());
    QCOMPARE(layoutMismatch(c.scene), QString());
}

QTEST_MAIN(TestCanvasDetail)
#include "tst_canvasdetail.moc"
