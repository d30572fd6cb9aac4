#include "setcardpersonascommand.h"

#include "document/document.h"

#include <QCoreApplication>

namespace Waymark {

SetCardPersonasCommand::SetCardPersonasCommand(Document *document, Id card, QList<Id> personas, QUndoCommand *parent)
    : DocumentCommand(document, QCoreApplication::translate("Waymark", "Tag Card with Personas"), parent)
    , m_card(card)
    , m_new(std::move(personas))
{
}

void SetCardPersonasCommand::apply()
{
    m_old = document()->card(m_card)->personas;
    document()->setCardPersonas(m_card, m_new);
}

void SetCardPersonasCommand::revert()
{
    document()->setCardPersonas(m_card, m_old);
}

} // namespace Waymark
