#include "readonlybanner.h"

#include "document/document.h"
#include "io/messagetext.h"
#include "store/maplock.h"
#include "store/schemaproblem.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>

using namespace Qt::StringLiterals;

namespace Waymark {

ReadOnlyBanner::ReadOnlyBanner(QWidget *parent)
    : QFrame(parent)
    , m_text(new QLabel(this))
    , m_cleanCopy(new QPushButton(tr("Open a Clean Copy"), this))
    , m_saveAs(new QPushButton(tr("Save As…"), this))
    , m_copyUnsaved(new QPushButton(tr("Copy Unsaved Change"), this))
{
    setObjectName(u"readOnlyBanner"_s);
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    QPalette colours = palette();
    colours.setColor(QPalette::Window, colours.color(QPalette::ToolTipBase));
    colours.setColor(QPalette::WindowText, colours.color(QPalette::ToolTipText));
    setPalette(colours);

    auto *icon = new QLabel(this);
    const int side = style()->pixelMetric(QStyle::PM_SmallIconSize);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(side, side));
    m_text->setTextFormat(Qt::PlainText); // the message names objects from the file
    m_text->setWordWrap(true);
    m_text->setObjectName(u"readOnlyMessage"_s);
    m_cleanCopy->setObjectName(u"openCleanCopy"_s);
    m_cleanCopy->setToolTip(tr("Rebuild the map from its data in a new file beside it, without what Waymark did not "
                               "create, and open that file"));
    m_saveAs->setObjectName(u"readOnlySaveAs"_s);
    m_copyUnsaved->setObjectName(u"copyUnsavedChange"_s);
    m_copyUnsaved->setToolTip(tr("Copy what the change that could not be saved held (what you typed) to the clipboard"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 10, 6);
    layout->addWidget(icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_cleanCopy, 0, Qt::AlignVCenter);
    layout->addWidget(m_copyUnsaved, 0, Qt::AlignVCenter);
    layout->addWidget(m_saveAs, 0, Qt::AlignVCenter);
    connect(m_copyUnsaved, &QPushButton::clicked, this, &ReadOnlyBanner::copyUnsaved);
    connect(m_cleanCopy, &QPushButton::clicked, this, &ReadOnlyBanner::cleanCopyRequested);
    connect(m_saveAs, &QPushButton::clicked, this, &ReadOnlyBanner::saveAsRequested);
    hide();
}

void ReadOnlyBanner::copyUnsaved()
{
    if (m_document && m_document->mirror())
        QGuiApplication::clipboard()->setText(m_document->mirror()->unsavedChange());
}

void ReadOnlyBanner::showFor(const Document *document)
{
    m_document = document;
    if (!document || !document->isReadOnly()) {
        hide();
        return;
    }
    if (const QString reason = document->readOnlyReason(); !reason.isEmpty()) {
        m_text->setText(reason);
        m_copyUnsaved->setVisible(!document->mirror()->unsavedChange().isEmpty());
        m_cleanCopy->hide();
        m_saveAs->show();
        show();
        return;
    }
    m_copyUnsaved->hide();
    const QList<SchemaProblem> &problems = document->store().schemaProblems();
    const bool foreign = !problems.isEmpty();
    const MapLock::Status lock = MapLock::inspect(document->path());
    if (foreign)
        m_text->setText(MessageText::escaped(foreignObjectsMessage(document->path(), problems)));
    else if (lock.state == MapLock::State::Held)
        m_text->setText(tr("%1 is open in Waymark by %2: you see it read-only; to edit it, open it again once it is "
                           "closed, or save a copy under another name.")
                            .arg(MessageText::quotedPath(document->path()), MapLock::heldBy(lock)));
    else
        m_text->setText(tr("%1 is read-only: you can look at it and export it; to edit it, save a copy under "
                           "another name.")
                            .arg(MessageText::quotedPath(document->path())));
    m_cleanCopy->setVisible(foreign);
    m_saveAs->setVisible(!foreign);
    show();
}

QString ReadOnlyBanner::message() const
{
    return m_text->text();
}

} // namespace Waymark
