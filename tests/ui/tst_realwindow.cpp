// Opens the editor in a real window (under xvfb-run in CI), shows a template map, and saves
// screenshots as test artifacts, light theme at fit and at 100 %; and the window at 1600×1000
// and 1024×700, fitted, with its panels and in focus mode.

#include "canvas/cardface.h"
#include "canvas/carditem.h"
#include "canvas/mapscene.h"
#include "canvas/mapview.h"
#include "document/document.h"
#include "editor/mapsession.h"
#include "mainwindow/docklayout.h"
#include "mainwindow/mainwindow.h"
#include "support/testsupport.h"
#include "templates/templatelibrary.h"

#include <QApplication>
#include <QScopeGuard>
#include <QScreen>
#include <QSettings>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Waymark;

class TestRealWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void showsTemplate_data();
    void showsTemplate();
    void fitsAndFocuses_data();
    void fitsAndFocuses();
};

void TestRealWindow::initTestCase()
{
    QCoreApplication::setOrganizationName(u"WaymarkTests"_s);
    QCoreApplication::setApplicationName(u"tst_realwindow"_s);
}

void TestRealWindow::showsTemplate_data()
{
    QTest::addColumn<QString>("templateName");
    QTest::addColumn<bool>("dark");
    QTest::newRow("phone-store") << u"phone-store"_s << false;
    QTest::newRow("bagel-shop") << u"bagel-shop"_s << false;
    QTest::newRow("saas-onboarding dark") << u"saas-onboarding"_s << true;
}

void TestRealWindow::showsTemplate()
{
    QFETCH(QString, templateName);
    QFETCH(bool, dark);
    const auto dir = Test::scratchDir();
    const QPalette original = QApplication::palette();
    if (dark) {
        QPalette palette;
        palette.setColor(QPalette::Window, QColor(0x2b, 0x2d, 0x31));
        palette.setColor(QPalette::WindowText, QColor(0xe8, 0xea, 0xed));
        palette.setColor(QPalette::Base, QColor(0x1f, 0x20, 0x23));
        palette.setColor(QPalette::Text, QColor(0xe8, 0xea, 0xed));
        palette.setColor(QPalette::Button, QColor(0x35, 0x37, 0x3c));
        palette.setColor(QPalette::ButtonText, QColor(0xe8, 0xea, 0xed));
        QApplication::setPalette(palette);
    }
    const auto restore = qScopeGuard([&original] { QApplication::setPalette(original); });
    MainWindow window;
    window.resize(1500, 950);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.adopt(std::make_unique<MapSession>(Test::documentFromTemplate(dir->filePath(u"map.waymark"_s), templateName), false));
    QVERIFY(window.hasMap());
    QCOMPARE(window.scene()->items().isEmpty(), false);
    QTest::qWait(50);

    // A map opens at its beginning: the first stage and lane in sight.
    QCOMPARE(window.scene()->headerOffset(), QPointF(0, 0));
    window.view()->resetZoom();
    window.view()->showTopLeft();
    QCoreApplication::processEvents();
    const QImage actual = window.grab().toImage();
    QVERIFY(!actual.isNull());
    QVERIFY(actual.save(Test::artifactPath(u"window-%1-100.png"_s.arg(templateName))));

    window.view()->zoomToFit();
    QCoreApplication::processEvents();
    QVERIFY(window.grab().toImage().save(Test::artifactPath(u"window-%1-fit.png"_s.arg(templateName))));

    // The canvas really drew: the centre of the view is not one flat colour.
    const QImage canvas = window.view()->viewport()->grab().toImage();
    QSet<QRgb> colours;
    for (int y = 0; y < canvas.height(); y += 7) {
        for (int x = 0; x < canvas.width(); x += 7)
            colours.insert(canvas.pixel(x, y));
    }
    QVERIFY2(colours.size() > 50, qPrintable(u"only %1 colours on the canvas"_s.arg(colours.size())));
}

void TestRealWindow::fitsAndFocuses_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<bool>("focus");
    QTest::newRow("1600x1000") << QSize(1600, 1000) << false;
    QTest::newRow("1600x1000 focus") << QSize(1600, 1000) << true;
    QTest::newRow("1024x700") << QSize(1024, 700) << false;
    QTest::newRow("1024x700 focus") << QSize(1024, 700) << true;
}

void TestRealWindow::fitsAndFocuses()
{
    QFETCH(QSize, size);
    QFETCH(bool, focus);
    QSettings().remove(u"window/state"_s); // the layout of a first start
    const auto dir = Test::scratchDir();
    MainWindow window;
    window.resize(size);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto document = Test::documentFromTemplate(dir->filePath(u"map.waymark"_s), u"phone-store"_s);
    // Survey answers, so that the stages carry their badges and the lane its measured curve.
    QList<Response> responses;
    for (int s = 0; s < document->stages().size(); ++s) {
        for (int i = 0; i < 24; ++i) {
            Response response;
            response.stage = document->stages().at(s).id;
            response.nps = (i * 7 + s * 3) % 11;
            response.csat = 1 + (i * 3 + s) % 5;
            responses.append(response);
        }
    }
    document->insertResponses(responses);
    window.adopt(std::make_unique<MapSession>(std::move(document), false));
    QTest::qWait(100);
    if (focus) {
        window.focusModeAction()->trigger();
        QTest::qWait(50);
    }
    window.view()->zoomToFit();
    QTest::qWait(100);
    const QString name = u"window-%1x%2-%3.png"_s.arg(size.width()).arg(size.height()).arg(focus ? u"focus"_s : u"fit"_s);
    QVERIFY(window.grab().toImage().save(Test::artifactPath(name)));

    const double share = double(window.view()->width()) / window.width();
    QVERIFY2(share >= (focus ? 0.97 : 0.6), qPrintable(u"the canvas has %1 % of the width"_s.arg(share * 100)));
    // At that zoom the titles are drawn, not grey bars.
    const double zoom = window.view()->zoom();
    int readable = 0, cards = 0;
    for (QGraphicsItem *item : window.scene()->items()) {
        if (item->type() != CardItemType)
            continue;
        ++cards;
        const auto *card = static_cast<CardItem *>(item);
        readable += CardFace::titlePixelsAt(zoom, card->rect().size(), window.scene()->theme()) * zoom >= CardFace::MinTitlePixels;
    }
    QVERIFY2(readable == cards, qPrintable(u"%1 of %2 titles readable at %3 %"_s.arg(readable).arg(cards).arg(zoom * 100)));
    if (focus)
        window.focusModeAction()->trigger();
}

QTEST_MAIN(TestRealWindow)
#include "tst_realwindow.moc"
