#pragma once

#include "fieldeditor.h"

namespace Waymark {

class GrowingTextEdit;

// A longer text (a description, a persona's goals) over a few lines, committed when the user
// leaves the field or presses Ctrl+Return or Escape (one undoable step each: typing is never
// thrown away). Return starts a new line.
class ParagraphFieldEditor : public FieldEditor
{
    Q_OBJECT

public:
    ParagraphFieldEditor(Entity entity, const FieldSpec &spec, QWidget *parent);

    void setReadOnly(bool readOnly) override;
    bool isBeingEdited() const override;
    void commitPending() override;

protected:
    void display(const QVariant &value) override;
    void displayMixed() override;

private:
    void finishEditing();
    bool isModified() const;
    void setModified(bool modified);

    GrowingTextEdit *m_edit;
    QString m_placeholder;
};

} // namespace Waymark
