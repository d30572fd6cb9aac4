#pragma once

#include "documentcommand.h"

#include "model/card.h"

namespace Waymark {

// Adds a card to a cell at card.position (new, pasted or duplicated).
class AddCardCommand : public DocumentCommand
{
public:
    AddCardCommand(Document *document, const Card &card, QUndoCommand *parent = nullptr);

    Id addedId() const { return m_card.id; }

protected:
    void apply() override;
    void revert() override;

private:
    Card m_card;
};

} // namespace Waymark
