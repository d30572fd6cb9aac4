// Data ▸ Business Figures…: the periods in a table with churn and CLV worked out as they are
// typed; OK applies edits, additions and removals as one undo step; no change, no step.

#include "dialogs/businessfiguresdialog.h"
#include "document/document.h"
#include "editor/mapsession.h"
#include "support/testsupport.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QStyle>
#include <QTableWidget>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace Waymark;

using Column = BusinessFiguresDialog::Column;

class TestBusinessFigures : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void showsPeriodsWithChurnAndClv();
    void liveChurnAndClv();
    void changesAreOneUndoStep();
    void noChangeNoStep();
    void cancelChangesNothing();
    void screenshot();

private:
    Document *doc() const { return m_session->document(); }
    QTableWidget *table() const { return m_dialog->table(); }
    void set(int row, int column, const QVariant &value) { table()->item(row, column)->setData(Qt::EditRole, value); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MapSession> m_session;
    std::unique_ptr<BusinessFiguresDialog> m_dialog;
};

void TestBusinessFigures::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QApplication::setPalette(QApplication::style()->standardPalette());
}

void TestBusinessFigures::init()
{
    m_dir = Test::scratchDir();
    m_session = std::make_unique<MapSession>(Test::documentFromTemplate(m_dir->filePath(u"map.waymark"_s), u"phone-store"_s), false);
    m_dialog = std::make_unique<BusinessFiguresDialog>(m_session.get());
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
}

void TestBusinessFigures::cleanup()
{
    m_dialog.reset();
    m_session.reset();
    m_dir.reset();
}

void TestBusinessFigures::showsPeriodsWithChurnAndClv()
{
    // The template: 2024 850,000 customers, 127,500 lost, 31.50 x 12 x 4.2; 2025 842,000,
    // 118,000, 33 x 12 x 4.5.
    QCOMPARE(table()->rowCount(), 2);
    QCOMPARE(table()->item(0, Column::PeriodColumn)->text(), u"2024"_s);
    QCOMPARE(table()->item(0, Column::CustomersStartColumn)->data(Qt::EditRole).toLongLong(), 850000);
    QCOMPARE(table()->item(0, Column::ChurnColumn)->text(), u"15.0 %"_s);
    QCOMPARE(table()->item(0, Column::ClvColumn)->text(), u"1,587.60"_s);
    QCOMPARE(table()->item(1, Column::ChurnColumn)->text(), u"14.0 %"_s);
    QCOMPARE(table()->item(1, Column::ClvColumn)->text(), u"1,782.00"_s);
    QVERIFY(!(table()->item(0, Column::ChurnColumn)->flags() & Qt::ItemIsEditable));
}

void TestBusinessFigures::liveChurnAndClv()
{
    set(0, Column::CustomersStartColumn, qint64(1000));
    set(0, Column::CustomersLostColumn, qint64(50));
    QCOMPARE(table()->item(0, Column::ChurnColumn)->text(), u"5.0 %"_s);
    set(0, Column::OrderValueColumn, 20.0);
    set(0, Column::PurchasesColumn, 2.0);
    set(0, Column::YearsColumn, 3.0);
    QCOMPARE(table()->item(0, Column::ClvColumn)->text(), u"120.00"_s);
    set(0, Column::CustomersStartColumn, qint64(0));
    QCOMPARE(table()->item(0, Column::ChurnColumn)->text(), u"\u2014"_s); // no customers, no rate
    QCOMPARE(doc()->businessPeriods().first().customersStart, 850000); // nothing applied yet
}

void TestBusinessFigures::changesAreOneUndoStep()
{
    const QList<BusinessPeriod> original = doc()->businessPeriods();
    set(1, Column::CustomersLostColumn, qint64(100000));
    set(1, Column::PeriodColumn, u"FY 2025"_s);
    table()->selectRow(0);
    m_dialog->removeSelectedPeriods();
    m_dialog->addPeriod();
    set(1, Column::PeriodColumn, u"2026"_s);
    set(1, Column::CustomersStartColumn, qint64(900000));
    m_dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();

    QCOMPARE(m_session->undoStack()->count(), 1);
    QCOMPARE(m_session->undoStack()->text(0), u"Edit Business Figures"_s);
    const QList<BusinessPeriod> periods = doc()->businessPeriods();
    QCOMPARE(periods.size(), 2);
    QCOMPARE(periods[0].period, u"FY 2025"_s);
    QCOMPARE(periods[0].customersLost, 100000);
    QCOMPARE(periods[0].id, original[1].id);
    QCOMPARE(periods[1].period, u"2026"_s);
    QCOMPARE(periods[1].customersStart, 900000);
    QCOMPARE(periods[1].averageOrderValue, 33.0); // carried over from the period before

    m_session->undoStack()->undo();
    QCOMPARE(doc()->businessPeriods(), original);
    m_session->undoStack()->redo();
    QCOMPARE(doc()->businessPeriods().size(), 2);
    QCOMPARE(doc()->businessPeriods().at(1).period, u"2026"_s);
}

void TestBusinessFigures::noChangeNoStep()
{
    set(0, Column::CustomersStartColumn, qint64(850000)); // the same value again
    QVERIFY(!m_dialog->apply());
    m_dialog->accept();
    QCOMPARE(m_session->undoStack()->count(), 0);
}

void TestBusinessFigures::cancelChangesNothing()
{
    const QList<BusinessPeriod> original = doc()->businessPeriods();
    set(0, Column::CustomersLostColumn, qint64(1));
    m_dialog->addPeriod();
    m_dialog->reject();
    QCOMPARE(m_session->undoStack()->count(), 0);
    QCOMPARE(doc()->businessPeriods(), original);
}

void TestBusinessFigures::screenshot()
{
    m_dialog->addPeriod();
    table()->clearSelection();
    m_dialog->setFocus();
    QTest::qWait(20);
    QVERIFY(m_dialog->grab().save(Test::artifactPath(u"businessfigures.png"_s)));
}

QTEST_MAIN(TestBusinessFigures)
#include "tst_businessfigures.moc"
