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
    m_responses = document()->responsesOfStages({m_stage});
    if (!m_responses.isEmpty())
        document()->removeResponsesOfStage(m_stage);
}

void RemoveResponsesCommand::revert()
{
    if (!m_responses.isEmpty())
        document()->insertResponses(m_responses);
    m_responses = ResponseBatch();
}

} // namespace Waymark
