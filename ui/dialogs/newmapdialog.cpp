#include "newmapdialog.h"

#include "render/mapthumbnail.h"
#include "templates/templatelibrary.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPixmap>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Waymark {

NewMapDialog::NewMapDialog(QWidget *parent)
    : QDialog(parent)
    , m_list(new QListWidget(this))
    , m_preview(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_title(new QLineEdit(this))
    , m_path(new QLineEdit(this))
{
    setWindowTitle(tr("New Journey Map"));
    m_list->setMinimumWidth(260);
    m_list->setSpacing(2);
    for (const TemplateLibrary::Entry &entry : TemplateLibrary::entries()) {
        auto *item = new QListWidgetItem(entry.title, m_list);
        item->setData(Qt::UserRole, entry.name);
        item->setToolTip(entry.summary);
    }
    m_preview->setMinimumSize(560, 320);
    m_preview->setAlignment(Qt::AlignCenter);
    m_preview->setFrameShape(QFrame::StyledPanel);
    m_preview->setBackgroundRole(QPalette::Base);
    m_preview->setAutoFillBackground(true);
    m_summary->setWordWrap(true);
    m_summary->setMinimumHeight(m_summary->fontMetrics().lineSpacing() * 3);
    m_title->setPlaceholderText(tr("A title for the map"));
    connect(m_title, &QLineEdit::textEdited, this, [this] { m_titleEdited = true; });
    connect(m_title, &QLineEdit::textChanged, this, &NewMapDialog::updatePath);
    m_path->setObjectName(u"newMapPath"_s);
    m_path->setToolTip(tr("The map is saved here as soon as it is made, and every edit after"));
    connect(m_path, &QLineEdit::textEdited, this, [this] { m_pathChosen = true; });
    auto *change = new QPushButton(tr("C&hange\u2026"), this);
    connect(change, &QPushButton::clicked, this, &NewMapDialog::choosePath);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(change);

    auto *right = new QVBoxLayout;
    right->addWidget(m_preview, 1);
    right->addWidget(m_summary);
    auto *form = new QFormLayout;
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Save as:"), pathRow);
    right->addLayout(form);
    auto *columns = new QHBoxLayout;
    columns->addWidget(m_list);
    columns->addLayout(right, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Create"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::itemDoubleClicked, this, &QDialog::accept);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(buttons);

    connect(m_list, &QListWidget::currentRowChanged, this, &NewMapDialog::showTemplate);
    m_list->setCurrentRow(0);
}

QString NewMapDialog::templateName() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toString() : u"blank"_s;
}

MapData NewMapDialog::mapData() const
{
    MapData data = TemplateLibrary::load(templateName());
    if (!m_title->text().trimmed().isEmpty())
        data.info.title = m_title->text().trimmed();
    return data;
}

QString NewMapDialog::path() const
{
    return QDir::fromNativeSeparators(m_path->text().trimmed());
}

void NewMapDialog::setPath(const QString &path)
{
    m_pathChosen = true;
    m_path->setText(QDir::toNativeSeparators(path));
}

QString NewMapDialog::defaultFolder()
{
    const QString last = QSettings().value(u"lastFolder"_s).toString();
    if (!last.isEmpty() && QFileInfo(last).isDir() && QFileInfo(last).isWritable())
        return last;
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return documents.isEmpty() ? QDir::homePath() : documents;
}

QString NewMapDialog::freePath(const QString &folder, const QString &title)
{
    static const QString forbidden = u"/\\:*?\"<>|"_s;
    QString name = title.trimmed();
    for (QChar &c : name) {
        if (forbidden.contains(c) || c.category() == QChar::Other_Control)
            c = u'-';
    }
    if (name.isEmpty() || name.startsWith(u'.'))
        name = tr("Journey map");
    name.truncate(120);
    const QDir dir(folder);
    QString path = dir.filePath(name + u".waymark"_s);
    for (int n = 2; QFileInfo::exists(path); ++n)
        path = dir.filePath(u"%1 %2.waymark"_s.arg(name).arg(n));
    return path;
}

void NewMapDialog::updatePath()
{
    // The file follows the title until the user names it themselves.
    if (m_pathChosen)
        return;
    const QString title = m_title->text().trimmed().isEmpty() ? TemplateLibrary::load(templateName()).info.title : m_title->text();
    const QString folder = m_path->text().isEmpty() ? defaultFolder() : QFileInfo(path()).absolutePath();
    m_path->setText(QDir::toNativeSeparators(freePath(folder, title)));
}

void NewMapDialog::choosePath()
{
    QString chosen = QFileDialog::getSaveFileName(this, tr("Save the New Map As"), path(), tr("Waymark maps (*.waymark)"));
    if (chosen.isEmpty())
        return;
    if (QFileInfo(chosen).suffix().isEmpty())
        chosen += u".waymark"_s;
    setPath(chosen);
    m_replaceConfirmed = path();
}

void NewMapDialog::accept()
{
    const QFileInfo target(path());
    QString problem;
    if (target.fileName().isEmpty())
        problem = tr("Say where to save the map.");
    else if (!target.absoluteDir().exists())
        problem = tr("The folder \u201c%1\u201d does not exist.").arg(QDir::toNativeSeparators(target.absolutePath()));
    else if (target.exists() && !target.isFile())
        problem = tr("\u201c%1\u201d is not a file.").arg(QDir::toNativeSeparators(target.absoluteFilePath()));
    if (!problem.isEmpty()) {
        QMessageBox::warning(this, tr("Cannot Create the Map"), problem);
        return;
    }
    if (target.exists() && !m_pathChosen) {
        // Someone made the file since: take the next free name rather than replace it.
        m_path->setText(QDir::toNativeSeparators(freePath(target.absolutePath(), target.completeBaseName())));
    } else if (target.exists() && path() != m_replaceConfirmed // the file dialog asked already
               && QMessageBox::question(this, tr("Replace the File?"),
                                        tr("\u201c%1\u201d exists already. Replace it with the new map?").arg(target.fileName()),
                                        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
                   != QMessageBox::Yes) {
        return;
    }
    QSettings().setValue(u"lastFolder"_s, QFileInfo(path()).absolutePath());
    QDialog::accept();
}

void NewMapDialog::showTemplate()
{
    const QString name = templateName();
    const MapData data = TemplateLibrary::load(name);
    if (!m_titleEdited)
        m_title->setText(data.info.title);
    updatePath();
    m_summary->setText(u"<b>%1</b><br>%2<br><span style='color:gray'>%3</span>"_s.arg(
        data.info.title.toHtmlEscaped(), data.info.description.toHtmlEscaped(),
        tr("%1 stages · %2 lanes · %3 cards · %4 personas")
            .arg(data.stages.size())
            .arg(data.lanes.size())
            .arg(data.cards.size())
            .arg(data.personas.size())));
    if (!m_previews.contains(name))
        m_previews.insert(name, MapThumbnail::render(data, m_preview->width() - 16, m_preview->height() - 16, devicePixelRatioF()));
    m_preview->setPixmap(QPixmap::fromImage(m_previews.value(name)));
}

} // namespace Waymark
