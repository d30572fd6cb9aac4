#include "importwizard.h"

#include "commands/importresponsescommand.h"
#include "document/document.h"
#include "editor/mapsession.h"
#include "importcheckpage.h"
#include "importfilepage.h"
#include "importmappingpage.h"
#include "io/formaterror.h"
#include "io/surveyimport.h"

#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QProgressDialog>

using namespace Qt::StringLiterals;

namespace Waymark {

ImportWizard::ImportWizard(MapSession *session, QWidget *parent)
    : QWizard(parent)
    , m_session(session)
    , m_columns(SurveyImport::fieldNames().size(), -1)
{
    setObjectName(u"importWizard"_s);
    setWindowTitle(tr("Import Survey Responses"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setButtonText(QWizard::FinishButton, tr("&Import"));
    setPage(FilePage, new ImportFilePage(this));
    setPage(MappingPage, new ImportMappingPage(this));
    setPage(CheckPage, new ImportCheckPage(this));
    resize(860, 640);
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
    m_data.clear();
    m_preview = {};
    m_import.reset();
    QFile file(path);
    if (path.isEmpty()) {
        m_preview.error.clear();
    } else if (!QFileInfo(path).isFile()) {
        m_preview.error = tr("There is no file '%1'.").arg(path);
    } else if (!file.open(QIODevice::ReadOnly)) {
        m_preview.error = tr("Cannot read '%1': %2").arg(path, file.errorString());
    } else {
        m_data = file.readAll();
        m_preview = CsvPreview::read(m_data);
    }
    // Columns named like a field are that field's, as on the command line.
    const QStringList fields = SurveyImport::fieldNames();
    for (qsizetype f = 0; f < fields.size(); ++f)
        m_columns[f] = SurveyImport::matchColumn(fields.at(f), m_preview.header);
    emit fileChanged();
    emit mappingChanged();
    return !m_preview.header.isEmpty();
}

int ImportWizard::column(const QString &field) const
{
    const qsizetype f = SurveyImport::fieldNames().indexOf(field);
    return f < 0 ? -1 : m_columns.at(f);
}

void ImportWizard::setColumn(const QString &field, int column)
{
    const qsizetype f = SurveyImport::fieldNames().indexOf(field);
    if (f < 0 || m_columns.at(f) == column)
        return;
    if (column >= 0) {
        for (int &other : m_columns) {
            if (other == column)
                other = -1;
        }
    }
    m_columns[f] = column;
    m_import.reset();
    emit mappingChanged();
}

QStringList ImportWizard::attributeColumns() const
{
    QStringList attributes;
    for (int c = 0; c < m_preview.header.size(); ++c) {
        if (!m_columns.contains(c))
            attributes.append(m_preview.header.at(c).isEmpty() ? tr("column %1").arg(c + 1) : m_preview.header.at(c));
    }
    return attributes;
}

bool ImportWizard::check()
{
    m_import.reset();
    m_checkError.clear();
    if (!m_session)
        return false;
    auto import = std::make_unique<SurveyImport>(*m_session->document());
    const QStringList fields = SurveyImport::fieldNames();
    for (qsizetype f = 0; f < fields.size(); ++f)
        import->map(fields.at(f), m_columns.at(f) < 0 ? QString() : m_preview.header.at(m_columns.at(f)));

    QProgressDialog progress(tr("Checking the responses\u2026"), tr("Cancel"), 0, 1000, this);
    progress.setObjectName(u"checkProgress"_s);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(400);
    try {
        const bool done = import->read(m_data, QFileInfo(m_path).fileName(), [&progress](double fraction) {
            progress.setValue(int(fraction * 1000));
            return !progress.wasCanceled();
        });
        if (!done)
            return false;
    } catch (const FormatError &error) {
        m_checkError = error.message();
        return false;
    }
    m_import = std::move(import);
    return true;
}

bool ImportWizard::importResponses()
{
    m_cancelled = false;
    if (!m_session || !m_import || m_import->rows() == m_import->invalidRows())
        return false;
    Document *document = m_session->document();
    const qint64 before = document->responseCount();
    // A copy: after a cancel, Import can be pressed again.
    ResponseBatch batch = m_import->batch();
    const qsizetype rows = batch.size();
    QProgressDialog progress(tr("Importing %1 responses\u2026").arg(QLocale().toString(qint64(rows))), tr("Cancel"), 0,
                             int(std::min<qsizetype>(rows, INT_MAX)), this);
    progress.setObjectName(u"importProgress"_s);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(0);
    progress.setAutoClose(false);
    auto *command = new ImportResponsesCommand(document, std::move(batch));
    command->setProgress([this, &progress](qint64 done) {
        progress.setValue(int(std::min<qint64>(done, INT_MAX)));
        m_cancelled = progress.wasCanceled();
        return !m_cancelled;
    });
    m_session->push(command); // a cancelled or failed command is dropped by the stack
    progress.close();
    return !m_cancelled && document->responseCount() == before + rows;
}

void ImportWizard::accept()
{
    if (importResponses())
        QWizard::accept();
    else if (auto *page = qobject_cast<ImportCheckPage *>(currentPage()))
        page->showImportResult(m_cancelled);
}

} // namespace Waymark
