#pragma once

namespace Waymark {

// QUndoCommand::id() of the commands that merge with their successor (drags, typing).
enum CommandId {
    SetValueCommandId = 1,
    MoveCardCommandId,
    SetEmotionPointCommandId,
};

} // namespace Waymark
