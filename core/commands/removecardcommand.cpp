#include "removecardcommand.h"

#include "document/document.h"

#include <QCoreApplication>

#include <algorithm>
#include <tuple>

namespace Waymark {

RemoveCardCommand::RemoveCardCommand(Document *document, Id card, QUndoCommand *parent)
    : DocumentCommand(document, QCoreApplication::translate("Waymark", "Delete Card"), parent)
    , m_card(*document->card(card))
{
}

void RemoveCardCommand::addChildren(Document *document, QList<Id> cards, QUndoCommand *parent)
{
    const auto place = [document](Id id) {
        const Card *card = document->card(id);
        return std::tuple(document->stageIndex(card->stage), document->laneIndex(card->lane), card->position);
    };
    std::sort(cards.begin(), cards.end(), [&place](Id a, Id b) { return place(a) > place(b); });
    cards.erase(std::unique(cards.begin(), cards.end()), cards.end());
    for (const Id id : std::as_const(cards))
        new RemoveCardCommand(document, id, parent);
}

void RemoveCardCommand::apply()
{
    Document &doc = *document();
    m_card = *doc.card(m_card.id); // its position may differ from construction time in a macro
    m_namingResponses = doc.responsesNamingTouchpoint(m_card.id);
    m_links = doc.linksOf(m_card.id);
    if (!m_namingResponses.isEmpty())
        doc.setResponsesTouchpoint(m_namingResponses, 0);
    doc.removeCard(m_card.id);
}

void RemoveCardCommand::revert()
{
    Document &doc = *document();
    doc.insertCard(m_card);
    // In a macro the other card of each link is back already: undo runs in reverse order.
    for (const CardLink &link : std::as_const(m_links))
        doc.linkCards(link);
    if (!m_namingResponses.isEmpty())
        doc.setResponsesTouchpoint(m_namingResponses, m_card.id);
}

} // namespace Waymark
