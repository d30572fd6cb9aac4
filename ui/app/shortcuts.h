#pragma once

#include <QKeySequence>
#include <QList>

class QKeyEvent;

namespace Waymark {

// The keys of the commands every window shares, given as explicit lists: some platform themes
// bind nothing, or only one of the usual keys, to Undo, Redo or Quit. Ours first, then what
// the platform adds.
namespace Shortcuts {

QList<QKeySequence> undo(); // Ctrl+Z
QList<QKeySequence> redo(); // Ctrl+Shift+Z and Ctrl+Y
QList<QKeySequence> quit(); // Ctrl+Q

// Whether a key press is one of undo() or redo(). A text field that has committed what was
// typed leaves these to the window, so that they undo the map's step, not the field's keys.
bool isUndoOrRedo(const QKeyEvent *event);

} // namespace Shortcuts

} // namespace Waymark
