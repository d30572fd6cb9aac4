#include "importresponsescommand.h"

#include "document/document.h"

#include <QCoreApplication>
#include <QLocale>

namespace Waymark {

ImportResponsesCommand::ImportResponsesCommand(Document *document, ResponseBatch batch, QUndoCommand *parent)
    : DocumentCommand(document,
                      QCoreApplication::translate("Waymark", "Import %1 Responses").arg(QLocale().toString(qint64(batch.size()))),
                      parent)
    , m_batch(std::move(batch))
{
}

void ImportResponsesCommand::apply()
{
    document()->insertResponses(m_batch, m_progress); // numbers the rows the first time
    m_progress = {};
}

void ImportResponsesCommand::revert()
{
    if (!m_batch.isEmpty())
        document()->removeResponseRange(m_batch.row(0).id, m_batch.row(m_batch.size() - 1).id);
}

} // namespace Waymark
