#pragma once

#include "documentcommand.h"

#include "model/businessperiod.h"
#include "model/lane.h"
#include "model/persona.h"
#include "model/stage.h"

namespace Waymark {

// Deletes a stage, lane, persona or business period with everything that hangs on it, as
// one undo step: a stage's cards, emotion points and survey responses, a lane's cards, a
// persona's emotion points and card tags. Undo restores every row as it was.
template<typename T>
class RemoveCommand : public DocumentCommand
{
public:
    RemoveCommand(Document *document, Id id, QUndoCommand *parent = nullptr);

protected:
    void prepare() override;
    void apply() override;
    void revert() override;

private:
    T m_value;
    int m_index = 0;
};

using RemoveStageCommand = RemoveCommand<Stage>;
using RemoveLaneCommand = RemoveCommand<Lane>;
using RemovePersonaCommand = RemoveCommand<Persona>;
using RemoveBusinessPeriodCommand = RemoveCommand<BusinessPeriod>;

extern template class RemoveCommand<Stage>;
extern template class RemoveCommand<Lane>;
extern template class RemoveCommand<Persona>;
extern template class RemoveCommand<BusinessPeriod>;

} // namespace Waymark
