#include "numberfieldeditor.h"

#include "fieldpresentation.h"

#include <QDoubleSpinBox>
#include <QSignalBlocker>
#include <QSpinBox>

#include <cmath>
#include <limits>

namespace Waymark {

namespace {

// The largest magnitude a double holds exactly as a whole number.
constexpr double ExactLimit = 9007199254740992.0;

} // namespace

NumberFieldEditor::NumberFieldEditor(Entity entity, const FieldSpec &spec, QWidget *parent)
    : FieldEditor(entity, spec, parent)
    , m_min(spec.min <= spec.max ? spec.min : -ExactLimit)
    , m_max(spec.min <= spec.max ? spec.max : ExactLimit)
    , m_specialText(specialValueTextFor(entity, spec))
    , m_optional(spec.optional)
{
    if (m_optional && m_specialText.isEmpty())
        m_specialText = tr("Not set");
    const bool whole = spec.type == FieldType::Integer;
    const bool fitsInt = m_min >= std::numeric_limits<int>::min() + 1 && m_max <= std::numeric_limits<int>::max();
    if (whole && fitsInt) {
        m_spin = new QSpinBox(parent);
        m_spin->setRange(int(lowest()), int(m_max));
        m_box = m_spin;
        connect(m_spin, &QSpinBox::valueChanged, this, [this](int v) { numberChanged(v); });
    } else {
        m_doubleSpin = new QDoubleSpinBox(parent);
        m_doubleSpin->setDecimals(decimalsFor(spec));
        m_doubleSpin->setRange(lowest(), m_max);
        m_box = m_doubleSpin;
        connect(m_doubleSpin, &QDoubleSpinBox::valueChanged, this, &NumberFieldEditor::numberChanged);
    }
    m_box->setSpecialValueText(m_specialText);
    m_box->setKeyboardTracking(false);
    m_box->setAccelerated(m_max - m_min > 1000);
    m_box->setGroupSeparatorShown(m_max >= 10000);
    m_box->setCorrectionMode(QAbstractSpinBox::CorrectToNearestValue);
    describe(m_box);
    guardWheel(m_box);
    setWidget(m_box);
}

double NumberFieldEditor::lowest() const
{
    return m_optional ? m_min - 1 : m_min;
}

void NumberFieldEditor::setReadOnly(bool readOnly)
{
    m_box->setReadOnly(readOnly);
    m_box->setButtonSymbols(readOnly ? QAbstractSpinBox::NoButtons : QAbstractSpinBox::UpDownArrows);
}

void NumberFieldEditor::setNumber(double value)
{
    const QSignalBlocker blocker(m_box);
    if (m_spin)
        m_spin->setValue(int(value));
    else
        m_doubleSpin->setValue(value);
}

// Several values that differ show as one step below the range, labelled "Multiple values":
// the first arrow press lands on the minimum and gives the range back.
void NumberFieldEditor::setIndeterminate(bool indeterminate)
{
    if (indeterminate == m_indeterminate)
        return;
    m_indeterminate = indeterminate;
    const QSignalBlocker blocker(m_box);
    const double min = indeterminate ? m_min - 1 : lowest();
    if (m_spin)
        m_spin->setMinimum(int(min));
    else
        m_doubleSpin->setMinimum(min);
    m_box->setSpecialValueText(indeterminate ? mixedText() : m_specialText);
}

void NumberFieldEditor::display(const QVariant &value)
{
    setIndeterminate(false);
    setNumber(m_optional && value.isNull() ? lowest() : value.toDouble());
}

void NumberFieldEditor::displayMixed()
{
    setIndeterminate(true);
    setNumber(m_min - 1);
}

void NumberFieldEditor::numberChanged(double value)
{
    if (m_indeterminate) {
        if (value < m_min)
            return;
        setIndeterminate(false);
    }
    if (m_optional && value < m_min)
        emit edited(QVariant()); // the "Not set" step
    else if (spec().type == FieldType::Integer)
        emit edited(qint64(std::llround(value)));
    else
        emit edited(value);
}

} // namespace Waymark
