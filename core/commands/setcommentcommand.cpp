#include "setcommentcommand.h"

#include "document/document.h"

#include <QCoreApplication>

namespace Waymark {

SetCommentCommand::SetCommentCommand(Document *document, const QString &name, Id comment, std::function<void(Comment &)> change,
                                     QUndoCommand *parent)
    : DocumentCommand(document, name, parent)
    , m_id(comment)
    , m_change(std::move(change))
{
}

SetCommentCommand *SetCommentCommand::resolve(Document *document, Id comment, bool resolved, QUndoCommand *parent)
{
    return new SetCommentCommand(document,
                                 resolved ? QCoreApplication::translate("Waymark", "Resolve Comment")
                                          : QCoreApplication::translate("Waymark", "Reopen Comment"),
                                 comment, [resolved](Comment &c) { c.resolved = resolved; }, parent);
}

SetCommentCommand *SetCommentCommand::edit(Document *document, Id comment, QString text, QUndoCommand *parent)
{
    return new SetCommentCommand(document, QCoreApplication::translate("Waymark", "Edit Comment"), comment,
                                 [text = std::move(text)](Comment &c) { c.text = text; }, parent);
}

void SetCommentCommand::apply()
{
    const Comment *comment = document()->comment(m_id);
    if (!comment)
        throw StoreError(StoreError::Code::Invalid, QCoreApplication::translate("Waymark", "the comment was deleted already"));
    m_old = *comment;
    Comment changed = m_old;
    m_change(changed);
    document()->updateComment(changed);
}

void SetCommentCommand::revert()
{
    document()->updateComment(m_old);
}

} // namespace Waymark
