// File ▸ Import Map…, files given to the editor and files dropped on the start page: every
// format the registry reads becomes a new map, and a file that cannot be read is explained
// and changes nothing.

#include "document/document.h"
#include "editor/mapsession.h"
#include "editor/selection.h"
#include "io/formatregistry.h"
#include "canvas/mapview.h"
#include "mainwindow/mainwindow.h"
#include "mainwindow/startpage.h"
#include "support/testsupport.h"

#include <QApplication>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTest>
#include <QTimer>
#include <QUrl>

using namespace Qt::StringLiterals;
using namespace Waymark;


class TestMapImport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void opensEveryReadableFormat_data();
    void opensEveryReadableFormat();
    void aFileThatCannotBeReadChangesNothing();
    void importActionInTheFileMenu();
    void startPageTakesDrops_data();
    void startPageTakesDrops();
};

void TestMapImport::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"WaymarkTests"_s);
    QCoreApplication::setApplicationName(u"tst_mapimport"_s);
}

void TestMapImport::opensEveryReadableFormat_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("title");
    QTest::addColumn<int>("cards");
    QTest::newRow("mermaid") << Test::fixture(u"mermaid/docs-example.mmd"_s) << u"My working day"_s << 5;
    QTest::newRow("mermaid without a title") << Test::fixture(u"mermaid/spec-tasks.mmd"_s)
                                             << u"Adding journey diagram functionality to mermaid"_s << 8;
    QTest::newRow("Blueprint Signal") << Test::fixture(u"blueprint/bike-repair.json"_s) << u"Spoke & Chain bike workshop"_s << 11;
    QTest::newRow("Waymark JSON") << Test::fixture(u"schema-3/phone-store.json"_s) << u"Buying a new mobile phone in store"_s << 59;
    QTest::newRow("cards table, titled by its name") << u"@CSV"_s << u"workshop cards"_s << 2;
}

void TestMapImport::opensEveryReadableFormat()
{
    QFETCH(QString, file);
    QFETCH(QString, title);
    QFETCH(int, cards);
    const auto dir = Test::scratchDir();
    if (file == u"@CSV"_s) {
        file = dir->filePath(u"workshop cards.csv"_s);
        QFile csv(file);
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write("\xEF\xBB\xBFStage,Lane,Title\r\nArrive,Customer actions,Park\r\nArrive,Touchpoints,Sign\r\n");
    }
    MainWindow window;
    // What the editor does with a file it is given (waymark FILE, Open Recent, a drop).
    MainWindow *shown = window.openFile(file);
    QCOMPARE(shown, &window);
    QVERIFY(window.hasMap());
    QVERIFY(window.session()->isUntitled());
    QCOMPARE(window.session()->document()->info().title, title);
    QCOMPARE(window.session()->document()->cardCount(), cards);
    QVERIFY2(window.statusBar()->currentMessage().contains(QFileInfo(file).fileName()), qPrintable(window.statusBar()->currentMessage()));
    if (QByteArray(QTest::currentDataTag()) == "mermaid") {
        // How an imported journey looks: its tasks, the personas' curve, a task's score.
        const Document *doc = window.session()->document();
        window.session()->selection()->set({ElementRef{Entity::Card, doc->cardsOfStage(doc->stages().first().id).first()}});
        window.resize(1400, 860);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.view()->resetZoom();
        window.view()->showTopLeft();
        QTest::qWait(50);
        window.grab().save(Test::artifactPath(u"mermaid-import.png"_s));
    }
    // The source file is read, never changed or adopted.
    QVERIFY(window.session()->path() != file);
    const QString untitled = window.session()->path();
    QVERIFY(QFile::remove(untitled) || !QFileInfo::exists(untitled));
}

void TestMapImport::aFileThatCannotBeReadChangesNothing()
{
    const auto dir = Test::scratchDir();
    const QString bad = dir->filePath(u"broken.mmd"_s);
    QFile file(bad);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("journey\nsection S\n  Pay: lots\n");
    file.close();

    MainWindow window;
    QString said;
    QTimer::singleShot(0, &window, [&said] {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (auto *box = qobject_cast<QMessageBox *>(w); box && box->isVisible()) {
                said = box->text() + u'\n' + box->informativeText();
                box->done(QMessageBox::Ok);
            }
        }
    });
    QCOMPARE(window.importFile(bad), nullptr);
    QVERIFY(!window.hasMap());
    QVERIFY2(said.contains(u"“broken.mmd” could not be read; no map was made."_s), qPrintable(said));
    QVERIFY2(said.contains(bad + u":3:8: the score 'lots'"_s), qPrintable(said));
    QCOMPARE(QDir(dir->path()).entryList(QDir::Files), QStringList{u"broken.mmd"_s});
}

void TestMapImport::importActionInTheFileMenu()
{
    MainWindow window;
    QAction *import = window.findChild<QAction *>(u"importMap"_s);
    QVERIFY(import);
    QVERIFY(import->isEnabled()); // also without a map
    QCOMPARE(import->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    QMenu *fileMenu = window.menuBar()->actions().first()->menu();
    QVERIFY(fileMenu->actions().contains(import));
    // It names the formats the registry reads.
    for (const MapFormat *format : FormatRegistry::instance().formats(FormatRegistry::Purpose::Read))
        QVERIFY2(import->statusTip().contains(format->label()), qPrintable(import->statusTip()));
    // The start page offers it too, and says what can be dropped on it.
    auto *hint = window.findChild<QLabel *>(u"importHint"_s);
    QVERIFY(hint && hint->isVisibleTo(&window));
    for (const MapFormat *format : FormatRegistry::instance().formats(FormatRegistry::Purpose::Read))
        QVERIFY2(hint->text().contains(format->label().toHtmlEscaped()), qPrintable(hint->text()));
    {
        StartPage page;
        QSignalSpy asked(&page, &StartPage::importRequested);
        emit page.findChild<QLabel *>(u"importHint"_s)->linkActivated(u"import"_s);
        QCOMPARE(asked.size(), 1);
    }
    window.resize(1100, 700);
    window.grab().save(Test::artifactPath(u"start-page-import.png"_s));
}

void TestMapImport::startPageTakesDrops_data()
{
    QTest::addColumn<QStringList>("files");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<QStringList>("opened");
    const QString mmd = Test::fixture(u"mermaid/docs-example.mmd"_s);
    const QString map = Test::fixture(u"schema-4/journey.waymark"_s);
    const QString blueprint = Test::fixture(u"blueprint/starter.json"_s);
    QTest::newRow("a mermaid journey") << QStringList{mmd} << true << QStringList{mmd};
    QTest::newRow("a map") << QStringList{map} << true << QStringList{map};
    QTest::newRow("a Blueprint Signal project") << QStringList{blueprint} << true << QStringList{blueprint};
    QTest::newRow("a Word file") << QStringList{u"/tmp/notes.docx"_s} << false << QStringList();
    QTest::newRow("one of each") << QStringList{u"/tmp/notes.docx"_s, mmd} << true << QStringList{mmd};
}

void TestMapImport::startPageTakesDrops()
{
    QFETCH(QStringList, files);
    QFETCH(bool, accepted);
    QFETCH(QStringList, opened);
    StartPage page;
    QSignalSpy spy(&page, &StartPage::openFileRequested);
    QMimeData mime;
    QList<QUrl> urls;
    for (const QString &file : files)
        urls.append(QUrl::fromLocalFile(file));
    mime.setUrls(urls);
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&page, &enter);
    QCOMPARE(enter.isAccepted(), accepted);
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&page, &drop);
    QStringList got;
    for (const QList<QVariant> &args : std::as_const(spy))
        got.append(args.at(0).toString());
    QCOMPARE(got, opened);
}

QTEST_MAIN(TestMapImport)
#include "tst_mapimport.moc"
