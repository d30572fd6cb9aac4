#include "newmapdialog.h"

#include "render/mapthumbnail.h"
#include "templates/templatelibrary.h"

#include <QDialogButtonBox>
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

    auto *right = new QVBoxLayout;
    right->addWidget(m_preview, 1);
    right->addWidget(m_summary);
    auto *form = new QFormLayout;
    form->addRow(tr("&Title:"), m_title);
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

void NewMapDialog::showTemplate()
{
    const QString name = templateName();
    const MapData data = TemplateLibrary::load(name);
    if (!m_titleEdited)
        m_title->setText(data.info.title);
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
