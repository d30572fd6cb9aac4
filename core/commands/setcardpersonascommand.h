#pragma once

#include "documentcommand.h"

#include <QList>

namespace Waymark {

// Sets the personas a card concerns.
class SetCardPersonasCommand : public DocumentCommand
{
public:
    SetCardPersonasCommand(Document *document, Id card, QList<Id> personas, QUndoCommand *parent = nullptr);

protected:
    void apply() override;
    void revert() override;

private:
    Id m_card;
    QList<Id> m_old;
    QList<Id> m_new;
};

} // namespace Waymark
