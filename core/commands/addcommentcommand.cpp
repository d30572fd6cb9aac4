#include "addcommentcommand.h"

#include "document/document.h"

#include <QCoreApplication>

namespace Waymark {

AddCommentCommand::AddCommentCommand(Document *document, Comment comment, QUndoCommand *parent)
    : DocumentCommand(document,
                      comment.parent ? QCoreApplication::translate("Waymark", "Reply to Comment")
                                     : QCoreApplication::translate("Waymark", "Add Comment"),
                      parent)
    , m_comment(std::move(comment))
{
}

void AddCommentCommand::apply()
{
    m_comment.id = document()->insertComment(m_comment);
}

void AddCommentCommand::revert()
{
    document()->removeComment(m_comment.id);
}

} // namespace Waymark
