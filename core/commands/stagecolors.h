#pragma once

class QUndoCommand;

namespace Waymark {

class Document;

// A stage without a colour of its own is shown in the palette's colour for its position, so
// inserting, moving or deleting a stage would recolour every stage after it. Commands that do
// so first give such stages the colour they show, as children of the command: undo takes
// both back together. (Maps built since colours are fixed at creation have none left.)
namespace StageColors {

void keepShown(Document *document, QUndoCommand *parent);

} // namespace StageColors

} // namespace Waymark
