#pragma once

#include "documentcommand.h"

#include "model/cardlink.h"

namespace Waymark {

// Records that an opportunity addresses a pain point ("Link Opportunity").
class LinkCardsCommand : public DocumentCommand
{
public:
    LinkCardsCommand(Document *document, const CardLink &link, QUndoCommand *parent = nullptr);

protected:
    void apply() override;
    void revert() override;

private:
    CardLink m_link;
};

} // namespace Waymark
