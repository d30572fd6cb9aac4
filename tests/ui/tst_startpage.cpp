// The start page's recent maps: each with its title, owner and next review, and "review due"
// standing out when the date has passed (issue 14); files it cannot read listed as they are.

#include "app/documentmanager.h"
#include "document/document.h"
#include "mainwindow/startpage.h"
#include "model/fields.h"
#include "support/testsupport.h"

#include <QApplication>
#include <QFile>
#include <QListWidget>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStyle>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Waymark;

class TestStartPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void showsTheReview_data();
    void showsTheReview();
    void aNewerListOutdatesTheOlder();
    void screenshot();

private:
    // A map of the phone-store template with `owner` and `review` (ISO, or empty) set.
    QString livingMap(const QString &name, const QString &owner, const QString &review) const;
    QListWidget *recentList(StartPage &page) const;

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestStartPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QApplication::setPalette(QApplication::style()->standardPalette());
}

void TestStartPage::init()
{
    QSettings().remove(u"recentFiles"_s);
    m_dir = Test::scratchDir();
}

void TestStartPage::cleanup()
{
    QSettings().remove(u"recentFiles"_s);
    m_dir.reset();
}

QString TestStartPage::livingMap(const QString &name, const QString &owner, const QString &review) const
{
    const QString path = m_dir->filePath(name);
    std::unique_ptr<Document> document = Test::documentFromTemplate(path, u"phone-store"_s);
    if (!owner.isEmpty())
        document->setValue(fieldRef(1, MapField::Owner), owner);
    if (!review.isEmpty())
        document->setValue(fieldRef(1, MapField::ReviewDate), review);
    return path;
}

QListWidget *TestStartPage::recentList(StartPage &page) const
{
    return page.findChild<QListWidget *>();
}

void TestStartPage::showsTheReview_data()
{
    QTest::addColumn<QString>("owner");
    QTest::addColumn<QString>("review"); // relative to today: "-1" is yesterday; "" none
    QTest::addColumn<bool>("due");
    QTest::addColumn<QStringList>("says");
    QTest::addColumn<QStringList>("doesNotSay");

    QTest::newRow("passed yesterday") << u"Ana Lima"_s << u"-1"_s << true
                                      << QStringList{u"Review due (planned for"_s, u"owner Ana Lima"_s}
                                      << QStringList{u"Next review"_s};
    QTest::newRow("passed a year ago, no owner") << QString() << u"-365"_s << true
                                                 << QStringList{u"Review due"_s} << QStringList{u"owner"_s};
    // The review is due the day after its date, as `waymark info` says.
    QTest::newRow("today") << u"Ana"_s << u"0"_s << false << QStringList{u"Next review"_s, u"owner Ana"_s}
                           << QStringList{u"Review due"_s};
    QTest::newRow("next month") << QString() << u"30"_s << false << QStringList{u"Next review"_s}
                                << QStringList{u"Review due"_s};
    QTest::newRow("no review planned") << u"Ana"_s << QString() << false << QStringList{u"owner Ana"_s}
                                       << QStringList{u"review"_s};
}

void TestStartPage::showsTheReview()
{
    QFETCH(QString, owner);
    QFETCH(QString, review);
    QFETCH(bool, due);
    QFETCH(QStringList, says);
    QFETCH(QStringList, doesNotSay);

    const QString date = review.isEmpty() ? QString() : QDate::currentDate().addDays(review.toInt()).toString(Qt::ISODate);
    const QString map = livingMap(u"living.waymark"_s, owner, date);
    // Beside it, files the page lists but cannot read details of: they keep their plain row.
    const QString older = m_dir->filePath(u"older.waymark"_s);
    QVERIFY(QFile::copy(Test::fixture(u"schema-4/journey.waymark"_s), older));
    const QString garbage = m_dir->filePath(u"garbage.waymark"_s);
    {
        QFile file(garbage);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(8192, 'x'));
    }
    for (const QString &file : {garbage, older, map})
        DocumentManager::instance().addRecentFile(file);
    const QByteArray olderBefore = Test::digest(older);

    StartPage page;
    QSignalSpy shown(&page, &StartPage::recentDetailsShown);
    QVERIFY(shown.wait(5000));
    QListWidget *list = recentList(page);
    QCOMPARE(list->count(), 3);

    QListWidgetItem *item = list->item(0);
    QCOMPARE(item->data(Qt::UserRole).toString(), map);
    QCOMPARE(item->data(StartPage::ReviewDueRole).toBool(), due);
    QCOMPARE(item->font().bold(), due);
    // Every map has an icon; a due one has the warning sign instead of the map's.
    QCOMPARE(item->icon().cacheKey() != list->item(1)->icon().cacheKey(), due);
    QVERIFY2(item->text().contains(u"Phone"_s, Qt::CaseInsensitive), qPrintable(item->text())); // the map's title
    for (const QString &text : says)
        QVERIFY2(item->text().contains(text), qPrintable(item->text()));
    for (const QString &text : doesNotSay)
        QVERIFY2(!item->text().contains(text, Qt::CaseInsensitive), qPrintable(item->text()));

    for (int row : {1, 2}) {
        QVERIFY2(!list->item(row)->text().contains(u'\n'), qPrintable(list->item(row)->text()));
        QVERIFY(!list->item(row)->data(StartPage::ReviewDueRole).toBool());
    }
    // Reading the details never migrates or touches a file.
    QCOMPARE(Test::digest(older), olderBefore);
}

void TestStartPage::aNewerListOutdatesTheOlder()
{
    const QString first = livingMap(u"first.waymark"_s, u"Ana"_s, u"2001-01-01"_s);
    DocumentManager::instance().addRecentFile(first);
    StartPage page;
    QSignalSpy shown(&page, &StartPage::recentDetailsShown);
    // A second map opened before the first list's details arrive: only the newer list's
    // details are shown, on the rows they belong to.
    const QString second = livingMap(u"second.waymark"_s, u"Bo"_s, QString());
    DocumentManager::instance().addRecentFile(second); // refreshes the page
    QVERIFY(shown.wait(5000));
    QTest::qWait(200); // an outdated result, if any, would arrive about now
    QListWidget *list = recentList(page);
    QCOMPARE(list->count(), 2);
    QCOMPARE(list->item(0)->data(Qt::UserRole).toString(), second);
    QVERIFY2(list->item(0)->text().contains(u"owner Bo"_s), qPrintable(list->item(0)->text()));
    QVERIFY(!list->item(0)->data(StartPage::ReviewDueRole).toBool());
    QVERIFY2(list->item(1)->text().contains(u"owner Ana"_s), qPrintable(list->item(1)->text()));
    QVERIFY(list->item(1)->data(StartPage::ReviewDueRole).toBool());
    QCOMPARE(list->item(1)->text().count(u"owner"_s), 1);
}

void TestStartPage::screenshot()
{
    DocumentManager::instance().addRecentFile(livingMap(u"onboarding.waymark"_s, u"Bo Chen"_s, QString()));
    DocumentManager::instance().addRecentFile(livingMap(u"returns.waymark"_s, QString(), QDate::currentDate().addDays(40).toString(Qt::ISODate)));
    DocumentManager::instance().addRecentFile(livingMap(u"phone-store.waymark"_s, u"Ana Lima"_s, u"2026-09-30"_s));
    StartPage page;
    QSignalSpy shown(&page, &StartPage::recentDetailsShown);
    QVERIFY(shown.wait(5000));
    page.resize(1000, 620);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QVERIFY(page.grab().save(Test::artifactPath(u"start-page-review-due.png"_s)));
}

QTEST_MAIN(TestStartPage)
#include "tst_startpage.moc"
