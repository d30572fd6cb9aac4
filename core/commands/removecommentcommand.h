#pragma once

#include "documentcommand.h"
#include "model/comment.h"

#include <QList>

namespace Waymark {

// Deletes a comment; a thread goes with its replies. Undo brings them all back as they were.
class RemoveCommentCommand : public DocumentCommand
{
public:
    RemoveCommentCommand(Document *document, Id comment, QUndoCommand *parent = nullptr);

protected:
    void apply() override;
    void revert() override;

private:
    Id m_id;
    QList<Comment> m_removed; // the comment, then its replies
};

} // namespace Waymark
