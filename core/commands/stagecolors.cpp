#include "stagecolors.h"

#include "document/document.h"
#include "setvaluecommand.h"

namespace Waymark::StageColors {

void keepShown(Document *document, QUndoCommand *parent)
{
    for (const Stage &stage : document->stages()) {
        if (!stage.color.isValid())
            new SetValueCommand(document, fieldRef(stage.id, StageField::Color), document->stageColor(stage.id), parent);
    }
}

} // namespace Waymark::StageColors
