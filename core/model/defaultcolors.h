#pragma once

#include "stage.h"

#include <QColor>
#include <QList>

namespace Waymark {

// The colour of a stage or persona that has none of its own, by its position: every view
// (canvas, outline, charts, exports) shows the same one.
QColor defaultStageColor(int index);
QColor defaultPersonaColor(int index);

// Gives every stage without a colour of its own the default of its position, for good: a map
// built from a template or JSON keeps its colours when stages are later inserted, moved or
// deleted.
void fixStageColors(QList<Stage> &stages);
// The colour for a stage about to be inserted at `index` between `before` and `after` (invalid
// colours for none): the palette's colour for the position, unless a neighbour shows it.
QColor newStageColor(int index, const QColor &before, const QColor &after);

} // namespace Waymark
