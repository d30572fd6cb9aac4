#include "addcardcommand.h"

#include "document/document.h"

#include <QCoreApplication>

namespace Waymark {

AddCardCommand::AddCardCommand(Document *document, const Card &card, QUndoCommand *parent)
    : DocumentCommand(document, QCoreApplication::translate("Waymark", "Add %1").arg(labelOf(card.kind)), parent)
    , m_card(card)
{
}

void AddCardCommand::apply()
{
    m_card.id = document()->insertCard(m_card);
}

void AddCardCommand::revert()
{
    m_card.position = document()->card(m_card.id)->position;
    document()->removeCard(m_card.id);
}

} // namespace Waymark
