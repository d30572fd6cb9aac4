#pragma once

#include "fieldeditor.h"

class QAbstractSpinBox;
class QDoubleSpinBox;
class QSpinBox;

namespace Waymark {

// A number in a spin box limited to the field's range, so that no invalid value can be
// entered. Arrows and the wheel commit at once (the form merges a run of them into one undo
// step); typed digits commit on Return or when the user leaves the field.
//
// Whole numbers use a QSpinBox, or a QDoubleSpinBox without decimals when the field's range
// is beyond int (customer counts). An optional field (a stage's NPS target) has one step below
// its range that reads "Not set" and clears the value.
class NumberFieldEditor : public FieldEditor
{
    Q_OBJECT

public:
    NumberFieldEditor(Entity entity, const FieldSpec &spec, QWidget *parent);

    void setReadOnly(bool readOnly) override;
    bool mergesRuns() const override { return true; }

protected:
    void display(const QVariant &value) override;
    void displayMixed() override;

private:
    void setNumber(double value);
    void setIndeterminate(bool indeterminate);
    void numberChanged(double value);
    double lowest() const; // the spin box's minimum: the range's, or the "not set" step below it

    QSpinBox *m_spin = nullptr;
    QDoubleSpinBox *m_doubleSpin = nullptr;
    QAbstractSpinBox *m_box = nullptr;
    double m_min;
    double m_max;
    QString m_specialText;
    bool m_optional = false;
    bool m_indeterminate = false;
};

} // namespace Waymark
