#pragma once

#include "documentcommand.h"

#include "model/cardlink.h"

namespace Waymark {

// Records that an opportunity no longer addresses a pain point ("Unlink Opportunity").
class UnlinkCardsCommand : public DocumentCommand
{
public:
    UnlinkCardsCommand(Document *document, const CardLink &link, QUndoCommand *parent = nullptr);

protected:
    void apply() override;
    void revert() override;

private:
    CardLink m_link;
};

} // namespace Waymark
