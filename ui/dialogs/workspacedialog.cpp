#include "workspacedialog.h"

#include "store/storeerror.h"
#include "workspace/workspaceaddress.h"

#include <QtConcurrent/QtConcurrentRun>

#include <QApplication>
#include <QComboBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <variant>

using namespace Qt::StringLiterals;

namespace Waymark {

namespace {

const QString recentKey = u"workspaces/recent"_s;
constexpr int MaxRecent = 8;

// What a worker thread hands back: the result, or the error's message for users.
template<typename T>
using Outcome = std::variant<T, QString>;

template<typename T, typename Work>
Outcome<T> attempt(Work &&work)
{
    try {
        return work();
    } catch (const StoreError &e) {
        return e.message();
    } catch (const std::exception &e) {
        return QString::fromUtf8(e.what());
    }
}

enum Column { NameColumn, TitleColumn, OwnerColumn, ReviewColumn, ResponsesColumn, PublishedColumn };

} // namespace

WorkspaceDialog::WorkspaceDialog(QWidget *parent)
    : QDialog(parent)
    , m_address(new QComboBox(this))
    , m_list(new QPushButton(tr("&List Maps"), this))
    , m_maps(new QTreeWidget(this))
    , m_status(new QLabel(this))
{
    setWindowTitle(tr("Open from Workspace"));
    m_address->setEditable(true);
    m_address->setObjectName(u"address"_s);
    m_address->addItems(recentAddresses());
    m_address->setMinimumContentsLength(48);
    m_address->lineEdit()->setPlaceholderText(u"postgresql://user@host/database"_s);
    m_address->setToolTip(tr("A PostgreSQL connection URI. The password comes from ~/.pgpass, PGPASSWORD or a service "
                             "file, never from here."));
    m_list->setObjectName(u"listMaps"_s);
    auto *addressRow = new QHBoxLayout;
    addressRow->addWidget(m_address, 1);
    addressRow->addWidget(m_list);

    m_maps->setObjectName(u"maps"_s);
    m_maps->setHeaderLabels({tr("Name"), tr("Title"), tr("Owner"), tr("Review"), tr("Responses"), tr("Published")});
    m_maps->setRootIsDecorated(false);
    m_maps->setAlternatingRowColors(true);
    m_maps->setUniformRowHeights(true);
    m_maps->header()->setStretchLastSection(false);
    m_maps->header()->setSectionResizeMode(TitleColumn, QHeaderView::Stretch);
    m_status->setObjectName(u"status"_s);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_open = buttons->addButton(tr("&Open a Copy"), QDialogButtonBox::AcceptRole);
    m_open->setObjectName(u"open"_s);
    m_open->setToolTip(tr("Reads the map into a new map of your own, to look at, present or export; save it to keep it. "
                          "Changes are not written back to the workspace."));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_open, &QPushButton::clicked, this, &WorkspaceDialog::openSelected);
    connect(m_list, &QPushButton::clicked, this, &WorkspaceDialog::listMaps);
    connect(m_address->lineEdit(), &QLineEdit::returnPressed, this, &WorkspaceDialog::listMaps);
    connect(m_maps, &QTreeWidget::itemSelectionChanged, this, &WorkspaceDialog::updateButtons);
    connect(m_maps, &QTreeWidget::itemActivated, this, &WorkspaceDialog::openSelected);
    connect(m_address, &QComboBox::currentTextChanged, this, &WorkspaceDialog::updateButtons);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Workspace:"), this));
    layout->addLayout(addressRow);
    layout->addWidget(m_maps, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(820, 440);
    updateButtons();
}

WorkspaceDialog::~WorkspaceDialog()
{
    // Closed while a worker runs: its result is dropped with the watcher, the cursor restored.
    if (m_busy)
        QApplication::restoreOverrideCursor();
}

QStringList WorkspaceDialog::recentAddresses()
{
    return QSettings().value(recentKey).toStringList();
}

QString WorkspaceDialog::address() const
{
    return m_address->currentText().trimmed();
}

void WorkspaceDialog::remember(const QString &text)
{
    QStringList recent = recentAddresses();
    recent.removeAll(text);
    recent.prepend(text);
    while (recent.size() > MaxRecent)
        recent.removeLast();
    QSettings().setValue(recentKey, recent);
}

void WorkspaceDialog::showError(const QString &message)
{
    m_status->setText(message);
    m_status->setStyleSheet(u"color: white; background: #b3261e; padding: 6px; border-radius: 3px;"_s);
    emit failed(message);
}

void WorkspaceDialog::setBusy(bool busy, const QString &what)
{
    m_busy = busy;
    if (busy) {
        m_status->setStyleSheet(QString());
        m_status->setText(what);
        QApplication::setOverrideCursor(Qt::BusyCursor);
    } else {
        QApplication::restoreOverrideCursor();
    }
    updateButtons();
}

void WorkspaceDialog::updateButtons()
{
    m_list->setEnabled(!m_busy && !address().isEmpty());
    m_address->setEnabled(!m_busy);
    m_open->setEnabled(!m_busy && !m_maps->selectedItems().isEmpty() && m_listedAddress == address());
}

void WorkspaceDialog::listMaps()
{
    if (m_busy || address().isEmpty())
        return;
    WorkspaceAddress parsed;
    try {
        parsed = WorkspaceAddress::parse(address());
    } catch (const StoreError &e) {
        showError(e.message());
        emit mapsListed();
        return;
    }
    m_maps->clear();
    m_listedAddress.clear();
    setBusy(true, tr("Connecting to %1…").arg(parsed.toString()));
    auto *watcher = new QFutureWatcher<Outcome<QList<WorkspaceMapEntry>>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, text = address()] {
        watcher->deleteLater();
        setBusy(false);
        const auto outcome = watcher->result();
        if (const QString *error = std::get_if<QString>(&outcome)) {
            showError(*error);
            emit mapsListed();
            return;
        }
        const QDate today = QDate::currentDate();
        const QLocale locale;
        for (const WorkspaceMapEntry &entry : std::get<QList<WorkspaceMapEntry>>(outcome)) {
            auto *item = new QTreeWidgetItem(m_maps);
            item->setText(NameColumn, entry.name);
            item->setText(TitleColumn, entry.info.title);
            item->setText(OwnerColumn, entry.info.owner);
            const QDate review = QDate::fromString(entry.info.reviewDate, Qt::ISODate);
            if (entry.info.reviewDue(today)) {
                item->setText(ReviewColumn, tr("Due (%1)").arg(locale.toString(review, u"d MMM yyyy"_s)));
                item->setIcon(ReviewColumn, style()->standardIcon(QStyle::SP_MessageBoxWarning));
            } else if (review.isValid()) {
                item->setText(ReviewColumn, locale.toString(review, u"d MMM yyyy"_s));
            }
            item->setText(ResponsesColumn, locale.toString(entry.responses));
            item->setTextAlignment(ResponsesColumn, Qt::AlignRight | Qt::AlignVCenter);
            item->setText(PublishedColumn, tr("%1 by %2").arg(locale.toString(entry.publishedAt.toLocalTime(), QLocale::ShortFormat),
                                                               entry.publishedBy));
            item->setToolTip(TitleColumn, entry.info.title);
        }
        for (int column = 0; column < m_maps->columnCount(); ++column) {
            if (column != TitleColumn)
                m_maps->resizeColumnToContents(column);
        }
        m_listedAddress = text;
        m_status->setStyleSheet(QString());
        m_status->setText(m_maps->topLevelItemCount() == 0 ? tr("The workspace has no maps yet (publish one with 'waymark publish FILE URL').")
                                                           : m_maps->topLevelItemCount() == 1 ? tr("1 map.")
                                                                                                : tr("%1 maps.").arg(m_maps->topLevelItemCount()));
        if (m_maps->topLevelItemCount() > 0) {
            m_maps->setCurrentItem(m_maps->topLevelItem(0));
            m_maps->setFocus();
        }
        updateButtons();
        emit mapsListed();
    });
    watcher->setFuture(QtConcurrent::run([parsed] {
        return attempt<QList<WorkspaceMapEntry>>([&parsed] { return Workspace(parsed).maps(); });
    }));
}

void WorkspaceDialog::openSelected()
{
    if (m_busy || m_maps->selectedItems().isEmpty() || m_listedAddress != address())
        return;
    const QString name = m_maps->selectedItems().first()->text(NameColumn);
    const WorkspaceAddress parsed = WorkspaceAddress::parse(m_listedAddress);
    setBusy(true, tr("Reading %1…").arg(name));
    auto *watcher = new QFutureWatcher<Outcome<Workspace::MapContent>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, name] {
        watcher->deleteLater();
        setBusy(false);
        auto outcome = watcher->result();
        if (const QString *error = std::get_if<QString>(&outcome)) {
            showError(*error);
            return;
        }
        m_content = std::move(std::get<Workspace::MapContent>(outcome));
        m_mapName = name;
        remember(m_listedAddress);
        accept();
    });
    watcher->setFuture(QtConcurrent::run([parsed, name] {
        return attempt<Workspace::MapContent>([&] { return Workspace(parsed).read(name); });
    }));
}

} // namespace Waymark
