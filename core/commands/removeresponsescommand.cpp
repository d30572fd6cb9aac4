#include "removeresponsescommand.h"

#include "document/document.h"

#include <QCoreApplication>

namespace Waymark {

RemoveResponsesCommand::RemoveResponsesCommand(Document *document, Id stage, QUndoCommand *parent)
    : DocumentCommand(document, QCoreApplication::translate("Waymark", "Delete Responses"), parent)
    , m_stage(stage)
{
}

void RemoveResponsesCommand::apply()
{
    m_responses = document()->responsesOfStage(m_stage);
    if (m_responses.isEmpty())
        return;
    QList<Id> ids;
    ids.reserve(m_responses.size());
    for (const Response &response : std::as_const(m_responses))
        ids.append(response.id);
    document()->removeResponses(ids);
}

void RemoveResponsesCommand::revert()
{
    if (!m_responses.isEmpty())
        document()->insertResponses(m_responses);
    m_responses.clear();
}

} // namespace Waymark
