#pragma once

#include <QColor>

namespace Waymark {

// The colour of a stage or persona that has none of its own, by its position: every view
// (canvas, outline, charts, exports) shows the same one.
QColor defaultStageColor(int index);
QColor defaultPersonaColor(int index);

} // namespace Waymark
