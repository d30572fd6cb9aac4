#pragma once

#include <QString>
#include <QUndoStack>

namespace Waymark {

// Groups the commands pushed during its lifetime into one undo step, even when the code in
// between returns early.
class UndoMacroGuard
{
public:
    UndoMacroGuard(QUndoStack *stack, const QString &text)
        : m_stack(stack)
    {
        m_stack->beginMacro(text);
    }
    ~UndoMacroGuard() { m_stack->endMacro(); }
    UndoMacroGuard(const UndoMacroGuard &) = delete;
    UndoMacroGuard &operator=(const UndoMacroGuard &) = delete;

private:
    QUndoStack *m_stack;
};

} // namespace Waymark
