#include "importresponsescommand.h"

#include "document/document.h"
#include "store/foreignkeysoff.h"

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

void ImportResponsesCommand::setMapping(const QString &signature, const QByteArray &json)
{
    m_signature = signature;
    m_mapping = json;
}

void ImportResponsesCommand::prepare()
{
    m_snapshot.take(*document(), QCoreApplication::translate("Waymark", "before import"));
}

void ImportResponsesCommand::redoScope(const std::function<void()> &step)
{
    const ForeignKeysOff off(document()->store());
    step();
}

void ImportResponsesCommand::apply()
{
    if (m_applied)
        m_snapshot.putBack(*document());
    m_applied = true;
    if (!m_replacedIds.isEmpty()) {
        if (!m_replaced)
            m_replaced = document()->responsesWithIds(m_replacedIds);
        document()->removeResponses(m_replacedIds);
    }
    document()->insertResponses(m_batch, m_progress); // numbers the rows the first time
    m_progress = {};
    if (!m_signature.isEmpty()) {
        if (!m_previousMapping)
            m_previousMapping = document()->importMapping(m_signature);
        document()->setImportMapping(m_signature, m_mapping);
    }
}

void ImportResponsesCommand::revert()
{
    m_snapshot.remove(*document());
    if (!m_signature.isEmpty() && m_previousMapping)
        document()->setImportMapping(m_signature, m_previousMapping->value_or(QByteArray()));
    if (!m_batch.isEmpty())
        document()->removeResponseRange(m_batch.row(0).id, m_batch.row(m_batch.size() - 1).id);
    if (m_replaced && !m_replaced->isEmpty())
        document()->insertResponses(*m_replaced);
}

} // namespace Waymark
