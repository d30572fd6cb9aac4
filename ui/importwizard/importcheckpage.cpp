#include "importcheckpage.h"

#include "importwizard.h"
#include "io/surveyimport.h"

#include <QCheckBox>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Waymark {

namespace {

QString count(qint64 n)
{
    return QLocale().toString(n);
}

} // namespace

ImportCheckPage::ImportCheckPage(ImportWizard *wizard)
    : m_wizard(wizard)
    , m_summary(new QLabel(this))
    , m_problems(new QListWidget(this))
    , m_skipInvalid(new QCheckBox(this))
    , m_status(new QLabel(this))
{
    setTitle(tr("Check the responses"));
    setSubTitle(tr("Every row is checked against the map before anything is imported."));
    setCommitPage(false);
    m_summary->setObjectName(u"importSummary"_s);
    m_summary->setWordWrap(true);
    m_problems->setObjectName(u"importProblems"_s);
    m_problems->setUniformItemSizes(true);
    m_problems->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_skipInvalid->setObjectName(u"skipInvalid"_s);
    m_status->setObjectName(u"importStatus"_s);
    m_status->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_problems, 1);
    layout->addWidget(m_skipInvalid);
    layout->addWidget(m_status);
    connect(m_skipInvalid, &QCheckBox::toggled, this, &ImportCheckPage::completeChanged);
}

void ImportCheckPage::initializePage()
{
    m_problems->clear();
    m_status->clear();
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
    const qint64 rows = import->rows();
    const qint64 invalid = import->invalidRows();
    const qint64 valid = rows - invalid;
    if (invalid == 0)
        m_summary->setText(tr("All %1 rows can be imported.").arg(count(rows)));
    else if (valid == 0)
        m_summary->setText(tr("None of the %1 rows can be imported: every row has a problem. Go back to choose other "
                              "columns, or correct the file.").arg(count(rows)));
    else
        m_summary->setText(tr("%1 of %2 rows can be imported; %3 rows have problems and nothing is imported unless "
                              "you skip them:").arg(count(valid), count(rows), count(invalid)));
    m_problems->setVisible(invalid > 0);
    QStringList lines;
    for (const ImportProblem &problem : import->problems())
        lines.append(tr("line %1: %2").arg(problem.line).arg(problem.reason));
    if (invalid > import->problems().size())
        lines.append(tr("\u2026 and %1 more rows that are not valid").arg(count(invalid - import->problems().size())));
    m_problems->addItems(lines);
    m_skipInvalid->setText(tr("Skip the %1 rows with problems and import the %2 others").arg(count(invalid), count(valid)));
    m_skipInvalid->setVisible(invalid > 0 && valid > 0);
    emit completeChanged();
}

bool ImportCheckPage::isComplete() const
{
    const SurveyImport *import = m_wizard->checked();
    if (!import || import->rows() == import->invalidRows())
        return false;
    return import->invalidRows() == 0 || m_skipInvalid->isChecked();
}

void ImportCheckPage::showImportResult(bool cancelled)
{
    m_status->setText(cancelled ? tr("The import was cancelled; nothing was imported.")
                                : tr("The responses were not imported."));
}

} // namespace Waymark
