#pragma once

#include "fieldeditor.h"

class QLineEdit;

namespace Waymark {

// A short text (a name, a title, an owner) in a line edit, committed when the user presses
// Return, Escape or leaves the field, never on each keystroke; Ctrl+Z takes it back.
class LineFieldEditor : public FieldEditor
{
    Q_OBJECT

public:
    LineFieldEditor(Entity entity, const FieldSpec &spec, QWidget *parent);

    void setReadOnly(bool readOnly) override;
    bool isBeingEdited() const override;
    void commitPending() override;

protected:
    void display(const QVariant &value) override;
    void displayMixed() override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void finishEditing();

    QLineEdit *m_edit;
};

} // namespace Waymark
