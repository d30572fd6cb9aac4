#include "movecardcommand.h"

#include "commandids.h"
#include "document/document.h"

#include <QCoreApplication>

namespace Waymark {

MoveCardCommand::MoveCardCommand(Document *document, Id card, Id stage, Id lane, int position, QUndoCommand *parent)
    : DocumentCommand(document, QCoreApplication::translate("Waymark", "Move Card"), parent)
    , m_card(card)
    , m_to{stage, lane, position}
{
    const Card *c = document->card(card);
    m_from = {c->stage, c->lane, c->position};
}

int MoveCardCommand::id() const
{
    return MoveCardCommandId;
}

bool MoveCardCommand::merge(const DocumentCommand *other)
{
    const auto *next = static_cast<const MoveCardCommand *>(other);
    if (!next->m_mergeable || next->m_card != m_card)
        return false;
    m_to = next->m_to;
    setObsolete(m_to == m_from);
    return true;
}

void MoveCardCommand::apply()
{
    // Where the card is now, not at construction: earlier moves of a macro may have shifted it.
    const Card *card = document()->card(m_card);
    m_from = {card->stage, card->lane, card->position};
    document()->moveCard(m_card, m_to.stage, m_to.lane, m_to.position);
    m_to.position = document()->card(m_card)->position; // as clamped by the document
}

void MoveCardCommand::revert()
{
    document()->moveCard(m_card, m_from.stage, m_from.lane, m_from.position);
}

} // namespace Waymark
