#include "removecommentcommand.h"

#include "document/document.h"

#include <QCoreApplication>


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
    // Replies first, then their thread. (No std::views::reverse: clang 14 with libstdc++ 12
    // cannot build it.)
    for (auto it = m_removed.crbegin(); it != m_removed.crend(); ++it)
        document()->removeComment(it->id);
}

void RemoveCommentCommand::revert()
{
    for (const Comment &comment : std::as_const(m_removed))
        document()->insertComment(comment);
}

} // namespace Waymark
