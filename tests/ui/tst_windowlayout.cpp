// How the window shares its width: the canvas keeps most of a small window, a dock that is
// closed gives its room back to the canvas, a saved layout comes back at usable widths, and
// focus mode (F11) hides every panel and brings them back exactly.

#include "canvasinput.h"

#include "charts/chartsdock.h"
#include "mainwindow/dataactions.h"
#include "mainwindow/docklayout.h"
#include "mainwindow/planningactions.h"
#include "roadmap/roadmapdock.h"

#include <QDockWidget>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>

using namespace Waymark;
using namespace Waymark::CanvasInput;

namespace {

QList<QDockWidget *> shownDocks(QMainWindow &window)
{
    QList<QDockWidget *> docks;
    for (QDockWidget *dock : window.findChildren<QDockWidget *>()) {
        if (dock->isVisible())
            docks.append(dock);
    }
    return docks;
}

QDockWidget *dockNamed(QMainWindow &window, const QString &name)
{
    return window.findChild<QDockWidget *>(name);
}

} // namespace

class TestWindowLayout : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void canvasKeepsMostOfTheWindow_data();
    void canvasKeepsMostOfTheWindow();
    void closingADockGivesItsRoomToTheCanvas();
    void docksComeBackAtUsableWidths();
    void focusModeHidesAndRestoresEveryPanel();
};

void TestWindowLayout::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"WaymarkTests"_s);
    QCoreApplication::setApplicationName(u"tst_windowlayout"_s);
}

void TestWindowLayout::init()
{
    QSettings().clear(); // a first start, unless a test saves a layout itself
}

void TestWindowLayout::canvasKeepsMostOfTheWindow_data()
{
    QTest::addColumn<QSize>("size");
    QTest::newRow("1024x700") << QSize(1024, 700);
    QTest::newRow("1280x800") << QSize(1280, 800);
    QTest::newRow("1600x1000") << QSize(1600, 1000);
}

void TestWindowLayout::canvasKeepsMostOfTheWindow()
{
    QFETCH(QSize, size);
    Window w;
    w.window.resize(size);
    QVERIFY(w.open());
    w.window.resize(size);
    settle();
    QTRY_VERIFY(w.view()->width() > 0);
    QCOMPARE(w.window.width(), size.width());
    QVERIFY2(w.view()->width() >= 0.6 * size.width(), qPrintable(u"canvas %1 px of %2"_s.arg(w.view()->width()).arg(size.width())));
    // Every shown dock is wide enough to use.
    for (QDockWidget *dock : shownDocks(w.window))
        QVERIFY2(dock->width() >= dock->minimumWidth() && dock->width() >= 150, qPrintable(dock->objectName()));
}

void TestWindowLayout::closingADockGivesItsRoomToTheCanvas()
{
    Window w;
    w.window.resize(1400, 900);
    QVERIFY(w.open());
    settle();
    const int canvas = w.view()->width();
    // The roadmap and the charts, opened and widened as a user does, then closed again.
    for (QDockWidget *dock : {static_cast<QDockWidget *>(w.window.planning()->roadmapDock()),
                              static_cast<QDockWidget *>(w.window.data()->chartsDock())}) {
        dock->toggleViewAction()->trigger();
        settle();
        w.window.resizeDocks({dock}, {520}, Qt::Horizontal);
        settle();
        QVERIFY2(w.view()->width() < canvas - 100, qPrintable(dock->objectName()));
        dock->toggleViewAction()->trigger();
        settle();
        QVERIFY(!dock->isVisible());
        QVERIFY2(w.view()->width() >= canvas - 4,
                 qPrintable(u"%1 closed: canvas %2 px, %3 before"_s.arg(dock->objectName()).arg(w.view()->width()).arg(canvas)));
    }
}

void TestWindowLayout::docksComeBackAtUsableWidths()
{
    {
        // A layout saved with the inspector squeezed (as an older version, or another screen,
        // could leave it).
        Window w;
        w.window.resize(1400, 900);
        QVERIFY(w.open());
        QDockWidget *inspector = dockNamed(w.window, u"inspectorDock"_s);
        inspector->setMinimumWidth(0);
        w.window.resizeDocks({inspector}, {120}, Qt::Horizontal);
        settle();
        QVERIFY(inspector->width() < 160);
        w.window.close();
        QVERIFY(QSettings().contains(u"window/state"_s));
    }
    Window again;
    again.window.resize(1400, 900);
    QVERIFY(again.open());
    settle();
    QDockWidget *inspector = dockNamed(again.window, u"inspectorDock"_s);
    QTRY_VERIFY2(inspector->width() >= 210, qPrintable(QString::number(inspector->width())));
    QVERIFY(inspector->isVisible());
    QVERIFY(again.view()->width() >= 0.6 * again.window.width());
}

void TestWindowLayout::focusModeHidesAndRestoresEveryPanel()
{
    Window w;
    w.window.resize(1400, 900);
    QVERIFY(w.open());
    w.window.planning()->roadmapDock()->toggleViewAction()->trigger();
    settle();
    QHash<QString, QRect> before;
    for (QDockWidget *dock : shownDocks(w.window))
        before.insert(dock->objectName(), dock->geometry());
    QVERIFY(before.size() >= 3);
    const int canvas = w.view()->width();

    // F11, from the canvas: every panel goes, the map has the window.
    QTest::keyClick(w.view(), Qt::Key_F11);
    settle();
    QVERIFY(w.window.dockLayout()->inFocusMode());
    QVERIFY(w.window.focusModeAction()->isChecked());
    QVERIFY(shownDocks(w.window).isEmpty());
    QVERIFY(w.view()->width() > canvas + 300);
    QVERIFY(w.window.grab().save(Test::artifactPath(u"focus-mode-offscreen.png"_s)));

    // Closing in focus mode saves the layout it will come back to.
    const QByteArray saved = w.window.dockLayout()->state();
    QVERIFY(!saved.isEmpty());

    // F11 again: every panel back where it was, as wide as it was.
    QTest::keyClick(w.view(), Qt::Key_F11);
    settle();
    QVERIFY(!w.window.dockLayout()->inFocusMode());
    QHash<QString, QRect> after;
    for (QDockWidget *dock : shownDocks(w.window))
        after.insert(dock->objectName(), dock->geometry());
    QCOMPARE(after, before);
    QCOMPARE(w.view()->width(), canvas);
}

QTEST_MAIN(TestWindowLayout)
#include "tst_windowlayout.moc"
