#include "removecommentcommand.h"

#include "document/document.h"

#include <QCoreApplication>

#include <ranges>

namespace Waymark {

RemoveCommentCommand::RemoveCommentCommand(Document *document, Id comment, QUndoCommand *parent)
    : DocumentCommand(document, QCoreApplication::translate("Waymark", "Delete Comment"), parent)
    , m_id(comment)
{
}

void RemoveCommentCommand::apply()
{
    m_removed.clear();
    if (const Comment *comment = document()->comment(m_id))
        m_removed.append(*comment);
    m_removed += document()->repliesTo(m_id);
    for (const Comment &comment : std::views::reverse(m_removed))
        document()->removeComment(comment.id);
}

void RemoveCommentCommand::revert()
{
    for (const Comment &comment : std::as_const(m_removed))
        document()->insertComment(comment);
}

} // namespace Waymark
