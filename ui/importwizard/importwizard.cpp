#include "importwizard.h"

#include "commands/importresponsescommand.h"
#include "document/document.h"
#include "editor/mapsession.h"
#include "importcheckpage.h"
#include "importcolumnspage.h"
#include "importfilepage.h"
#include "importvaluespage.h"
#include "io/formaterror.h"
#include "survey/surveyfile.h"
#include "survey/surveyimport.h"

#include <QFileInfo>
#include <QLocale>
#include <QProgressDialog>

using namespace Qt::StringLiterals;

namespace Waymark {

ImportWizard::ImportWizard(MapSession *session, QWidget *parent)
    : QWizard(parent)
    , m_session(session)
{
    setObjectName(u"importWizard"_s);
    setWindowTitle(tr("Import Survey Responses"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setButtonText(QWizard::FinishButton, tr("&Import"));
    setPage(FilePage, new ImportFilePage(this));
    setPage(ColumnsPage, new ImportColumnsPage(this));
    setPage(ValuesPage, new ImportValuesPage(this));
    setPage(CheckPage, new ImportCheckPage(this));
    resize(900, 680);
}

ImportWizard::~ImportWizard()
{
    // ~QWidget hides the window, which takes the focus from the file page's path field, and
    // its editingFinished would call into this wizard after this destructor: a wizard going
    // away takes no more edits from its pages. (destroyed() is sent all the same.)
    for (QObject *child : findChildren<QObject *>())
        child->blockSignals(true);
}

MapSession *ImportWizard::session() const
{
    return m_session;
}

bool ImportWizard::setFile(const QString &path)
{
    m_path = path;
    m_options = {};
    m_remembered = false;
    reopen();
    if (m_head && m_head->report().rememberedMapping) {
        // The mapping the map keeps for this layout becomes the wizard's own choices, which the
        // user then changes as any other.
        const ImportMapping mapping = m_head->mapping();
        m_options.columns = mapping.columns;
        m_options.values = mapping.values;
        m_options.keep = mapping.keep;
        for (auto it = mapping.attributes.constBegin(); it != mapping.attributes.constEnd(); ++it)
            m_options.attributes.append({it.value(), it.key()});
        m_options.useRemembered = false;
        m_remembered = true;
        reopen();
    }
    emit fileChanged();
    emit mappingChanged();
    return m_head != nullptr;
}

void ImportWizard::setEncoding(const QString &encoding)
{
    m_options.encoding = encoding;
    reopen();
    emit fileChanged();
    emit mappingChanged();
}

void ImportWizard::setDelimiter(char delimiter)
{
    m_options.delimiter = delimiter;
    reopen();
    emit fileChanged();
    emit mappingChanged();
}

// Reads the head again with the options as they are: the layout, the first rows and what
// each column becomes follow every choice.
void ImportWizard::reopen()
{
    m_head.reset();
    m_checked.reset();
    m_fileError.clear();
    if (!m_session || m_path.isEmpty())
        return;
    try {
        auto head = std::make_unique<SurveyImport>(*m_session->document(), m_options);
        head->open(SurveyFile::open(m_path), QFileInfo(m_path).fileName());
        m_head = std::move(head);
    } catch (const FormatError &error) {
        m_fileError = error.message();
    }
}

int ImportWizard::column(const QString &field) const
{
    const std::optional<SurveyField> f = SurveyFields::fromName(field);
    return m_head && f ? m_head->plan().column(*f) : -1;
}

void ImportWizard::setColumn(const QString &field, int column)
{
    if (!m_head || column == this->column(field))
        return;
    const QList<SurveyColumn> &columns = m_head->layout().columns;
    if (column >= 0) {
        // A column is one field's: the one that had it lets it go.
        if (const std::optional<SurveyField> other = m_head->plan().fieldOf(column))
            m_options.columns.insert(SurveyFields::name(*other), QString());
    }
    m_options.columns.insert(field, column >= 0 && column < columns.size() ? columns.at(column).key : QString());
    reopen();
    emit mappingChanged();
}

bool ImportWizard::isKept(int column) const
{
    return m_head && m_head->plan().kept.contains(column);
}

void ImportWizard::setKept(int column, bool keep)
{
    if (!m_head || column < 0 || column >= m_head->layout().columns.size() || keep == isKept(column))
        return;
    const QString key = m_head->layout().columns.at(column).key;
    if (keep)
        m_options.keep.append(key);
    else
        m_options.keep.removeAll(key);
    reopen();
    emit mappingChanged();
}

QStringList ImportWizard::attributeColumns() const
{
    QStringList names;
    if (m_head) {
        for (const ColumnPlan::Attribute &attribute : m_head->plan().attributes)
            names.append(attribute.name);
    }
    return names;
}

void ImportWizard::setValue(SurveyField field, const QString &label, const QString &value)
{
    if (value.isEmpty())
        m_options.values.remove(field, label);
    else
        m_options.values.set(field, label, value);
    m_checked.reset();
}

bool ImportWizard::check()
{
    m_checked.reset();
    m_checkError.clear();
    if (!m_session || !m_head)
        return false;
    auto import = std::make_unique<SurveyImport>(*m_session->document(), m_options);
    QProgressDialog progress(tr("Checking the responses\u2026"), tr("Cancel"), 0, 1000, this);
    progress.setObjectName(u"checkProgress"_s);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(400);
    try {
        import->open(SurveyFile::open(m_path), QFileInfo(m_path).fileName());
        const bool done = import->readRows([&progress](double fraction) {
            progress.setValue(int(fraction * 1000));
            return !progress.wasCanceled();
        });
        if (!done)
            return false;
    } catch (const FormatError &error) {
        m_checkError = error.message();
        return false;
    }
    m_checked = std::move(import);
    return true;
}

ImportPreview ImportWizard::preview() const
{
    if (!m_session || !m_checked)
        return {};
    return ImportPreview::of(*m_session->document(), m_checked->batch(), m_checked->replacedResponses());
}

bool ImportWizard::importResponses()
{
    m_cancelled = false;
    if (!m_session || !m_checked || m_checked->batch().isEmpty())
        return false;
    Document *document = m_session->document();
    const qint64 before = document->responseCount();
    // A copy: after a cancel, Import can be pressed again.
    ResponseBatch batch = m_checked->batch();
    const qsizetype rows = batch.size();
    const qsizetype replaced = m_checked->replacedResponses().size();
    QProgressDialog progress(tr("Importing %1 responses\u2026").arg(QLocale().toString(qint64(rows))), tr("Cancel"), 0,
                             int(std::min<qsizetype>(rows, INT_MAX)), this);
    progress.setObjectName(u"importProgress"_s);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(0);
    progress.setAutoClose(false);
    auto *command = new ImportResponsesCommand(document, std::move(batch));
    command->setReplaced(m_checked->replacedResponses());
    command->setMapping(m_checked->layout().signature, m_checked->mapping().toJson());
    command->setProgress([this, &progress](qint64 done) {
        progress.setValue(int(std::min<qint64>(done, INT_MAX)));
        m_cancelled = progress.wasCanceled();
        return !m_cancelled;
    });
    m_session->push(command); // a cancelled or failed command is dropped by the stack
    progress.close();
    return !m_cancelled && document->responseCount() == before + rows - replaced;
}

void ImportWizard::accept()
{
    if (importResponses())
        QWizard::accept();
    else if (auto *page = qobject_cast<ImportCheckPage *>(currentPage()))
        page->showImportResult(m_cancelled);
}

} // namespace Waymark
