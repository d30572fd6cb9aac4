#include "shortcuts.h"

#include <QKeyEvent>

namespace Waymark::Shortcuts {

namespace {

QList<QKeySequence> withStandard(QList<QKeySequence> keys, QKeySequence::StandardKey standard)
{
    for (const QKeySequence &key : QKeySequence::keyBindings(standard)) {
        if (!keys.contains(key))
            keys.append(key);
    }
    return keys;
}

} // namespace

QList<QKeySequence> undo()
{
    return withStandard({QKeySequence(Qt::CTRL | Qt::Key_Z)}, QKeySequence::Undo);
}

QList<QKeySequence> redo()
{
    return withStandard({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)}, QKeySequence::Redo);
}

QList<QKeySequence> quit()
{
    return withStandard({QKeySequence(Qt::CTRL | Qt::Key_Q)}, QKeySequence::Quit);
}

bool isUndoOrRedo(const QKeyEvent *event)
{
    const QKeySequence pressed(event->keyCombination());
    return undo().contains(pressed) || redo().contains(pressed);
}

} // namespace Waymark::Shortcuts
