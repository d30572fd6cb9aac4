#pragma once

#include "documentcommand.h"

namespace Waymark {

// Moves a card within its cell or to another cell. `position` is where the card ends up in
// the target cell. Mergeable moves of the same card (a drag) become one undo step.
class MoveCardCommand : public DocumentCommand
{
public:
    MoveCardCommand(Document *document, Id card, Id stage, Id lane, int position, QUndoCommand *parent = nullptr);

    void setMergeable(bool mergeable) { m_mergeable = mergeable; }

    int id() const override;

protected:
    bool merge(const DocumentCommand *other) override;
    void apply() override;
    void revert() override;

private:
    struct Place {
        Id stage = 0;
        Id lane = 0;
        int position = 0;
        bool operator==(const Place &) const = default;
    };

    Id m_card;
    Place m_from;
    Place m_to;
    bool m_mergeable = false;
};

} // namespace Waymark
