// What the editor does with a map it must not edit: one holding objects Waymark did not
// create opens read-only with a banner that says why and offers "Open a Clean Copy" (which
// makes the repaired copy beside it and opens that); a read-only file offers Save As. Text
// from a file in a message box is plain text; a photo bomb in a map draws initials.

#include "app/messagebox.h"
#include "document/document.h"
#include "editor/mapsession.h"
#include "mainwindow/mainwindow.h"
#include "mainwindow/readonlybanner.h"
#include "personas/personaphotowell.h"
#include "support/testsupport.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Waymark;


class TestReadOnlyBanner : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void foreignMapOffersCleanCopy();
    void cleanCopyTakesAFreeName();
    void readOnlyFileOffersSaveAs();
    void editableMapHasNoBanner();
    void messageBoxShowsPlainText();
    void photoBombDrawsInitials();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    std::unique_ptr<MainWindow> m_window;
};

void TestReadOnlyBanner::initTestCase()
{
    QCoreApplication::setOrganizationName(u"WaymarkTests"_s);
    QCoreApplication::setApplicationName(u"tst_readonlybanner"_s);
    QSettings().clear();
}

void TestReadOnlyBanner::init()
{
    m_dir = Test::scratchDir();
    m_path = m_dir->filePath(u"map.waymark"_s);
    QVERIFY(Test::documentFromTemplate(m_path, u"phone-store"_s));
    m_window = std::make_unique<MainWindow>();
    m_window->resize(1400, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestReadOnlyBanner::cleanup()
{
    m_window->close();
    m_window.reset();
    QFile::setPermissions(m_path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    m_dir.reset();
}

void TestReadOnlyBanner::foreignMapOffersCleanCopy()
{
    QVERIFY(Test::runSql(m_path, {u"CREATE TABLE pwned (what TEXT)"_s,
                                  u"CREATE TRIGGER evil AFTER UPDATE ON map BEGIN INSERT INTO pwned VALUES ('x'); END"_s})
                .isEmpty());
    const QByteArray before = Test::digest(m_path);
    QCOMPARE(m_window->openFile(m_path), m_window.get());
    QVERIFY(m_window->session()->document()->isReadOnly());
    ReadOnlyBanner *banner = m_window->banner();
    QVERIFY(banner->isVisible());
    QCOMPARE(banner->message(), u"'%1' contains objects Waymark did not create (table 'pwned', trigger 'evil'); "
                                "open a clean copy to edit it"_s.arg(m_path));
    auto *cleanCopy = banner->findChild<QPushButton *>(u"openCleanCopy"_s);
    QVERIFY(cleanCopy && cleanCopy->isVisible());
    QVERIFY(!banner->findChild<QPushButton *>(u"readOnlySaveAs"_s)->isVisible());
    QVERIFY2(m_window->windowTitle().endsWith(u" (view only)"_s), qPrintable(m_window->windowTitle()));
    QVERIFY(m_window->grab().save(Test::artifactPath(u"readonly-banner-foreign.png"_s)));

    QTest::mouseClick(cleanCopy, Qt::LeftButton);
    const QString clean = m_dir->filePath(u"map (clean).waymark"_s);
    QVERIFY(QFile::exists(clean));
    QVERIFY(m_window->hasMap());
    QCOMPARE(m_window->session()->path(), clean);
    QVERIFY(!m_window->session()->document()->isReadOnly());
    QVERIFY(!banner->isVisible());
    QVERIFY(!m_window->windowTitle().contains(u"only"_s));
    // The copy is editable and its edits fire nothing; the original is as it was.
    m_window->session()->document()->setValue(fieldRef(1, MapField::Title), u"Edited in the clean copy"_s);
    QCOMPARE(Test::querySql(clean, u"SELECT count(*) FROM sqlite_schema WHERE type = 'trigger'"_s).toInt(), 0);
    QCOMPARE(Test::digest(m_path), before);
    QCOMPARE(Test::querySql(m_path, u"SELECT count(*) FROM pwned"_s).toInt(), 0);
}

void TestReadOnlyBanner::cleanCopyTakesAFreeName()
{
    QVERIFY(Test::runSql(m_path, {u"CREATE VIEW everything AS SELECT * FROM card"_s}).isEmpty());
    QFile taken(m_dir->filePath(u"map (clean).waymark"_s));
    QVERIFY(taken.open(QIODevice::WriteOnly));
    taken.write("someone else's");
    taken.close();
    QVERIFY(m_window->openFile(m_path));
    QTest::mouseClick(m_window->banner()->findChild<QPushButton *>(u"openCleanCopy"_s), Qt::LeftButton);
    QCOMPARE(m_window->session()->path(), m_dir->filePath(u"map (clean 2).waymark"_s));
    QVERIFY(taken.open(QIODevice::ReadOnly));
    QCOMPARE(taken.readAll(), QByteArray("someone else's"));
}

void TestReadOnlyBanner::readOnlyFileOffersSaveAs()
{
    QVERIFY(QFile::setPermissions(m_path, QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
    QVERIFY(m_window->openFile(m_path));
    ReadOnlyBanner *banner = m_window->banner();
    QVERIFY(banner->isVisible());
    QVERIFY2(banner->message().startsWith(u"'%1' is read-only"_s.arg(m_path)), qPrintable(banner->message()));
    QVERIFY(banner->findChild<QPushButton *>(u"readOnlySaveAs"_s)->isVisible());
    QVERIFY(!banner->findChild<QPushButton *>(u"openCleanCopy"_s)->isVisible());
    QVERIFY2(m_window->windowTitle().endsWith(u" (read-only)"_s), qPrintable(m_window->windowTitle()));
    QVERIFY(m_window->grab().save(Test::artifactPath(u"readonly-banner-file.png"_s)));
}

void TestReadOnlyBanner::editableMapHasNoBanner()
{
    QVERIFY(m_window->openFile(m_path));
    QVERIFY(!m_window->session()->document()->isReadOnly());
    QVERIFY(!m_window->banner()->isVisible());
}

// A title that looks like markup, and a terminal escape, stay characters in a message box.
void TestReadOnlyBanner::messageBoxShowsPlainText()
{
    QMessageBox box;
    MessageBox::setText(box, u"'<img src=\"/etc/passwd\"><b>x</b>' is damaged"_s, u"ESC\u001b[31m"_s);
    QCOMPARE(box.textFormat(), Qt::PlainText);
    QCOMPARE(box.text(), u"'<img src=\"/etc/passwd\"><b>x</b>' is damaged"_s);
    QCOMPARE(box.informativeText(), u"ESC\\x1b[31m"_s);
    auto *informative = box.findChild<QLabel *>(u"qt_msgbox_informativelabel"_s);
    QVERIFY(informative);
    QCOMPARE(informative->textFormat(), Qt::PlainText);
}

void TestReadOnlyBanner::photoBombDrawsInitials()
{
    const QPixmap none = PersonaPhotoWell::portrait({}, u"Priya Shah"_s, QColor(u"#e67e22"_s), 64, 1);
    QElapsedTimer clock;
    clock.start();
    const QPixmap bomb = PersonaPhotoWell::portrait(Test::pngBomb(50000, 50000), u"Priya Shah"_s, QColor(u"#e67e22"_s), 64, 1);
    QVERIFY(clock.elapsed() < 10000); // a sanity bound: decoded, the bomb would be 2.5 gigapixels
    QCOMPARE(bomb.toImage(), none.toImage());
}

QTEST_MAIN(TestReadOnlyBanner)
#include "tst_readonlybanner.moc"
