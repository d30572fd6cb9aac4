#include "setcommentcommand.h"

#include "document/document.h"

#include <QCoreApplication>

namespace Waymark {

SetCommentCommand::SetCommentCommand(Document *document, const QString &name, Id comment, QUndoCommand *parent)
    : DocumentCommand(document, name, parent)
    , m_id(comment)
{
}

SetCommentCommand *SetCommentCommand::resolve(Document *document, Id comment, bool resolved, QUndoCommand *parent)
{
    auto *command = new SetCommentCommand(document,
                                          resolved ? QCoreApplication::translate("Waymark", "Resolve Comment")
                                                   : QCoreApplication::translate("Waymark", "Reopen Comment"),
                                          comment, parent);
    command->m_resolved = resolved;
    return command;
}

SetCommentCommand *SetCommentCommand::edit(Document *document, Id comment, QString text, QUndoCommand *parent)
{
    auto *command = new SetCommentCommand(document, QCoreApplication::translate("Waymark", "Edit Comment"), comment, parent);
    command->m_text = std::move(text);
    return command;
}

void SetCommentCommand::apply()
{
    const Comment *comment = document()->comment(m_id);
    if (!comment)
        throw StoreError(StoreError::Code::Invalid, QCoreApplication::translate("Waymark", "the comment was deleted already"));
    m_oldResolved = comment->resolved;
    m_oldText = comment->text;
    set(m_resolved, m_text);
}

void SetCommentCommand::revert()
{
    set(m_resolved ? std::optional(m_oldResolved) : std::nullopt, m_text ? std::optional(m_oldText) : std::nullopt);
}

void SetCommentCommand::set(std::optional<bool> resolved, const std::optional<QString> &text)
{
    if (resolved)
        document()->setCommentResolved(m_id, *resolved);
    if (text)
        document()->setCommentText(m_id, *text);
}

} // namespace Waymark
