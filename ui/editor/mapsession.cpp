#include "mapsession.h"

#include "document/document.h"
#include "metricscache.h"
#include "selection.h"

#include <QFile>
#include <QFileInfo>
#include <QUndoStack>

namespace Waymark {

MapSession::MapSession(std::unique_ptr<Document> document, bool untitled, QObject *parent)
    : QObject(parent)
    , m_document(std::move(document))
    , m_undoStack(new QUndoStack(this))
    , m_selection(new Selection(m_document.get(), this))
    , m_metrics(new MetricsCache(m_document.get(), this))
    , m_untitled(untitled)
{
    connect(m_document.get(), &Document::writeFailed, this, &MapSession::writeFailed);
    // Clearing the stack from inside QUndoStack::undo() would delete the running command.
    connect(m_document.get(), &Document::undoHistoryBroken, m_undoStack, &QUndoStack::clear, Qt::QueuedConnection);
    connect(m_document.get(), &Document::pathChanged, this, &MapSession::pathChanged);
    // Someone else's change to a workspace map: the undo history stays (an undo of what they
    // changed since is refused field by field).
    connect(m_document.get(), &Document::changedElsewhere, this, &MapSession::changedOutside);
    connect(m_document.get(), &Document::changedOutside, this, [this](bool onlyAdded) {
        if (onlyAdded || m_undoStack->count() == 0) {
            emit changedOutside(tr("The map was changed elsewhere; it is up to date."));
            return;
        }
        // Commands refer to rows and positions the other side has changed: undoing them now
        // could overwrite its work.
        m_undoStack->clear();
        emit changedOutside(tr("The map was changed elsewhere; the undo history no longer applies and was cleared."));
    });
}

MapSession::~MapSession()
{
    // Commands refer to the document: they go first.
    delete m_undoStack;
    delete m_selection;
    delete m_metrics;
}

QString MapSession::path() const
{
    return m_document->path();
}

QString MapSession::displayName() const
{
    if (const DocumentMirror *mirror = m_document->mirror())
        return tr("%1 (workspace)").arg(mirror->name());
    if (m_untitled)
        return m_document->info().title.isEmpty() ? tr("Untitled") : m_document->info().title;
    return QFileInfo(path()).fileName();
}

bool MapSession::push(QUndoCommand *command)
{
    // Told from the stack's index, never from the command, which may be gone: a command that
    // stays is appended after the current one; a dropped or merged one leaves the index where
    // it was (or one lower). An undo limit would delete from the bottom and spoil the count.
    Q_ASSERT(m_undoStack->undoLimit() == 0);
    const int before = m_undoStack->index();
    m_undoStack->push(command);
    return m_undoStack->index() == before + 1;
}

void MapSession::saveAs(const QString &path)
{
    const QString previous = m_document->path();
    m_document->saveAs(path);
    if (m_untitled) {
        m_untitled = false;
        QFile::remove(previous);
        emit pathChanged();
    }
}

} // namespace Waymark
