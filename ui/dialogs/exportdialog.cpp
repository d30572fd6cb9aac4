#include "exportdialog.h"

#include "document/document.h"
#include "editor/mapsession.h"
#include "editor/selection.h"
#include "io/formaterror.h"
#include "io/formatregistry.h"
#include "store/storeerror.h"

#include <QCheckBox>
#include <climits>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Waymark {

namespace {

const QString SettingsKind = u"export/kind"_s;
const QString SettingsDir = u"export/directory"_s;
const QString SettingsDpi = u"export/dpi"_s;
const QString SettingsPage = u"export/page"_s;

QString formatOf(const QString &kind)
{
    return kind == u"report"_s || kind == u"slides"_s ? u"pdf"_s : kind;
}

// The presentation's slides, as a file: laid out for 16:9 whatever this dialog's choices.
bool isDeck(const QString &kind)
{
    return kind == u"slides"_s || kind == u"pptx"_s;
}

// Where the file goes by default: beside the map, or in Documents for a never-saved one.
QString defaultDirectory(const MapSession *session)
{
    const QString remembered = QSettings().value(SettingsDir).toString();
    if (!remembered.isEmpty() && QFileInfo(remembered).isDir())
        return remembered;
    if (!session->isUntitled())
        return QFileInfo(session->path()).absolutePath();
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

QString safeFileName(QString title)
{
    static const QString forbidden = u"/\\:*?\"<>|"_s;
    for (QChar &c : title) {
        if (forbidden.contains(c) || c.category() == QChar::Other_Control)
            c = u'-';
    }
    title = title.trimmed();
    return title.isEmpty() ? u"journey-map"_s : title;
}

} // namespace

ExportDialog::ExportDialog(MapSession *session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
{
    setWindowTitle(tr("Export Map"));
    const Document &document = *session->document();

    m_kind = new QComboBox;
    m_kind->addItem(tr("PNG image"), u"png"_s);
    m_kind->addItem(tr("SVG drawing"), u"svg"_s);
    m_kind->addItem(tr("PDF of the map"), u"pdf"_s);
    m_kind->addItem(tr("PDF report (cover, map, personas, metrics, priorities)"), u"report"_s);
    m_kind->addItem(tr("PowerPoint slides (the presentation, editable)"), u"pptx"_s);
    m_kind->addItem(tr("PDF slides (the presentation, 16:9)"), u"slides"_s);
    m_kind->addItem(tr("Waymark JSON (the whole map as data)"), u"json"_s);

    m_path = new QLineEdit;
    m_path->setMinimumWidth(360);
    auto *browse = new QPushButton(tr("&Browse…"));
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);

    m_dpi = new QSpinBox;
    m_dpi->setRange(36, 1200);
    m_dpi->setSuffix(tr(" dpi"));
    m_dpi->setSingleStep(24);
    m_transparent = new QCheckBox(tr("&Transparent background"));
    m_page = new QComboBox;
    m_page->addItem(tr("A4"), int(QPageSize::A4));
    m_page->addItem(tr("A3"), int(QPageSize::A3));
    m_page->addItem(tr("US Letter"), int(QPageSize::Letter));

    auto *format = new QFormLayout;
    format->addRow(tr("&Format:"), m_kind);
    auto *fileLabel = new QLabel(tr("&File:"));
    fileLabel->setBuddy(m_path);
    format->addRow(fileLabel, pathRow);
    format->addRow(tr("&Resolution:"), m_dpi);
    format->addRow(QString(), m_transparent);
    format->addRow(tr("&Page size:"), m_page);

    m_title = new QCheckBox(tr("Map &title"));
    m_legend = new QCheckBox(tr("&Legend"));
    m_selectionOnly = new QCheckBox;
    m_firstStage = new QComboBox;
    m_lastStage = new QComboBox;
    for (const Stage &stage : document.stages()) {
        m_firstStage->addItem(stage.name);
        m_lastStage->addItem(stage.name);
    }
    m_lastStage->setCurrentIndex(m_lastStage->count() - 1);
    auto *range = new QHBoxLayout;
    range->addWidget(m_firstStage, 1);
    range->addWidget(new QLabel(tr("to")));
    range->addWidget(m_lastStage, 1);
    const qsizetype selected = session->selection()->ids(Entity::Card).size();
    m_selectionOnly->setText(selected ? tr("Only the %n &selected card(s)", nullptr, int(selected))
                                      : tr("Only the &selected cards (none is selected)"));
    m_selectionOnly->setEnabled(selected > 0);

    auto *include = new QGroupBox(tr("Include"));
    auto *includeLayout = new QFormLayout(include);
    includeLayout->addRow(m_title);
    includeLayout->addRow(m_legend);
    includeLayout->addRow(m_selectionOnly);
    auto *rangeLabel = new QLabel(tr("St&ages:"));
    rangeLabel->setBuddy(m_firstStage);
    includeLayout->addRow(rangeLabel, range);

    m_note = new QLabel;
    m_note->setWordWrap(true);
    m_note->setForegroundRole(QPalette::PlaceholderText);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    m_buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole)->setDefault(true);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(format);
    layout->addWidget(include);
    layout->addWidget(m_note);
    layout->addStretch();
    layout->addWidget(m_buttons);

    QSettings settings;
    m_dpi->setValue(settings.value(SettingsDpi, 144).toInt());
    m_page->setCurrentIndex(std::max(0, m_page->findData(settings.value(SettingsPage, int(QPageSize::A4)).toInt())));
    m_title->setChecked(true);
    m_legend->setChecked(true);
    m_path->setText(QDir(defaultDirectory(session)).filePath(safeFileName(document.info().title) + u".png"_s));
    setKind(settings.value(SettingsKind, u"png"_s).toString());

    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        // Keep the name, change the extension to the format's.
        const QFileInfo info(m_path->text());
        const QString extension = formatOf(kind());
        if (!info.fileName().isEmpty() && info.suffix().compare(extension, Qt::CaseInsensitive) != 0)
            m_path->setText(QDir(info.path()).filePath(info.completeBaseName() + u'.' + extension));
        updateControls();
    });
    connect(m_path, &QLineEdit::textChanged, this, &ExportDialog::updateControls);
    connect(m_firstStage, &QComboBox::currentIndexChanged, this, [this](int first) {
        if (m_lastStage->currentIndex() < first)
            m_lastStage->setCurrentIndex(first);
    });
    connect(m_lastStage, &QComboBox::currentIndexChanged, this, [this](int last) {
        if (m_firstStage->currentIndex() > last)
            m_firstStage->setCurrentIndex(last);
    });
    connect(browse, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ExportDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);
    updateControls();
}

QString ExportDialog::path() const
{
    return m_path->text().trimmed();
}

void ExportDialog::setPath(const QString &path)
{
    m_path->setText(path);
}

void ExportDialog::setKind(const QString &kind)
{
    const int index = m_kind->findData(kind);
    if (index >= 0)
        m_kind->setCurrentIndex(index);
}

QString ExportDialog::kind() const
{
    return m_kind->currentData().toString();
}

const MapFormat *ExportDialog::format() const
{
    return FormatRegistry::instance().byName(formatOf(kind()));
}

ExportOptions ExportDialog::options() const
{
    ExportOptions options;
    options.dpi = m_dpi->value();
    options.page = QPageSize::PageSizeId(m_page->currentData().toInt());
    options.report = kind() == u"report"_s;
    options.slides = kind() == u"slides"_s;
    options.transparent = m_transparent->isChecked();
    options.title = m_title->isChecked();
    options.legend = m_legend->isChecked();
    if (m_selectionOnly->isEnabled() && m_selectionOnly->isChecked())
        options.selection = m_session->selection()->ids(Entity::Card);
    options.firstStage = m_firstStage->currentIndex();
    options.lastStage = m_lastStage->currentIndex();
    return options;
}

void ExportDialog::updateControls()
{
    const QString k = kind();
    const bool drawing = k != u"json"_s;
    m_dpi->setEnabled(k == u"png"_s);
    m_transparent->setEnabled(k == u"png"_s);
    m_page->setEnabled(k == u"pdf"_s || k == u"report"_s);
    const bool map = drawing && k != u"report"_s && !isDeck(k);
    for (QWidget *w : std::initializer_list<QWidget *>{m_title, m_legend, m_firstStage, m_lastStage})
        w->setEnabled(map);
    m_selectionOnly->setEnabled(map && !m_session->selection()->ids(Entity::Card).isEmpty());
    if (k == u"json"_s)
        m_note->setText(tr("The whole map as data, without survey responses: open it with “waymark new --from-json”."));
    else if (k == u"report"_s)
        m_note->setText(tr("A report to send as it is: cover, the map, personas, metrics per stage and the pain points "
                           "and opportunities ranked by impact ÷ effort."));
    else if (isDeck(k))
        m_note->setText(tr("The slides of View ▸ Present: the overview, then each stage at a size a room can read, "
                           "continued on further slides where its cards need them; speaker notes with the evidence "
                           "and survey n in the PowerPoint deck."));
    else if (k == u"png"_s)
        m_note->setText(tr("At 144 dpi a 100 % canvas pixel becomes 1.5 image pixels; use 300 dpi for print."));
    else
        m_note->setText(tr("Vector output: text stays text, sharp at any size."));
    const auto buttons = m_buttons->buttons();
    for (QAbstractButton *button : buttons) {
        if (m_buttons->buttonRole(button) == QDialogButtonBox::AcceptRole)
            button->setEnabled(!path().isEmpty());
    }
}

void ExportDialog::browse()
{
    const MapFormat *f = format();
    const QString filter = u"%1 (%2)"_s.arg(f->description(), u"*."_s + f->extensions().join(u" *."_s));
    const QString chosen = QFileDialog::getSaveFileName(this, tr("Export Map"), path(), filter);
    if (chosen.isEmpty())
        return;
    QString file = chosen;
    if (QFileInfo(file).suffix().isEmpty())
        file += u'.' + f->extensions().constFirst();
    m_path->setText(QDir::toNativeSeparators(file));
}

void ExportDialog::rememberChoices() const
{
    QSettings settings;
    settings.setValue(SettingsKind, kind());
    settings.setValue(SettingsDir, QFileInfo(path()).absolutePath());
    settings.setValue(SettingsDpi, m_dpi->value());
    settings.setValue(SettingsPage, m_page->currentData());
}

bool ExportDialog::exportNow()
{
    const QString target = QDir::fromNativeSeparators(path());
    const MapFormat *f = format();
    QString error;
    m_cancelled = false;
    if (target.isEmpty()) {
        error = tr("Choose the file to write.");
    } else if (!f) {
        error = tr("This build cannot write %1 files.").arg(formatOf(kind()).toUpper());
    } else {
        // A large map at a high resolution takes a while: show how far it is, and let it be
        // stopped (the formats then leave no file behind).
        QProgressDialog progress(tr("Exporting “%1”…").arg(QFileInfo(target).fileName()), tr("Cancel"), 0, 100, this);
        progress.setWindowModality(Qt::WindowModal);
        progress.setMinimumDuration(400);
        ExportOptions chosen = options();
        chosen.progress = [&progress](qint64 done, qint64 total) {
            progress.setMaximum(int(std::min<qint64>(total, INT_MAX)));
            progress.setValue(int(std::min<qint64>(done, INT_MAX)));
            return !progress.wasCanceled();
        };
        QGuiApplication::setOverrideCursor(Qt::WaitCursor);
        try {
            f->write(*m_session->document(), target, chosen);
        } catch (const FormatError &e) {
            m_cancelled = e.isCancelled();
            if (!m_cancelled)
                error = e.message();
        } catch (const StoreError &e) {
            error = e.message();
        }
        QGuiApplication::restoreOverrideCursor();
        if (m_cancelled) {
            m_lastError.clear();
            m_note->setText(tr("The export was cancelled; no file was written."));
            return false;
        }
    }
    m_lastError = error;
    if (!error.isEmpty()) {
        // Window-modal and not blocking: the dialog stays open to pick another file.
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Export Failed"), tr("The map was not exported."), QMessageBox::Ok, this);
        box->setInformativeText(error);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        return false;
    }
    rememberChoices();
    return true;
}

void ExportDialog::accept()
{
    if (exportNow())
        QDialog::accept();
}

} // namespace Waymark
