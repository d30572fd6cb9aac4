#pragma once

#include "documentcommand.h"

#include "model/card.h"
#include "model/cardlink.h"

#include <QList>

namespace Waymark {

// Deletes a card with its persona tags and links; survey responses that named it as their touchpoint
// keep their answers and lose the reference, which undo restores.
class RemoveCardCommand : public DocumentCommand
{
public:
    RemoveCardCommand(Document *document, Id card, QUndoCommand *parent = nullptr);

    // Adds one child per card to `parent`, in an order whose undo puts every card back at its
    // position: the last card of a cell first.
    static void addChildren(Document *document, QList<Id> cards, QUndoCommand *parent);

protected:
    void apply() override;
    void revert() override;

private:
    Card m_card;
    QList<Id> m_namingResponses;
    QList<CardLink> m_links; // what the file dropped by cascade
};

} // namespace Waymark
