#include "paragraphfieldeditor.h"

#include "fieldpresentation.h"
#include "growingtextedit.h"

#include <QTextDocument>

namespace Waymark {

ParagraphFieldEditor::ParagraphFieldEditor(Entity entity, const FieldSpec &spec, QWidget *parent)
    : FieldEditor(entity, spec, parent)
    , m_edit(new GrowingTextEdit(parent))
    , m_placeholder(isListText(spec) ? tr("One per line") : QString())
{
    describe(m_edit);
    setWidget(m_edit);
    connect(m_edit, &GrowingTextEdit::editingFinished, this, &ParagraphFieldEditor::finishEditing);
}

bool ParagraphFieldEditor::isModified() const
{
    return m_edit->document()->isModified();
}

void ParagraphFieldEditor::setModified(bool modified)
{
    m_edit->document()->setModified(modified);
}

void ParagraphFieldEditor::setReadOnly(bool readOnly)
{
    m_edit->setReadOnly(readOnly);
}

bool ParagraphFieldEditor::isBeingEdited() const
{
    return m_edit->hasFocus() && isModified();
}

void ParagraphFieldEditor::commitPending()
{
    if (isModified())
        finishEditing();
}

void ParagraphFieldEditor::display(const QVariant &value)
{
    m_edit->setPlaceholderText(m_placeholder);
    const QString text = value.toString();
    if (m_edit->toPlainText() != text)
        m_edit->setPlainText(text);
    setModified(false);
}

void ParagraphFieldEditor::displayMixed()
{
    m_edit->setPlaceholderText(mixedText());
    m_edit->clear();
    setModified(false);
}

void ParagraphFieldEditor::finishEditing()
{
    if (!isModified())
        return;
    setModified(false);
    emit edited(m_edit->toPlainText());
}

} // namespace Waymark
