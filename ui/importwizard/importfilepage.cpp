#include "importfilepage.h"

#include "importwizard.h"
#include "io/csvdialect.h"
#include "survey/surveyimport.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QSignalBlocker>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Waymark {

ImportFilePage::ImportFilePage(ImportWizard *wizard)
    : m_wizard(wizard)
    , m_path(new QLineEdit(this))
    , m_status(new QLabel(this))
    , m_layout(new QLabel(this))
    , m_encoding(new QComboBox(this))
    , m_delimiter(new QComboBox(this))
{
    setTitle(tr("Choose the survey export"));
    setSubTitle(tr("A CSV or tab-separated export of Qualtrics, SurveyMonkey, Google Forms, Typeform or a spreadsheet."));
    m_path->setObjectName(u"csvPath"_s);
    m_path->setPlaceholderText(tr("Path of a .csv or .txt file"));
    m_status->setObjectName(u"fileStatus"_s);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_layout->setObjectName(u"layoutSummary"_s);
    m_layout->setWordWrap(true);
    m_layout->setTextFormat(Qt::RichText);

    m_encoding->setObjectName(u"encodingChoice"_s);
    m_encoding->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_encoding->addItem(tr("Detect"), QString());
    for (const QString &name : {u"UTF-8"_s, u"UTF-16LE"_s, u"UTF-16BE"_s, u"windows-1252"_s, u"ISO-8859-15"_s})
        m_encoding->addItem(name, name);
    m_delimiter->setObjectName(u"delimiterChoice"_s);
    m_delimiter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_delimiter->addItem(tr("Detect"), 0);
    for (const char d : {',', ';', '\t', '|'})
        m_delimiter->addItem(CsvDialect::delimiterName(d), int(d));

    auto *browse = new QPushButton(tr("&Browse\u2026"), this);
    auto *row = new QHBoxLayout;
    row->addWidget(m_path, 1);
    row->addWidget(browse);
    auto *reading = new QFormLayout;
    reading->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    reading->addRow(tr("&Encoding:"), m_encoding);
    reading->addRow(tr("&Delimiter:"), m_delimiter);
    auto *explain = new QLabel(tr("Each row after the header is one response. The survey tool is recognised by its header "
                                  "rows; its previews, spam, unfinished responses and rows that answer nothing are left out, "
                                  "and so are columns of personal data (IP and e-mail addresses, names, locations)."),
                               this);
    explain->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(m_status);
    layout->addWidget(m_layout);
    layout->addLayout(reading);
    layout->addSpacing(12);
    layout->addWidget(explain);
    layout->addStretch(1);

    connect(browse, &QPushButton::clicked, this, &ImportFilePage::browse);
    connect(m_path, &QLineEdit::editingFinished, this, [this] {
        if (m_path->text().trimmed() != QDir::toNativeSeparators(m_wizard->path()))
            m_wizard->setFile(QDir::fromNativeSeparators(m_path->text().trimmed()));
    });
    connect(m_encoding, &QComboBox::currentIndexChanged, this, [this] { m_wizard->setEncoding(m_encoding->currentData().toString()); });
    connect(m_delimiter, &QComboBox::currentIndexChanged, this, [this] { m_wizard->setDelimiter(char(m_delimiter->currentData().toInt())); });
    connect(m_wizard, &ImportWizard::fileChanged, this, &ImportFilePage::showFile);
}

void ImportFilePage::browse()
{
    const QString folder = m_wizard->path().isEmpty() ? QSettings().value(u"import/lastFolder"_s, QDir::homePath()).toString()
                                                      : m_wizard->path();
    const QString path = QFileDialog::getOpenFileName(this, tr("Import Survey Responses"), folder,
                                                      tr("Survey exports (*.csv *.tsv *.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    QSettings().setValue(u"import/lastFolder"_s, QFileInfo(path).absolutePath());
    m_wizard->setFile(path);
}

void ImportFilePage::showFile()
{
    if (m_path->text() != QDir::toNativeSeparators(m_wizard->path()))
        m_path->setText(QDir::toNativeSeparators(m_wizard->path()));
    const QSignalBlocker encodingBlocker(m_encoding);
    const QSignalBlocker delimiterBlocker(m_delimiter);
    m_encoding->setCurrentIndex(std::max(0, m_encoding->findData(m_wizard->options().encoding)));
    m_delimiter->setCurrentIndex(std::max(0, m_delimiter->findData(int(m_wizard->options().delimiter))));

    const SurveyImport *head = m_wizard->head();
    // "Detect" says what it found.
    m_encoding->setItemText(0, head && m_wizard->options().encoding.isEmpty() ? tr("Detect (%1)").arg(head->report().encoding) : tr("Detect"));
    m_delimiter->setItemText(0, head && !m_wizard->options().delimiter
                                    ? tr("Detect (%1)").arg(CsvDialect::delimiterName(head->report().delimiter))
                                    : tr("Detect"));
    if (!m_wizard->fileError().isEmpty()) {
        m_status->setText(u"<span style=\"color:#c81e1e\">%1</span>"_s.arg(m_wizard->fileError().toHtmlEscaped()));
        m_layout->clear();
    } else if (head) {
        const ImportReport &report = head->report();
        const int columns = int(report.layout.columns.size());
        m_status->setText(tr("%1 columns; the first %2 rows are shown on the next page.")
                              .arg(columns)
                              .arg(QLocale().toString(qint64(head->sample().size()))));
        QString text = tr("<b>%1</b> export").arg(report.layout.toolName().toHtmlEscaped());
        if (report.layout.headerRows > 1)
            text += tr(": its first %1 rows are its header (%2) and are not imported")
                        .arg(report.layout.headerRows)
                        .arg(report.layout.headerRowNames.join(u", "_s).toHtmlEscaped());
        text += u".<br>"_s
                + tr("Encoding %1 (%2); %3-separated.")
                      .arg(report.encoding.toHtmlEscaped(), report.encodingReason.toHtmlEscaped(),
                           CsvDialect::delimiterName(report.delimiter).toHtmlEscaped());
        if (m_wizard->usesRememberedMapping())
            text += u"<br>"_s + tr("The columns and values are matched as at the last import of this layout.");
        m_layout->setText(text);
    } else {
        m_status->clear();
        m_layout->clear();
    }
    emit completeChanged();
}

bool ImportFilePage::isComplete() const
{
    return m_wizard->head() != nullptr && !m_wizard->head()->sample().isEmpty();
}

} // namespace Waymark
