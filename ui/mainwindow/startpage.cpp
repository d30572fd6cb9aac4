#include "startpage.h"

#include "app/documentmanager.h"
#include "mapimporter.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QMimeData>
#include <QUrl>

#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
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
    for (const QString &file : files) {
        auto *item = new QListWidgetItem(QFileInfo(file).fileName() + QStringLiteral("  —  ")
                                             + QDir::toNativeSeparators(QFileInfo(file).absolutePath()),
                                         m_recent);
        item->setData(Qt::UserRole, file);
        item->setToolTip(QDir::toNativeSeparators(file));
    }
    if (files.isEmpty()) {
        auto *item = new QListWidgetItem(tr("No recent maps yet."), m_recent);
        item->setFlags(Qt::NoItemFlags);
    }
}

} // namespace Waymark
