#pragma once

#include "documentcommand.h"

#include "model/cardlink.h"

namespace Waymark {

// Records that an opportunity addresses a pain point ("Link Opportunity"), or takes that back
// ("Unlink Opportunity"): one class, as each is the other's undo.
class LinkCardsCommand : public DocumentCommand
{
public:
    enum Action { Link, Unlink };

    LinkCardsCommand(Document *document, const CardLink &link, Action action = Link, QUndoCommand *parent = nullptr);

protected:
    void apply() override;
    void revert() override;

private:
    void set(bool linked);

    CardLink m_link;
    Action m_action;
};

} // namespace Waymark
