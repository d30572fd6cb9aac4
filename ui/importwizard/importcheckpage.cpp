#include "importcheckpage.h"

#include "importwizard.h"
#include "survey/surveyimport.h"

#include <QCheckBox>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Waymark {

namespace {

QString count(qint64 n)
{
    return QLocale().toString(n);
}

QString figure(const std::optional<double> &value, int decimals, const QString &unit = {})
{
    return value ? QLocale().toString(*value, 'f', decimals) + unit : QString(u"\u2013"_s);
}

} // namespace

ImportCheckPage::ImportCheckPage(ImportWizard *wizard)
    : m_wizard(wizard)
    , m_summary(new QLabel(this))
    , m_skipped(new QLabel(this))
    , m_problems(new QListWidget(this))
    , m_skipInvalid(new QCheckBox(this))
    , m_stages(new QTableWidget(0, 6, this))
    , m_status(new QLabel(this))
{
    setTitle(tr("Check the responses"));
    setSubTitle(tr("Every row is checked against the map before anything is imported."));
    m_summary->setObjectName(u"importSummary"_s);
    m_summary->setWordWrap(true);
    m_skipped->setObjectName(u"skippedRows"_s);
    m_skipped->setWordWrap(true);
    m_problems->setObjectName(u"importProblems"_s);
    m_problems->setUniformItemSizes(true);
    m_problems->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_skipInvalid->setObjectName(u"skipInvalid"_s);
    m_stages->setObjectName(u"stagePreview"_s);
    m_stages->setHorizontalHeaderLabels({tr("Stage"), tr("Responses"), tr("NPS"), tr("NPS now"), tr("CSAT"), tr("CSAT mean")});
    m_stages->verticalHeader()->hide();
    m_stages->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_stages->setSelectionMode(QAbstractItemView::NoSelection);
    m_stages->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_status->setObjectName(u"importStatus"_s);
    m_status->setWordWrap(true);

    auto *previewTitle = new QLabel(tr("The figures the map will show after the import:"), this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_skipped);
    layout->addWidget(m_problems, 1);
    layout->addWidget(m_skipInvalid);
    layout->addWidget(previewTitle);
    layout->addWidget(m_stages, 2);
    layout->addWidget(m_status);
    connect(m_skipInvalid, &QCheckBox::toggled, this, &ImportCheckPage::completeChanged);
}

void ImportCheckPage::initializePage()
{
    m_problems->clear();
    m_status->clear();
    m_skipped->clear();
    m_stages->setRowCount(0);
    m_skipInvalid->setChecked(false);
    m_skipInvalid->hide();
    const bool read = m_wizard->check();
    const SurveyImport *import = m_wizard->checked();
    if (!read || !import) {
        m_summary->setText(m_wizard->checkError().isEmpty()
                               ? tr("Checking was cancelled. Go back and press Next to check again.")
                               : u"<span style=\"color:#c81e1e\">%1</span>"_s.arg(m_wizard->checkError().toHtmlEscaped()));
        m_problems->hide();
        emit completeChanged();
        return;
    }
    const ImportReport &report = import->report();
    const qint64 invalid = report.invalid;
    const qint64 valid = import->batch().size();
    if (invalid == 0 && valid > 0)
        m_summary->setText(tr("%1 responses can be imported.").arg(count(valid)));
    else if (valid == 0 && invalid > 0)
        m_summary->setText(tr("None of the %1 rows can be imported: every row has a problem. Go back to choose other "
                              "columns or values, or correct the file.").arg(count(report.rows)));
    else if (valid == 0)
        m_summary->setText(tr("There is nothing to import."));
    else
        m_summary->setText(tr("%1 responses can be imported; %2 rows have problems, and nothing is imported unless you "
                              "skip them:").arg(count(valid), count(invalid)));
    QString skipped = report.skippedText();
    if (!skipped.isEmpty())
        skipped = tr("Skipped %1 rows: %2.").arg(count(report.skippedCount()), skipped);
    if (report.replaced > 0)
        skipped += u' ' + tr("%1 responses of the map are replaced by the file's.").arg(count(report.replaced));
    m_skipped->setText(skipped.trimmed());
    m_skipped->setVisible(!m_skipped->text().isEmpty());

    m_problems->setVisible(invalid > 0);
    QStringList lines;
    for (const ImportProblem &problem : report.problems)
        lines.append(tr("line %1: %2").arg(problem.line).arg(problem.reason));
    if (invalid > report.problems.size())
        lines.append(tr("\u2026 and %1 more rows that are not valid").arg(count(invalid - report.problems.size())));
    m_problems->addItems(lines);
    m_skipInvalid->setText(tr("Skip the %1 rows with problems and import the %2 others").arg(count(invalid), count(valid)));
    m_skipInvalid->setVisible(invalid > 0 && valid > 0);
    showPreview();
    emit completeChanged();
}

void ImportCheckPage::showPreview()
{
    const ImportPreview preview = m_wizard->preview();
    QList<ImportPreview::Row> rows = preview.stages;
    rows.append(preview.overall);
    m_stages->setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r) {
        const ImportPreview::Row &row = rows.at(r);
        const QStringList cells = {row.name,
                                   count(row.after.responses),
                                   figure(row.after.nps, 1),
                                   figure(row.before.nps, 1),
                                   figure(row.after.csat, 1, u" %"_s),
                                   figure(row.after.csatMean, 2)};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            if (c > 0)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (row.stage == 0) {
                QFont bold = item->font();
                bold.setBold(true);
                item->setFont(bold);
            }
            m_stages->setItem(r, c, item);
        }
    }
    m_stages->resizeColumnsToContents();
    m_stages->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
}

bool ImportCheckPage::isComplete() const
{
    const SurveyImport *import = m_wizard->checked();
    if (!import || import->batch().isEmpty())
        return false;
    return import->invalidRows() == 0 || m_skipInvalid->isChecked();
}

void ImportCheckPage::showImportResult(bool cancelled)
{
    m_status->setText(cancelled ? tr("The import was cancelled; nothing was imported.")
                                : tr("The responses were not imported."));
}

} // namespace Waymark
