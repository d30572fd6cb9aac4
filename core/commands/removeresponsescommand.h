#pragma once

#include "documentcommand.h"

#include "model/responsebatch.h"

#include <QList>

namespace Waymark {

// Deletes the survey responses given to one stage (when the stage itself goes).
class RemoveResponsesCommand : public DocumentCommand
{
public:
    RemoveResponsesCommand(Document *document, Id stage, QUndoCommand *parent = nullptr);

protected:
    void apply() override;
    void revert() override;

private:
    Id m_stage;
    ResponseBatch m_responses;
};

} // namespace Waymark
