#pragma once

#include "documentcommand.h"
#include "model/comment.h"

namespace Waymark {

// Leaves a comment, or a reply to a thread. Redone after an undo, it comes back with its id,
// so that replies made after it still answer it.
class AddCommentCommand : public DocumentCommand
{
public:
    AddCommentCommand(Document *document, Comment comment, QUndoCommand *parent = nullptr);

    Id commentId() const { return m_comment.id; }

protected:
    void apply() override;
    void revert() override;

private:
    Comment m_comment;
};

} // namespace Waymark
