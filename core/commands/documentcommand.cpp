#include "documentcommand.h"

#include "document/document.h"

#include <QCoreApplication>

namespace Waymark {

DocumentCommand::DocumentCommand(Document *document, const QString &text, QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , m_document(document)
    , m_isChild(parent != nullptr)
{
}

// Children are run here rather than through QUndoCommand::redo() so that a StoreError never
// unwinds through Qt's frames.
void DocumentCommand::redo()
{
    const auto run = [this] {
        Document::Change change(*m_document);
        if (!m_prepared) {
            m_prepared = true;
            prepare();
        }
        for (int i = 0; i < childCount(); ++i)
            const_cast<QUndoCommand *>(child(i))->redo();
        apply();
        change.commit();
    };
    if (m_isChild)
        return run();
    m_document->setChangeLabel(text());
    try {
        redoScope(run);
        m_done = true;
    } catch (const StoreError &error) {
        setObsolete(true);
        // A cancelled first redo (an import the user stopped) is no failure: it just leaves
        // nothing behind, and the stack drops the command.
        if (error.code() != StoreError::Code::Cancelled || m_done)
            emit m_document->writeFailed(error.message());
        if (m_done)
            emit m_document->undoHistoryBroken();
    }
}

bool DocumentCommand::mergeWith(const QUndoCommand *other)
{
    // QUndoStack offers a failed command for merging before it drops it. Every command with
    // an id() other than -1 derives from DocumentCommand.
    return !other->isObsolete() && merge(static_cast<const DocumentCommand *>(other));
}

bool DocumentCommand::merge(const DocumentCommand *)
{
    return false;
}

void DocumentCommand::undo()
{
    const auto run = [this] {
        Document::Change change(*m_document);
        revert();
        for (int i = childCount() - 1; i >= 0; --i)
            const_cast<QUndoCommand *>(child(i))->undo();
        change.commit();
    };
    if (m_isChild)
        return run();
    m_document->setChangeLabel(QCoreApplication::translate("Waymark", "Undo %1").arg(text()));
    try {
        run();
    } catch (const StoreError &error) {
        setObsolete(true);
        emit m_document->writeFailed(error.message());
        // A refused undo (someone else changed the field since) drops this step only: the
        // others still apply to what they changed.
        if (error.code() != StoreError::Code::Conflict)
            emit m_document->undoHistoryBroken();
    }
}

} // namespace Waymark
