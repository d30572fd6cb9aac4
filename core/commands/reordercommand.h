#pragma once

#include "documentcommand.h"

#include "model/fields.h"

namespace Waymark {

// Moves a stage, lane, persona or business period from one index to another.
class ReorderCommand : public DocumentCommand
{
public:
    ReorderCommand(Document *document, Entity entity, int from, int to, QUndoCommand *parent = nullptr);

protected:
    void apply() override;
    void revert() override;

private:
    void move(int from, int to);

    Entity m_entity;
    int m_from;
    int m_to;
};

} // namespace Waymark
