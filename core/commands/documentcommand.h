#pragma once

#include "model/ids.h"

#include <QUndoCommand>

#include <functional>

namespace Waymark {

class Document;

// Base of every command that changes a document. redo() and undo() run in one transaction
// (the children's and the command's own part together), so a compound edit lands on disk
// whole or not at all. If the write fails, the document is rolled back and says so through
// Document::writeFailed(); a failed first redo leaves the command obsolete, so the undo
// stack drops it. A first redo cancelled by the user (StoreError::Code::Cancelled) is dropped
// the same way, without a writeFailed().
class DocumentCommand : public QUndoCommand
{
public:
    DocumentCommand(Document *document, const QString &text, QUndoCommand *parent = nullptr);

    void redo() final;
    void undo() final;
    // A command whose first redo failed is never merged: its change is not in the file.
    bool mergeWith(const QUndoCommand *other) final;

    Document *document() const { return m_document; }

protected:
    // Makes the children that depend on the document as it is when the command first runs,
    // which in a compound edit is after its earlier siblings: deleting a stage and a lane
    // together must not delete their common cards twice. Runs once, before the children.
    virtual void prepare() {}
    // The command's own change: apply() runs after the children's redo, revert() before
    // their undo.
    virtual void apply() {}
    virtual void revert() {}
    // Runs `step`, the whole redo with its transaction, for a command without a parent: for a
    // setting of the connection that SQLite takes only outside a transaction (a bulk import
    // turns the per-row foreign-key lookups off). Exceptions pass through.
    virtual void redoScope(const std::function<void()> &step) { step(); }
    // Folds `next` (same id(), its redo done) into this command, as QUndoCommand::mergeWith.
    virtual bool merge(const DocumentCommand *next);

private:
    Document *m_document;
    bool m_isChild;
    bool m_prepared = false;
    bool m_done = false;
};

} // namespace Waymark
