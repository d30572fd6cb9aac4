#pragma once

#include "documentcommand.h"

#include "model/businessperiod.h"
#include "model/lane.h"
#include "model/persona.h"
#include "model/stage.h"

namespace Waymark {

// Adds a stage, lane, persona or business period at an index. The id the document gives it on
// the first redo is kept, so that redo after undo recreates the very same row.
template<typename T>
class AddCommand : public DocumentCommand
{
public:
    AddCommand(Document *document, int index, const T &value, QUndoCommand *parent = nullptr);

    Id addedId() const { return m_value.id; }

protected:
    void apply() override;
    void revert() override;

private:
    int m_index;
    T m_value;
};

using AddStageCommand = AddCommand<Stage>;
using AddLaneCommand = AddCommand<Lane>;
using AddPersonaCommand = AddCommand<Persona>;
using AddBusinessPeriodCommand = AddCommand<BusinessPeriod>;

extern template class AddCommand<Stage>;
extern template class AddCommand<Lane>;
extern template class AddCommand<Persona>;
extern template class AddCommand<BusinessPeriod>;

} // namespace Waymark
