#include "linefieldeditor.h"

#include "app/shortcuts.h"

#include <QKeyEvent>
#include <QLineEdit>

namespace Waymark {

LineFieldEditor::LineFieldEditor(Entity entity, const FieldSpec &spec, QWidget *parent)
    : FieldEditor(entity, spec, parent)
    , m_edit(new QLineEdit(parent))
{
    describe(m_edit);
    m_edit->setClearButtonEnabled(false);
    m_edit->installEventFilter(this);
    setWidget(m_edit);
    connect(m_edit, &QLineEdit::editingFinished, this, &LineFieldEditor::finishEditing);
}

void LineFieldEditor::setReadOnly(bool readOnly)
{
    m_edit->setReadOnly(readOnly);
}

bool LineFieldEditor::isBeingEdited() const
{
    return m_edit->hasFocus() && m_edit->isModified();
}

void LineFieldEditor::commitPending()
{
    if (m_edit->isModified())
        finishEditing();
}

void LineFieldEditor::display(const QVariant &value)
{
    m_edit->setPlaceholderText(spec().isoDate ? QStringLiteral("yyyy-mm-dd") : QString());
    const QString text = value.toString();
    // Setting the same text would move the cursor of someone reading along.
    if (m_edit->text() != text) {
        m_edit->setText(text);
        // The start of a long text says more than its end.
        if (!m_edit->hasFocus())
            m_edit->setCursorPosition(0);
    }
    m_edit->setModified(false);
}

void LineFieldEditor::displayMixed()
{
    m_edit->setPlaceholderText(mixedText());
    m_edit->clear();
    m_edit->setModified(false);
}

void LineFieldEditor::finishEditing()
{
    // Return without typing, or leaving an indeterminate field untouched, changes nothing.
    if (!m_edit->isModified())
        return;
    m_edit->setModified(false);
    emit edited(m_edit->text());
}

bool LineFieldEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit && event->type() == QEvent::ShortcutOverride && !m_edit->isModified()
        && Shortcuts::isUndoOrRedo(static_cast<QKeyEvent *>(event))) {
        // Nothing typed since the last commit: Ctrl+Z is the window's, and undoes that step.
        event->ignore();
        return true;
    }
    if (watched == m_edit && (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress)
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape && m_edit->isModified()) {
        // Escape leaves the field keeping what was typed, as one step that Ctrl+Z takes back:
        // typing is never thrown away unseen. It is ours, not the window's, while there is some.
        event->accept();
        if (event->type() == QEvent::KeyPress)
            finishEditing();
        return true;
    }
    return FieldEditor::eventFilter(watched, event);
}

} // namespace Waymark
