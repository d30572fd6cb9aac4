#pragma once

#include "documentcommand.h"
#include "model/comment.h"

#include <functional>

namespace Waymark {

// Resolves or reopens a thread, or changes a comment's text.
class SetCommentCommand : public DocumentCommand
{
public:
    static SetCommentCommand *resolve(Document *document, Id comment, bool resolved, QUndoCommand *parent = nullptr);
    static SetCommentCommand *edit(Document *document, Id comment, QString text, QUndoCommand *parent = nullptr);

protected:
    void apply() override;
    void revert() override;

private:
    SetCommentCommand(Document *document, const QString &name, Id comment, std::function<void(Comment &)> change,
                      QUndoCommand *parent);

    Id m_id;
    std::function<void(Comment &)> m_change;
    Comment m_old;
};

} // namespace Waymark
