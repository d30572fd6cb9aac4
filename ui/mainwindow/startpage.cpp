#include "startpage.h"

#include "app/documentmanager.h"
#include "mapimporter.h"
#include "store/mapinfopeek.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QMimeData>
#include <QUrl>

#include <QtConcurrent/QtConcurrentRun>

#include <QDir>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Waymark {

StartPage::StartPage(QWidget *parent)
    : QWidget(parent)
    , m_recent(new QListWidget(this))
{
    auto *title = new QLabel(tr("Waymark"), this);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 2.2);
    big.setBold(true);
    title->setFont(big);
    auto *subtitle = new QLabel(tr("Map how your customers meet your brand — and back it with what they said."), this);
    subtitle->setWordWrap(true);

    auto *newButton = new QPushButton(tr("New Map…"), this);
    auto *openButton = new QPushButton(tr("Open…"), this);
    // A link rather than a third button: the page must not widen the window's centre, which
    // the canvas shares with the docks.
    auto *importHint = new QLabel(tr("Or <a href=\"import\">import a file</a> to make a map from (%1), or drop one here.")
                                      .arg(MapImporter::readableFormats().toHtmlEscaped()),
                                  this);
    importHint->setObjectName(u"importHint"_s);
    importHint->setWordWrap(true);
    importHint->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    importHint->setFocusPolicy(Qt::TabFocus);
    connect(importHint, &QLabel::linkActivated, this, &StartPage::importRequested);
    newButton->setDefault(true);
    connect(newButton, &QPushButton::clicked, this, &StartPage::newRequested);
    connect(openButton, &QPushButton::clicked, this, &StartPage::openRequested);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(newButton);
    buttons->addWidget(openButton);
    buttons->addStretch();
    setAcceptDrops(true);

    auto *recentLabel = new QLabel(tr("Recent maps"), this);
    QFont bold = recentLabel->font();
    bold.setBold(true);
    recentLabel->setFont(bold);
    m_recent->setFrameShape(QFrame::NoFrame);
    m_recent->setMaximumWidth(720);
    // Two lines a map (file and folder; title, review and owner) that wrap rather than scroll
    // sideways, apart enough to tell one map from the next.
    m_recent->setWordWrap(true);
    m_recent->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_recent->setSpacing(3);
    m_recent->setIconSize(QSize(24, 24));
    connect(m_recent, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        emit openFileRequested(item->data(Qt::UserRole).toString());
    });

    auto *column = new QVBoxLayout;
    column->addWidget(title);
    column->addWidget(subtitle);
    column->addSpacing(18);
    column->addLayout(buttons);
    column->addWidget(importHint);
    column->addSpacing(24);
    column->addWidget(recentLabel);
    column->addWidget(m_recent, 1);
    auto *outer = new QHBoxLayout(this);
    outer->addStretch(1);
    outer->addLayout(column, 3);
    outer->addStretch(1);
    outer->setContentsMargins(40, 60, 40, 40);

    connect(&DocumentManager::instance(), &DocumentManager::recentFilesChanged, this, &StartPage::refresh);
    refresh();
}

namespace {

// The local files of a drop that Waymark opens (maps) or imports (formats it reads).
QStringList usableFiles(const QMimeData *mime)
{
    QStringList files;
    if (!mime || !mime->hasUrls())
        return files;
    for (const QUrl &url : mime->urls()) {
        const QString path = url.toLocalFile();
        if (path.isEmpty())
            continue;
        if (QFileInfo(path).suffix().compare(u"waymark"_s, Qt::CaseInsensitive) == 0 || MapImporter::canImport(path))
            files.append(path);
    }
    return files;
}

} // namespace

void StartPage::dragEnterEvent(QDragEnterEvent *event)
{
    if (!usableFiles(event->mimeData()).isEmpty())
        event->acceptProposedAction();
    else
        event->ignore();
}

void StartPage::dropEvent(QDropEvent *event)
{
    const QStringList files = usableFiles(event->mimeData());
    if (files.isEmpty()) {
        event->ignore();
        return;
    }
    event->acceptProposedAction();
    for (const QString &file : files)
        emit openFileRequested(file);
}

void StartPage::refresh()
{
    m_recent->clear();
    const QStringList files = DocumentManager::instance().recentFiles();
    const QIcon mapIcon(u":/waymark/icons/waymark.svg"_s);
    for (const QString &file : files) {
        auto *item = new QListWidgetItem(QFileInfo(file).fileName() + QStringLiteral("  —  ")
                                             + QDir::toNativeSeparators(QFileInfo(file).absolutePath()),
                                         m_recent);
        item->setData(Qt::UserRole, file);
        item->setData(ReviewDueRole, false);
        item->setIcon(mapIcon);
        item->setToolTip(QDir::toNativeSeparators(file));
    }
    if (files.isEmpty()) {
        auto *item = new QListWidgetItem(tr("No recent maps yet."), m_recent);
        item->setFlags(Qt::NoItemFlags);
        emit recentDetailsShown();
        return;
    }

    const int generation = ++m_generation;
    // The watcher is the page's child: when the page goes first, the result is dropped.
    auto *watcher = new QFutureWatcher<QList<std::optional<MapInfo>>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation == m_generation)
            showDetails(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run([files] {
        QList<std::optional<MapInfo>> infos;
        infos.reserve(files.size());
        for (const QString &file : files)
            infos.append(peekMapInfo(file));
        return infos;
    }));
}

void StartPage::showDetails(const QList<std::optional<MapInfo>> &infos)
{
    const QDate today = QDate::currentDate();
    const QLocale locale;
    for (int row = 0; row < qMin(qsizetype(m_recent->count()), infos.size()); ++row) {
        const std::optional<MapInfo> &info = infos.at(row);
        if (!info)
            continue;
        QListWidgetItem *item = m_recent->item(row);
        const QDate review = QDate::fromString(info->reviewDate, Qt::ISODate);
        const bool due = info->reviewDue(today);
        QStringList details;
        if (!info->title.isEmpty())
            details.append(info->title);
        if (due)
            details.append(tr("Review due (planned for %1)").arg(locale.toString(review, u"d MMM yyyy"_s)));
        else if (review.isValid())
            details.append(tr("Next review %1").arg(locale.toString(review, u"d MMM yyyy"_s)));
        if (!info->owner.isEmpty())
            details.append(tr("owner %1").arg(info->owner));
        if (details.isEmpty())
            continue;
        const QString line = details.join(u" · "_s);
        item->setText(item->text() + u'\n' + line);
        item->setToolTip(item->toolTip() + u'\n' + line);
        item->setData(ReviewDueRole, due);
        if (due) {
            item->setIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning));
            QFont font = item->font();
            font.setBold(true);
            item->setFont(font);
        }
    }
    emit recentDetailsShown();
}

} // namespace Waymark
