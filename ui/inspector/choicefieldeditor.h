#pragma once

#include "fieldeditor.h"

class QComboBox;

namespace Waymark {

// One of a field's keys, in a combo box of their translated labels; the key is each item's
// data. A choice commits at once.
class ChoiceFieldEditor : public FieldEditor
{
    Q_OBJECT

public:
    ChoiceFieldEditor(Entity entity, const FieldSpec &spec, QWidget *parent);

    void setReadOnly(bool readOnly) override;
    bool mergesRuns() const override { return true; }

protected:
    void display(const QVariant &value) override;
    void displayMixed() override;

private:
    QComboBox *m_combo;
};

} // namespace Waymark
