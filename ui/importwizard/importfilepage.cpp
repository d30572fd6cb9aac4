#include "importfilepage.h"

#include "importwizard.h"

#include <QDir>
#include <QFileInfo>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Waymark {

ImportFilePage::ImportFilePage(ImportWizard *wizard)
    : m_wizard(wizard)
    , m_path(new QLineEdit(this))
    , m_status(new QLabel(this))
{
    setTitle(tr("Choose the survey file"));
    setSubTitle(tr("A CSV file with a header row: comma, semicolon or tab separated, UTF-8."));
    m_path->setObjectName(u"csvPath"_s);
    m_path->setPlaceholderText(tr("Path of a .csv file"));
    m_status->setObjectName(u"fileStatus"_s);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *browse = new QPushButton(tr("&Browse\u2026"), this);
    auto *row = new QHBoxLayout;
    row->addWidget(m_path, 1);
    row->addWidget(browse);
    auto *explain = new QLabel(tr("Each row is one response. Columns named stage, touchpoint, respondent, nps, csat, ces, "
                                  "fcr, response_minutes or submitted_at are matched to those answers; you can match "
                                  "others on the next page. Every other column becomes a segment attribute (gender, "
                                  "age, region\u2026) to break the figures down by."),
                               this);
    explain->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(m_status);
    layout->addSpacing(12);
    layout->addWidget(explain);
    layout->addStretch(1);

    connect(browse, &QPushButton::clicked, this, &ImportFilePage::browse);
    connect(m_path, &QLineEdit::editingFinished, this, [this] {
        if (m_path->text() != m_wizard->path())
            m_wizard->setFile(m_path->text().trimmed());
    });
    connect(m_wizard, &ImportWizard::fileChanged, this, &ImportFilePage::showFile);
}

void ImportFilePage::browse()
{
    const QString folder = m_wizard->path().isEmpty() ? QSettings().value(u"import/lastFolder"_s, QDir::homePath()).toString()
                                                      : m_wizard->path();
    const QString path = QFileDialog::getOpenFileName(this, tr("Import Survey Responses"), folder,
                                                      tr("CSV files (*.csv *.tsv *.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    QSettings().setValue(u"import/lastFolder"_s, QFileInfo(path).absolutePath());
    m_wizard->setFile(path);
}

void ImportFilePage::showFile()
{
    if (m_path->text() != m_wizard->path())
        m_path->setText(QDir::toNativeSeparators(m_wizard->path()));
    const CsvPreview &preview = m_wizard->preview();
    if (!preview.error.isEmpty()) {
        m_status->setText(u"<span style=\"color:#c81e1e\">%1</span>"_s.arg(preview.error.toHtmlEscaped()));
    } else if (!preview.header.isEmpty()) {
        m_status->setText(tr("%1 columns, %2 separated.").arg(preview.header.size()).arg(preview.delimiterName())
                          + (preview.rows.isEmpty() ? u" "_s + tr("The file has a header but no rows.") : QString()));
    } else {
        m_status->clear();
    }
    emit completeChanged();
}

bool ImportFilePage::isComplete() const
{
    return !m_wizard->preview().header.isEmpty() && !m_wizard->preview().rows.isEmpty();
}

} // namespace Waymark
