#pragma once

#include "documentcommand.h"

#include "model/emotionpoint.h"

namespace Waymark {

// Takes a persona's point off the emotion curve at one stage.
class RemoveEmotionPointCommand : public DocumentCommand
{
public:
    RemoveEmotionPointCommand(Document *document, Id persona, Id stage, QUndoCommand *parent = nullptr);

protected:
    void apply() override;
    void revert() override;

private:
    EmotionPoint m_point;
};

} // namespace Waymark
