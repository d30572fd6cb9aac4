// Data ▸ Import Survey Responses…, driven end to end as a user would on exports laid out as the
// tools write them: the detected layout and the header rows it skips, the columns found by
// themselves and chosen, the personal columns left out (one kept), the value-mapping table with
// its suggestions (Qualtrics' numeric stage codes, an unknown stage), every bad row listed, the
// per-stage NPS and CSAT before the import, the import as one undo step that also remembers the
// mapping (the wizard starts from it next time), and a cancel that leaves the map as it was.
// Each page is grabbed to test-artifacts/importwizard-*.png.

#include "document/document.h"
#include "editor/mapsession.h"
#include "importwizard/importwizard.h"
#include "support/testsupport.h"
#include "survey/surveyimport.h"

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

QStringList itemsOf(const QListWidget *list)
{
    QStringList items;
    for (int i = 0; i < list->count(); ++i)
        items.append(list->item(i)->text());
    return items;
}

// A row of the stage preview as shown: stage, responses, NPS, NPS now, CSAT, CSAT mean.
QStringList previewRow(const QTableWidget *table, const QString &stage)
{
    for (int r = 0; r < table->rowCount(); ++r) {
        if (table->item(r, 0)->text() == stage) {
            QStringList cells;
            for (int c = 0; c < table->columnCount(); ++c)
                cells.append(table->item(r, c)->text());
            return cells;
        }
    }
    return {};
}

} // namespace

class TestImportWizard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void qualtricsEndToEnd();
    void remembersTheMapping();
    void numericCodesSuggested();
    void unknownStageMatched();
    void listsEveryBadRow();
    void unreadableFile_data();
    void unreadableFile();
    void cancelLeavesNothing();

private:
    QString writeCsv(const QString &name, const QByteArray &content);
    void grab(const QString &name);
    QComboBox *combo(const QString &field) const { return m_wizard->findChild<QComboBox *>(u"map_"_s + field); }
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

void TestImportWizard::grab(const QString &name)
{
    QTest::qWait(20);
    QVERIFY(m_wizard->grab().save(Test::artifactPath(u"importwizard-"_s + name + u".png"_s)));
}

// The issue's own case: a Qualtrics export with a preview, spam, an unfinished response, a row
// that answers nothing and a stage choice typed with two spaces gives NPS -38.5 on 13 rows.
void TestImportWizard::qualtricsEndToEnd()
{
    QVERIFY(m_wizard->setFile(Test::fixture(u"survey/qualtrics.csv"_s)));
    const QString layout = m_wizard->findChild<QLabel *>(u"layoutSummary"_s)->text();
    QVERIFY2(layout.contains(u"<b>Qualtrics</b> export: its first 3 rows are its header (export tags, question texts, import ids) "
                             "and are not imported"_s),
             qPrintable(layout));
    QVERIFY2(layout.contains(u"Encoding UTF-8 (a byte-order mark); comma-separated."_s), qPrintable(layout));
    QVERIFY(m_wizard->currentPage()->isComplete());
    grab(u"1-file"_s);

    m_wizard->next();
    QCOMPARE(m_wizard->currentId(), int(ImportWizard::ColumnsPage));
    const auto key = [this](const QString &field) {
        const int column = combo(field)->currentData().toInt();
        return column < 0 ? QString() : m_wizard->head()->layout().columns.at(column).key;
    };
    // Found by themselves: the stage by its values, the NPS question, the tool's id and date.
    QCOMPARE(key(u"stage"_s), u"Q1"_s);
    QCOMPARE(key(u"nps"_s), u"Q2"_s);
    QCOMPARE(key(u"respondent"_s), u"ResponseId"_s);
    QCOMPARE(key(u"submitted_at"_s), u"RecordedDate"_s);
    QCOMPARE(key(u"csat"_s), QString());
    combo(u"csat"_s)->setCurrentIndex(combo(u"csat"_s)->findData(m_wizard->head()->layout().columnsNamed(u"Q3"_s).first()));
    combo(u"fcr"_s)->setCurrentIndex(combo(u"fcr"_s)->findData(m_wizard->head()->layout().columnsNamed(u"Q4"_s).first()));
    QCOMPARE(key(u"csat"_s), u"Q3"_s);
    QCOMPARE(key(u"fcr"_s), u"Q4"_s);

    auto *excluded = m_wizard->findChild<QListWidget *>(u"excludedColumns"_s);
    const QStringList left = itemsOf(excluded);
    QVERIFY2(left.contains(u"IPAddress \u00b7 IP Address \u2014 personal data: IP addresses"_s), qPrintable(left.join(u'\n')));
    QVERIFY(left.contains(u"RecipientEmail \u00b7 Recipient Email \u2014 personal data: e-mail addresses"_s));
    QVERIFY(left.contains(u"Status \u00b7 Response Type \u2014 survey tool bookkeeping"_s));
    // Keep the latitude, left out as personal data, as a segment attribute.
    for (int i = 0; i < excluded->count(); ++i) {
        if (excluded->item(i)->text().startsWith(u"LocationLatitude"_s))
            excluded->item(i)->setCheckState(Qt::Checked);
    }
    QVERIFY(m_wizard->attributeColumns().contains(u"Location Latitude"_s));
    QVERIFY(!m_wizard->attributeColumns().contains(u"IP Address"_s));
    auto *preview = m_wizard->findChild<QTableWidget *>(u"csvPreview"_s);
    QCOMPARE(preview->rowCount(), 17); // the data rows, header rows aside
    QCOMPARE(preview->horizontalHeaderItem(17)->text(), u"Q1\n\u2192 stage"_s);
    QCOMPARE(preview->horizontalHeaderItem(3)->text(), u"IPAddress\nleft out"_s);
    grab(u"2-columns"_s);

    m_wizard->next();
    QCOMPARE(m_wizard->currentId(), int(ImportWizard::ValuesPage));
    QCOMPARE(m_wizard->findChild<QLabel *>(u"valuesSummary"_s)->text(),
             u"Every label and code in the file has a meaning: there is nothing to match."_s);
    grab(u"3-values"_s);

    m_wizard->next();
    QCOMPARE(m_wizard->currentId(), int(ImportWizard::CheckPage));
    QCOMPARE(m_wizard->findChild<QLabel *>(u"importSummary"_s)->text(), u"13 responses can be imported."_s);
    QCOMPARE(m_wizard->findChild<QLabel *>(u"skippedRows"_s)->text(),
             u"Skipped 4 rows: 1 survey preview, 1 marked as spam, 1 unfinished, 1 answering nothing."_s);
    auto *stages = m_wizard->findChild<QTableWidget *>(u"stagePreview"_s);
    // Stage, responses, NPS, NPS now, CSAT, CSAT mean (worked out in tst_surveyfixtures).
    QCOMPARE(previewRow(stages, u"Setup and number transfer"_s),
             (QStringList{u"Setup and number transfer"_s, u"2"_s, u"50.0"_s, u"\u2013"_s, u"50.0 %"_s, u"3.50"_s}));
    QCOMPARE(previewRow(stages, u"Support contact"_s),
             (QStringList{u"Support contact"_s, u"4"_s, u"-100.0"_s, u"\u2013"_s, u"25.0 %"_s, u"2.50"_s}));
    QCOMPARE(previewRow(stages, u"All stages"_s), (QStringList{u"All stages"_s, u"13"_s, u"-38.5"_s, u"\u2013"_s, u"38.5 %"_s, u"3.00"_s}));
    QVERIFY(m_wizard->button(QWizard::FinishButton)->isEnabled());
    grab(u"4-check"_s);

    QSignalSpy finished(m_wizard.get(), &QDialog::accepted);
    m_wizard->button(QWizard::FinishButton)->click();
    QCOMPARE(finished.count(), 1);
    QCOMPARE(doc()->responseCount(), 13);
    QCOMPARE(m_session->undoStack()->count(), 1);
    QCOMPARE(m_session->undoStack()->text(0), u"Import 13 Responses"_s);
    const QString signature = m_wizard->checked()->layout().signature;
    QVERIFY(doc()->importMapping(signature));
    const ResponseBatch batch = doc()->responsesOfStages({});
    const auto attributes = batch.response(0).attributes;
    QVERIFY(std::any_of(attributes.begin(), attributes.end(), [](const auto &a) { return a.first == u"Location Latitude"_s; }));
    QVERIFY(std::none_of(attributes.begin(), attributes.end(), [](const auto &a) { return a.first == u"IP Address"_s; }));

    // One undo step takes the responses and the remembered mapping away.
    m_session->undoStack()->undo();
    QCOMPARE(doc()->responseCount(), 0);
    QVERIFY(!doc()->importMapping(signature));
}

// The mapping chosen once is where the wizard starts for the next export of the same layout.
void TestImportWizard::remembersTheMapping()
{
    const QString path = writeCsv(u"march.csv"_s, "Which part?;How happy (1-5)?;Region\nStore visit;5;North\nFirst bill;2;South\n");
    QVERIFY(m_wizard->setFile(path));
    QVERIFY(!m_wizard->usesRememberedMapping());
    m_wizard->next();
    combo(u"csat"_s)->setCurrentIndex(combo(u"csat"_s)->findData(1));
    m_wizard->next();
    m_wizard->next();
    m_wizard->button(QWizard::FinishButton)->click();
    QCOMPARE(doc()->responseCount(), 2);

    ImportWizard next(m_session.get());
    const QString april = writeCsv(u"april.csv"_s, "Which part?;How happy (1-5)?;Region\nSupport contact;4;East\n");
    QVERIFY(next.setFile(april));
    QVERIFY(next.usesRememberedMapping());
    QVERIFY(next.findChild<QLabel *>(u"layoutSummary"_s)->text().contains(u"matched as at the last import of this layout"_s));
    QCOMPARE(next.column(u"csat"_s), 1);
    QCOMPARE(next.column(u"stage"_s), 0);
    QVERIFY(next.check());
    QCOMPARE(int(next.checked()->batch().row(0).csat), 4);
}

// Qualtrics' numeric export: the stage question's codes are offered as the map's stages in
// order, FCR's 2 as no. The user corrects one suggestion by hand.
void TestImportWizard::numericCodesSuggested()
{
    QVERIFY(m_wizard->setFile(Test::fixture(u"survey/qualtrics-legacy.csv"_s)));
    QVERIFY(m_wizard->findChild<QLabel *>(u"layoutSummary"_s)->text().contains(u"Qualtrics (legacy export)"_s));
    m_wizard->next();
    // No column holds stage names: the stage is chosen by hand, as are CSAT and FCR.
    QVERIFY(!m_wizard->currentPage()->isComplete());
    const SurveyLayout layout = m_wizard->head()->layout(); // a copy: each choice reads the head again
    combo(u"stage"_s)->setCurrentIndex(combo(u"stage"_s)->findData(layout.columnsNamed(u"Q1"_s).first()));
    combo(u"csat"_s)->setCurrentIndex(combo(u"csat"_s)->findData(layout.columnsNamed(u"Q3"_s).first()));
    combo(u"fcr"_s)->setCurrentIndex(combo(u"fcr"_s)->findData(layout.columnsNamed(u"Q4"_s).first()));
    QVERIFY(m_wizard->currentPage()->isComplete());
    m_wizard->next();

    auto *table = m_wizard->findChild<QTableWidget *>(u"valueTable"_s);
    QStringList rows;
    for (int r = 0; r < table->rowCount(); ++r) {
        auto *value = qobject_cast<QComboBox *>(table->cellWidget(r, 3));
        rows.append(table->item(r, 0)->text() + u' ' + table->item(r, 1)->text() + u" \u2192 "_s + value->currentText() + u" ("_s
                    + table->item(r, 4)->text() + u')');
    }
    QCOMPARE(rows, (QStringList{u"stage 1 \u2192 Research online (suggested)"_s, u"stage 2 \u2192 Store visit (suggested)"_s,
                                u"stage 3 \u2192 Contract and checkout (suggested)"_s, u"stage 5 \u2192 First bill (suggested)"_s,
                                u"stage 6 \u2192 Support contact (suggested)"_s, u"stage 7 \u2192 Renewal and advocacy (suggested)"_s,
                                u"fcr 2 \u2192 no (suggested)"_s}));
    QCOMPARE(m_wizard->findChild<QLabel *>(u"valuesSummary"_s)->text(), u"7 of the file's values had no meaning: each is filled with a suggestion. Check them."_s);
    grab(u"values-suggested"_s);
    // Code 7 was no renewal in this survey but the setup: the user says so (and back again).
    auto *seven = m_wizard->findChild<QComboBox *>(u"value_stage_7"_s);
    seven->setCurrentIndex(seven->findData(u"Setup and number transfer"_s));
    QCOMPARE(m_wizard->options().values.value(SurveyField::Stage, u"7"_s), std::optional<QString>(u"Setup and number transfer"_s));
    seven->setCurrentIndex(seven->findData(u"Renewal and advocacy"_s));

    m_wizard->next();
    QCOMPARE(m_wizard->findChild<QLabel *>(u"importSummary"_s)->text(), u"10 responses can be imported."_s);
    const auto *stages = m_wizard->findChild<QTableWidget *>(u"stagePreview"_s);
    QCOMPARE(previewRow(stages, u"All stages"_s), (QStringList{u"All stages"_s, u"10"_s, u"0.0"_s, u"\u2013"_s, u"50.0 %"_s, u"3.20"_s}));
    QCOMPARE(previewRow(stages, u"Support contact"_s).mid(1),
             (QStringList{u"3"_s, u"-33.3"_s, u"\u2013"_s, u"33.3 %"_s, u"2.67"_s}));
    m_wizard->button(QWizard::FinishButton)->click();
    QCOMPARE(doc()->responseCount(), 10);
}

// A stage the map does not have is matched to one in the value table.
void TestImportWizard::unknownStageMatched()
{
    QVERIFY(m_wizard->setFile(writeCsv(u"s.csv"_s, "stage,nps\nStore visit,9\nSetup & number transfer,3\nSetup & number transfer,10\n")));
    m_wizard->next();
    m_wizard->next();
    auto *value = m_wizard->findChild<QComboBox *>(u"value_stage_Setup & number transfer"_s);
    QVERIFY(value);
    QCOMPARE(value->currentText(), u"Setup and number transfer"_s);
    auto *table = m_wizard->findChild<QTableWidget *>(u"valueTable"_s);
    QCOMPARE(table->item(0, 2)->text(), u"2"_s); // rows
    m_wizard->next();
    QCOMPARE(m_wizard->findChild<QLabel *>(u"importSummary"_s)->text(), u"3 responses can be imported."_s);
    QCOMPARE(previewRow(m_wizard->findChild<QTableWidget *>(u"stagePreview"_s), u"Setup and number transfer"_s).value(2), u"0.0"_s);
}

// Every bad row is listed and blocks the import unless the user skips them.
void TestImportWizard::listsEveryBadRow()
{
    QVERIFY(m_wizard->setFile(writeCsv(u"survey.csv"_s, "Stage,\"" + Question.toUtf8() + "\",csat,Gender,Region\n"
                                                        "Research online,9,5,female,North\n"
                                                        "Store visit,3,2,male,South\n"
                                                        "Nowhere,10,5,female,North\n"
                                                        "Store visit,11,4,male,North\n"
                                                        "First bill,7,,female,South\n")));
    m_wizard->next();
    QCOMPARE(m_wizard->column(u"nps"_s), 1); // the standard question
    m_wizard->next();
    m_wizard->next();
    QCOMPARE(m_wizard->currentId(), int(ImportWizard::CheckPage));
    auto *problems = m_wizard->findChild<QListWidget *>(u"importProblems"_s);
    QCOMPARE(itemsOf(problems), (QStringList{u"line 4: unknown stage 'Nowhere'"_s,
                                             u"line 5: nps must be a whole number from 0 to 10, not '11'"_s}));
    QCOMPARE(m_wizard->findChild<QLabel *>(u"importSummary"_s)->text(),
             u"3 responses can be imported; 2 rows have problems, and nothing is imported unless you skip them:"_s);
    auto *skip = m_wizard->findChild<QCheckBox *>(u"skipInvalid"_s);
    QVERIFY(skip->isVisible());
    QVERIFY(!m_wizard->button(QWizard::FinishButton)->isEnabled());
    grab(u"check-problems"_s);
    skip->setChecked(true);
    QVERIFY(m_wizard->button(QWizard::FinishButton)->isEnabled());
    m_wizard->button(QWizard::FinishButton)->click();
    QCOMPARE(doc()->responseCount(), 3);
    QCOMPARE(m_session->undoStack()->count(), 1);
}

void TestImportWizard::unreadableFile_data()
{
    QTest::addColumn<QByteArray>("content"); // empty: the path is a folder
    QTest::addColumn<QString>("error");

    QTest::newRow("binary") << QByteArray("PK\x03\x04\x14\0\x06\0\x08\0\0\0", 12) << u"line 1: the file holds NUL bytes"_s;
    QTest::newRow("empty") << QByteArray(" ") << u"the file is empty"_s;
    QTest::newRow("a folder") << QByteArray() << u"it is a folder, not a file"_s;
}

void TestImportWizard::unreadableFile()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, error);
    const QString path = content.isEmpty() ? m_dir->path() : writeCsv(u"bad.csv"_s, content);
    QVERIFY(!m_wizard->setFile(path));
    QVERIFY2(m_wizard->fileError().contains(error), qPrintable(m_wizard->fileError()));
    QVERIFY(!m_wizard->currentPage()->isComplete());
    QVERIFY(m_wizard->findChild<QLabel *>(u"fileStatus"_s)->text().contains(error.toHtmlEscaped()));
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

QTEST_MAIN(TestImportWizard)
#include "tst_importwizard.moc"
