#include "exportdialog.h"

#include "io/commentsformat.h"

#include "app/messagebox.h"
#include "document/document.h"
#include "editor/mapsession.h"
#include "editor/metricscache.h"
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
#include <QListWidget>
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
const QString SettingsCompact = u"export/compact"_s;

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

// For tests and accessibility: each option's control is named for it.
QString controlName(ExportOption option)
{
    const char *flag = exportOptionInfo(option).flag;
    switch (option) {
    case ExportOption::Title: return u"option-title"_s;
    case ExportOption::Legend: return u"option-legend"_s;
    case ExportOption::Selection: return u"option-selection"_s;
    case ExportOption::StageRange: return u"option-stages"_s;
    default: return u"option-"_s + QString::fromLatin1(flag);
    }
}

} // namespace

QList<ExportDialog::Kind> ExportDialog::kinds()
{
    QList<Kind> drawings;
    QList<Kind> data;
    for (const MapFormat *format : FormatRegistry::instance().formats(FormatRegistry::Purpose::Write)) {
        QList<Kind> &list = format->needsGui() ? drawings : data;
        list.append({format->name(), format->label(), format->note(), format, std::nullopt, format->options()});
        for (const FormatVariant &variant : format->variants())
            list.append({variant.key, variant.label, variant.note, format, variant.option, variant.options});
    }
    return drawings + data;
}

ExportDialog::ExportDialog(MapSession *session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_kinds(kinds())
{
    setWindowTitle(tr("Export Map"));
    const Document &document = *session->document();

    m_kind = new QComboBox;
    for (qsizetype i = 0; i < m_kinds.size(); ++i) {
        // Pictures and documents first, then the data formats, with a line between them.
        if (i > 0 && m_kinds.at(i - 1).format->needsGui() && !m_kinds.at(i).format->needsGui())
            m_kind->insertSeparator(m_kind->count());
        m_kind->addItem(m_kinds.at(i).label, m_kinds.at(i).key);
    }

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
    m_lanes = new QListWidget;
    m_lanes->setToolTip(tr("The lanes whose cards are written, lane by lane within each stage"));
    const QList<Id> defaultLanes = [&document, this] {
        for (const Kind &k : std::as_const(m_kinds)) {
            if (k.options.contains(ExportOption::Lanes))
                return k.format->defaultLanes(document.snapshot());
        }
        return QList<Id>();
    }();
    for (const Lane &lane : document.lanes()) {
        auto *item = new QListWidgetItem(lane.name, m_lanes);
        item->setData(Qt::UserRole, lane.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(defaultLanes.contains(lane.id) ? Qt::Checked : Qt::Unchecked);
    }
    // Whole rows only: up to five, the others a scroll away.
    const int rows = std::clamp(int(document.lanes().size()), 2, 5);
    m_lanes->setFixedHeight(rows * std::max(1, m_lanes->sizeHintForRow(0)) + 2 * m_lanes->frameWidth());

    auto *format = new QFormLayout;
    format->addRow(tr("&Format:"), m_kind);
    auto *fileLabel = new QLabel(tr("&File:"));
    fileLabel->setBuddy(m_path);
    format->addRow(fileLabel, pathRow);
    format->addRow(tr("&Resolution:"), m_dpi);
    format->addRow(QString(), m_transparent);
    format->addRow(tr("&Page size:"), m_page);
    format->addRow(tr("La&nes:"), m_lanes);

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
    m_compact = new QCheckBox(tr("&Compact: long cards cut to their first lines, as on the canvas"));
    m_compact->setToolTip(tr("For an overview poster. Otherwise every word of every card, stage and lane is shown, "
                             "and cells grow to hold it."));

    // The view filter, as the canvas and the charts show it: on by default, as what is
    // exported should be what is on screen.
    const MetricsCache *metrics = session->metrics();
    m_segment = new QCheckBox(metrics->isFiltered() ? tr("Figures of the view filter only: %1").arg(metrics->filterLabel().section(u' ', 1))
                                                    : tr("Figures of the view filter only (none is on: every respondent)"));
    m_segment->setChecked(metrics->isFiltered());
    m_segment->setToolTip(tr("Badges, touchpoint NPS, the measured curve and the report's figures count only the "
                             "respondents of the view filter; View ▸ Persona and the Survey Charts set it."));

    const qsizetype open = CommentsFormat::threads(document, false).size();
    m_comments = new QCheckBox(open ? tr("Open co&mments (%n thread(s)), at the end", nullptr, int(open))
                                    : tr("Open co&mments (there are none)"));
    m_comments->setToolTip(tr("The report ends with the open comment threads: what each is on, who said what, and the replies."));

    auto *include = new QGroupBox(tr("Include"));
    auto *includeLayout = new QFormLayout(include);
    includeLayout->addRow(m_title);
    includeLayout->addRow(m_legend);
    includeLayout->addRow(m_selectionOnly);
    includeLayout->addRow(m_compact);
    includeLayout->addRow(m_segment);
    includeLayout->addRow(m_comments);
    auto *rangeLabel = new QLabel(tr("St&ages:"));
    rangeLabel->setBuddy(m_firstStage);
    includeLayout->addRow(rangeLabel, range);

    m_controls = {
        {ExportOption::Dpi, {m_dpi}},
        {ExportOption::Transparent, {m_transparent}},
        {ExportOption::Page, {m_page}},
        {ExportOption::Lanes, {m_lanes}},
        {ExportOption::Title, {m_title}},
        {ExportOption::Legend, {m_legend}},
        {ExportOption::Selection, {m_selectionOnly}},
        {ExportOption::StageRange, {m_firstStage, m_lastStage}},
        {ExportOption::Compact, {m_compact}},
        {ExportOption::Segment, {m_segment}},
        {ExportOption::Comments, {m_comments}},
    };
    for (auto it = m_controls.constBegin(); it != m_controls.constEnd(); ++it) {
        for (QWidget *w : it.value())
            w->setObjectName(controlName(it.key()));
    }

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
    m_compact->setChecked(settings.value(SettingsCompact, false).toBool());
    m_path->setText(QDir(defaultDirectory(session)).filePath(safeFileName(document.info().title) + u".png"_s));
    setKind(u"png"_s);
    setKind(settings.value(SettingsKind, u"png"_s).toString());

    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        // Keep the name, change the extension to the format's.
        const QFileInfo info(m_path->text());
        const QStringList extensions = current().format->extensions();
        if (!info.fileName().isEmpty() && !extensions.contains(info.suffix(), Qt::CaseInsensitive))
            m_path->setText(QDir(info.path()).filePath(info.completeBaseName() + u'.' + extensions.constFirst()));
        updateControls();
    });
    connect(m_path, &QLineEdit::textChanged, this, &ExportDialog::updateControls);
    connect(m_lanes, &QListWidget::itemChanged, this, &ExportDialog::updateControls);
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

const ExportDialog::Kind &ExportDialog::current() const
{
    for (const Kind &k : m_kinds) {
        if (k.key == kind())
            return k;
    }
    return m_kinds.constFirst();
}

const MapFormat *ExportDialog::format() const
{
    return current().format;
}

QList<Id> ExportDialog::checkedLanes() const
{
    QList<Id> lanes;
    for (int i = 0; i < m_lanes->count(); ++i) {
        if (m_lanes->item(i)->checkState() == Qt::Checked)
            lanes.append(m_lanes->item(i)->data(Qt::UserRole).toLongLong());
    }
    return lanes;
}

ExportOptions ExportDialog::options() const
{
    // The values of every control; a format ignores what it does not honour. The selection
    // and the lanes count only where they are offered.
    ExportOptions options;
    if (current().variantSwitch)
        setSwitch(options, *current().variantSwitch, true);
    options.dpi = m_dpi->value();
    options.page = QPageSize::PageSizeId(m_page->currentData().toInt());
    options.transparent = m_transparent->isChecked();
    options.title = m_title->isChecked();
    options.legend = m_legend->isChecked();
    options.compact = m_compact->isChecked();
    options.comments = m_comments->isChecked();
    options.measuredEmotion = m_measuredEmotion;
    options.firstStage = m_firstStage->currentIndex();
    options.lastStage = m_lastStage->currentIndex();
    if (honours(ExportOption::Lanes))
        options.lanes = checkedLanes();
    if (m_selectionOnly->isEnabled() && m_selectionOnly->isChecked())
        options.selection = m_session->selection()->ids(Entity::Card);
    if (m_segment->isEnabled() && m_segment->isChecked()) {
        options.segment = m_session->metrics()->segment();
        options.persona = m_session->metrics()->persona();
    }
    return options;
}

void ExportDialog::updateControls()
{
    // Every option's control is enabled exactly where the chosen kind honours it.
    for (auto it = m_controls.constBegin(); it != m_controls.constEnd(); ++it) {
        for (QWidget *w : it.value())
            w->setEnabled(honours(it.key()));
    }
    if (m_session->selection()->ids(Entity::Card).isEmpty())
        m_selectionOnly->setEnabled(false);
    if (!m_session->metrics()->isFiltered())
        m_segment->setEnabled(false);
    const bool lanesMissing = honours(ExportOption::Lanes) && checkedLanes().isEmpty();
    m_note->setText(lanesMissing ? tr("Choose the lanes whose cards are written.") : current().note);
    const auto buttons = m_buttons->buttons();
    for (QAbstractButton *button : buttons) {
        if (m_buttons->buttonRole(button) == QDialogButtonBox::AcceptRole)
            button->setEnabled(!path().isEmpty() && !lanesMissing);
    }
}

void ExportDialog::browse()
{
    const MapFormat *f = format();
    const QString chosen = QFileDialog::getSaveFileName(this, tr("Export Map"), path(), f->fileFilter());
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
    settings.setValue(SettingsCompact, m_compact->isChecked());
}

bool ExportDialog::exportNow()
{
    const QString target = QDir::fromNativeSeparators(path());
    const MapFormat *f = format();
    QString error;
    m_cancelled = false;
    if (target.isEmpty()) {
        error = tr("Choose the file to write.");
    } else if (honours(ExportOption::Lanes) && checkedLanes().isEmpty()) {
        error = tr("Choose the lanes whose cards are written.");
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
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Export Failed"), QString(), QMessageBox::Ok, this);
        MessageBox::setText(*box, tr("The map was not exported."), error);
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
