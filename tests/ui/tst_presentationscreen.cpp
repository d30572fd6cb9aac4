// The presentation in a real full-screen window on a 1920 × 1080 display (xvfb-run), as the
// room sees it on the projector: F5, the first stage slide, a screenshot of the screen itself
// (saved as a test artifact; docs/workshop-stage.png is one), and the card titles measured in
// that screenshot's pixels.

#include "canvasinput.h"

#include "mainwindow/outputactions.h"
#include "presentation/presentationwindow.h"
#include "slides/slidestyle.h"
#include "slides/slidewidget.h"

#include <QScreen>

using namespace Qt::StringLiterals;
using namespace Waymark;
using namespace Waymark::CanvasInput;

class TestPresentationScreen : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void stageSlideOnTheScreen_data();
    void stageSlideOnTheScreen();

private:
    static int inkHeight(const QImage &image, const QRect &area, const QColor &background);
};

void TestPresentationScreen::initTestCase()
{
    QCoreApplication::setOrganizationName(u"WaymarkTests"_s);
    QCoreApplication::setApplicationName(u"tst_presentationscreen"_s);
    const QSize screen = QGuiApplication::primaryScreen()->size();
    if (screen != QSize(1920, 1080))
        QSKIP(qPrintable(u"needs a 1920x1080 screen (xvfb-run -s \"-screen 0 1920x1080x24\"), not %1x%2"_s.arg(screen.width()).arg(screen.height())));
}

// How many rows of `area` hold pixels that differ from `background`: the height of the ink.
int TestPresentationScreen::inkHeight(const QImage &image, const QRect &area, const QColor &background)
{
    int first = -1;
    int last = -1;
    for (int y = area.top(); y <= area.bottom() && y < image.height(); ++y) {
        for (int x = area.left(); x <= area.right() && x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (std::abs(c.red() - background.red()) + std::abs(c.green() - background.green()) + std::abs(c.blue() - background.blue()) > 240) {
                if (first < 0)
                    first = y;
                last = y;
                break;
            }
        }
    }
    return first < 0 ? 0 : last - first + 1;
}

void TestPresentationScreen::stageSlideOnTheScreen_data()
{
    QTest::addColumn<QString>("templateName");
    QTest::addColumn<QString>("artifact");
    QTest::newRow("phone-store") << u"phone-store"_s << u"workshop-stage.png"_s;
    QTest::newRow("b2b-renewal") << u"b2b-renewal"_s << u"workshop-stage-b2b.png"_s;
}

void TestPresentationScreen::stageSlideOnTheScreen()
{
    QFETCH(QString, templateName);
    QFETCH(QString, artifact);
    Window w;
    QVERIFY(w.open(templateName));
    QTest::keyClick(w.window.view(), Qt::Key_F5);
    PresentationWindow *p = w.window.output()->presentation();
    QVERIFY(p);
    QVERIFY(QTest::qWaitForWindowExposed(p));
    QTRY_COMPARE(p->geometry(), QGuiApplication::primaryScreen()->geometry());
    QTest::keyClick(p->slide(), Qt::Key_Right);
    QTRY_COMPARE(p->deck().frame().width, SlideStyle::WideWidth);
    QCOMPARE(p->currentStage(), w.doc()->stages().at(0).id);
    QTest::qWait(300); // let the window system show the frame
    settle();

    // What the screen shows, not what the widget would paint.
    const QImage shot = QGuiApplication::primaryScreen()->grabWindow(0).toImage().convertToFormat(QImage::Format_RGB32);
    QCOMPARE(shot.size(), QSize(1920, 1080));
    QVERIFY(shot.save(Test::artifactPath(artifact)));

    const SlidePicture &picture = p->slide()->picture();
    const QTransform toScreen = p->slide()->toWidget();
    QCOMPARE(toScreen.m11(), 1.0); // 1080 units on 1080 pixels
    const QList<SlideText> titles = picture.texts(SlideRole::CardTitle);
    QVERIFY(!titles.isEmpty());
    for (const SlideText &title : titles) {
        const QRect rect = toScreen.mapRect(title.rect).toAlignedRect();
        QVERIFY(QRect(QPoint(0, 0), shot.size()).contains(rect));
        QVERIFY(title.size * toScreen.m11() >= 1080 / 40.0);
        // The first line's letters, in the screenshot: capitals at a 27 px font are 19 px and more.
        const QRect firstLine(rect.left(), rect.top(), rect.width(), int(title.lineHeight()));
        const QColor card = shot.pixelColor(toScreen.map(QPointF(picture.cardRect(title.card).right() - 6, title.rect.top() + 2)).toPoint());
        const int ink = inkHeight(shot, firstLine, card);
        QVERIFY2(ink >= 19, qPrintable(u"\"%1\": %2 px of ink"_s.arg(title.text()).arg(ink)));
    }
    for (const SlideText &label : picture.texts(SlideRole::LaneLabel))
        QVERIFY(QRect(QPoint(0, 0), shot.size()).contains(toScreen.mapRect(label.rect).toAlignedRect()));
    QTest::keyClick(p->slide(), Qt::Key_Escape);
    settle();
}

QTEST_MAIN(TestPresentationScreen)
#include "tst_presentationscreen.moc"
