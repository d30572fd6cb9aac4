// Data ▸ Import Survey Responses…: columns are matched by name and can be chosen (long question
// texts too), the columns left over become segment attributes, every bad row is listed as
// "line N: reason" and blocks the import unless skipped, the import is one undo step, and a
// cancelled import leaves the map as it was.

#include "document/document.h"
#include "editor/mapsession.h"
#include "importwizard/importwizard.h"
#include "io/surveyimport.h"
#include "support/testsupport.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QProgressDialog>
#include <QSignalSpy>
#include <QStyle>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace Waymark;

namespace {

const QString Question = u"How likely are you to recommend Waymark Mobile to a friend or colleague?"_s;

} // namespace

class TestImportWizard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void matchesColumnsByName();
    void chooseLongQuestionColumn();
    void listsEveryBadRow();
    void importIsOneUndoStep();
    void unreadableFile();
    void cancelLeavesNothing();
    void screenshots();

private:
    QString writeCsv(const QString &name, const QByteArray &content);
    QString sampleCsv();
    Document *doc() const { return m_session->document(); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MapSession> m_session;
    std::unique_ptr<ImportWizard> m_wizard;
};

void TestImportWizard::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QApplication::setPalette(QApplication::style()->standardPalette());
}

void TestImportWizard::init()
{
    m_dir = Test::scratchDir();
    m_session = std::make_unique<MapSession>(Test::documentFromTemplate(m_dir->filePath(u"map.waymark"_s), u"phone-store"_s), false);
    m_wizard = std::make_unique<ImportWizard>(m_session.get());
    m_wizard->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_wizard.get()));
}

void TestImportWizard::cleanup()
{
    m_wizard.reset();
    m_session.reset();
    m_dir.reset();
}

QString TestImportWizard::writeCsv(const QString &name, const QByteArray &content)
{
    const QString path = m_dir->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        return {};
    return path;
}

QString TestImportWizard::sampleCsv()
{
    return writeCsv(u"survey.csv"_s, "Stage,\"" + Question.toUtf8() + "\",csat,Gender,Region\n"
                                     "Research online,9,5,female,North\n"
                                     "Store visit,3,2,male,South\n"
                                     "Nowhere,10,5,female,North\n"
                                     "Store visit,11,4,male,North\n"
                                     "First bill,7,,female,South\n");
}

void TestImportWizard::matchesColumnsByName()
{
    QVERIFY(m_wizard->setFile(sampleCsv()));
    QCOMPARE(m_wizard->preview().header.size(), 5);
    QCOMPARE(m_wizard->preview().rows.size(), 5);
    QCOMPARE(m_wizard->column(u"stage"_s), 0); // "Stage": case does not matter
    QCOMPARE(m_wizard->column(u"csat"_s), 2);
    QCOMPARE(m_wizard->column(u"nps"_s), -1);
    QCOMPARE(m_wizard->attributeColumns(), (QStringList{Question, u"Gender"_s, u"Region"_s}));
    QVERIFY(m_wizard->currentPage()->isComplete());
    m_wizard->next();
    QCOMPARE(m_wizard->currentId(), int(ImportWizard::MappingPage));
    auto *stageCombo = m_wizard->findChild<QComboBox *>(u"map_stage"_s);
    QCOMPARE(stageCombo->currentData().toInt(), 0);
    auto *table = m_wizard->findChild<QTableWidget *>(u"csvPreview"_s);
    QCOMPARE(table->rowCount(), 5);
    QCOMPARE(table->item(2, 0)->text(), u"Nowhere"_s);
    QVERIFY(table->horizontalHeaderItem(0)->text().endsWith(u"\u2192 stage"_s));
    QVERIFY(table->horizontalHeaderItem(3)->text().endsWith(u"attribute"_s));

    // Without a stage column there is nothing to import.
    stageCombo->setCurrentIndex(0);
    QCOMPARE(m_wizard->column(u"stage"_s), -1);
    QVERIFY(!m_wizard->currentPage()->isComplete());
}

void TestImportWizard::chooseLongQuestionColumn()
{
    QVERIFY(m_wizard->setFile(sampleCsv()));
    m_wizard->next();
    auto *nps = m_wizard->findChild<QComboBox *>(u"map_nps"_s);
    const int index = nps->findData(1);
    QVERIFY(index > 0);
    QVERIFY(nps->itemText(index).size() < Question.size()); // shortened in the list...
    QCOMPARE(nps->itemData(index, Qt::ToolTipRole).toString(), Question); // ...whole in the tooltip
    nps->setCurrentIndex(index);
    QCOMPARE(m_wizard->column(u"nps"_s), 1);
    QCOMPARE(m_wizard->attributeColumns(), (QStringList{u"Gender"_s, u"Region"_s}));
    QVERIFY(m_wizard->findChild<QLabel *>(u"attributeColumns"_s)->text().endsWith(u"Gender, Region"_s));

    // A column goes to one field only: giving it to another takes it away.
    auto *respondent = m_wizard->findChild<QComboBox *>(u"map_respondent"_s);
    respondent->setCurrentIndex(respondent->findData(1));
    QCOMPARE(m_wizard->column(u"respondent"_s), 1);
    QCOMPARE(m_wizard->column(u"nps"_s), -1);
    QCOMPARE(nps->currentData().toInt(), -1);
}

void TestImportWizard::listsEveryBadRow()
{
    QVERIFY(m_wizard->setFile(sampleCsv()));
    m_wizard->next();
    m_wizard->setColumn(u"nps"_s, 1);
    m_wizard->next();
    QCOMPARE(m_wizard->currentId(), int(ImportWizard::CheckPage));
    auto *problems = m_wizard->findChild<QListWidget *>(u"importProblems"_s);
    QCOMPARE(problems->count(), 2);
    QCOMPARE(problems->item(0)->text(), u"line 4: unknown stage 'Nowhere'"_s);
    QCOMPARE(problems->item(1)->text(), u"line 5: nps must be a whole number from 0 to 10, not '11'"_s);
    QVERIFY(m_wizard->findChild<QLabel *>(u"importSummary"_s)->text().startsWith(u"3 of 5 rows can be imported"_s));
    // All or nothing, unless the bad rows are skipped.
    auto *skip = m_wizard->findChild<QCheckBox *>(u"skipInvalid"_s);
    QVERIFY(skip->isVisible());
    QVERIFY(!m_wizard->currentPage()->isComplete());
    QVERIFY(!m_wizard->button(QWizard::FinishButton)->isEnabled());
    skip->setChecked(true);
    QVERIFY(m_wizard->currentPage()->isComplete());
    QVERIFY(m_wizard->button(QWizard::FinishButton)->isEnabled());
}

void TestImportWizard::importIsOneUndoStep()
{
    QVERIFY(m_wizard->setFile(sampleCsv()));
    m_wizard->next();
    m_wizard->setColumn(u"nps"_s, 1);
    m_wizard->next();
    m_wizard->findChild<QCheckBox *>(u"skipInvalid"_s)->setChecked(true);
    QSignalSpy finished(m_wizard.get(), &QDialog::accepted);
    m_wizard->button(QWizard::FinishButton)->click();
    QCOMPARE(finished.count(), 1);
    QCOMPARE(doc()->responseCount(), 3);
    QCOMPARE(m_session->undoStack()->count(), 1);
    QCOMPARE(m_session->undoStack()->text(0), u"Import 3 Responses"_s);
    // The answers and the attributes as mapped.
    const ResponseBatch batch = doc()->responsesOfStages({});
    QCOMPARE(batch.response(0).nps, 9);
    QCOMPARE(batch.response(0).csat, 5);
    QCOMPARE(batch.response(0).attributes, (QList<QPair<QString, QString>>{{u"Gender"_s, u"female"_s}, {u"Region"_s, u"North"_s}}));
    m_session->undoStack()->undo();
    QCOMPARE(doc()->responseCount(), 0);
}

void TestImportWizard::unreadableFile()
{
    QVERIFY(!m_wizard->setFile(writeCsv(u"latin1.csv"_s, "stage,nps\nStore visit,9\nCaf\xe9,8\n")));
    QVERIFY(m_wizard->preview().error.startsWith(u"line 3: the file is not UTF-8"_s));
    QVERIFY(!m_wizard->currentPage()->isComplete());
    QVERIFY(m_wizard->findChild<QLabel *>(u"fileStatus"_s)->text().contains(u"not UTF-8"_s));
    QVERIFY(!m_wizard->setFile(m_dir->filePath(u"missing.csv"_s)));
    QVERIFY(!m_wizard->currentPage()->isComplete());
}

void TestImportWizard::cancelLeavesNothing()
{
    QByteArray csv = "stage,nps,csat,region\n";
    const char *stages[] = {"Research online", "Store visit", "First bill"};
    for (int i = 0; i < 40000; ++i)
        csv += QByteArray(stages[i % 3]) + ',' + QByteArray::number(i % 11) + ',' + QByteArray::number(1 + i % 5) + ",r"
               + QByteArray::number(i % 4) + '\n';
    QVERIFY(m_wizard->setFile(writeCsv(u"big.csv"_s, csv)));
    m_wizard->next();
    m_wizard->next();
    QVERIFY(m_wizard->currentPage()->isComplete());
    const QByteArray before = Test::digest(doc()->path());
    QSignalSpy failed(m_session.get(), &MapSession::writeFailed);

    // The user presses Cancel as soon as the progress dialog is up.
    QTimer canceller;
    connect(&canceller, &QTimer::timeout, this, [this] {
        if (auto *progress = m_wizard->findChild<QProgressDialog *>(u"importProgress"_s))
            progress->cancel();
    });
    canceller.start(0);
    m_wizard->button(QWizard::FinishButton)->click();
    canceller.stop();

    QVERIFY(m_wizard->wasCancelled());
    QVERIFY(m_wizard->isVisible()); // still open: Import can be pressed again
    QCOMPARE(doc()->responseCount(), 0);
    QCOMPARE(m_session->undoStack()->count(), 0);
    QCOMPARE(failed.count(), 0); // a cancel is no failure
    QCOMPARE(m_wizard->findChild<QLabel *>(u"importStatus"_s)->text(), u"The import was cancelled; nothing was imported."_s);
    QCOMPARE(Test::digest(doc()->path()), before);

    // Again, to the end.
    m_wizard->button(QWizard::FinishButton)->click();
    QCOMPARE(doc()->responseCount(), 40000);
    QCOMPARE(m_session->undoStack()->count(), 1);
}

void TestImportWizard::screenshots()
{
    QVERIFY(m_wizard->setFile(sampleCsv()));
    QVERIFY(m_wizard->grab().save(Test::artifactPath(u"importwizard-file.png"_s)));
    m_wizard->next();
    m_wizard->setColumn(u"nps"_s, 1);
    QTest::qWait(20);
    QVERIFY(m_wizard->grab().save(Test::artifactPath(u"importwizard-mapping.png"_s)));
    m_wizard->next();
    QTest::qWait(20);
    QVERIFY(m_wizard->grab().save(Test::artifactPath(u"importwizard-check.png"_s)));
}

QTEST_MAIN(TestImportWizard)
#include "tst_importwizard.moc"
