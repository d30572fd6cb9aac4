#include "choicefieldeditor.h"

#include <QComboBox>
#include <QSignalBlocker>

namespace Waymark {

ChoiceFieldEditor::ChoiceFieldEditor(Entity entity, const FieldSpec &spec, QWidget *parent)
    : FieldEditor(entity, spec, parent)
    , m_combo(new QComboBox(parent))
{
    for (const EnumEntry &e : spec.keys)
        m_combo->addItem(enumLabel(spec.keys, e.value), QString::fromLatin1(e.key));
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_combo->setMinimumContentsLength(8);
    describe(m_combo);
    guardWheel(m_combo);
    setWidget(m_combo);
    connect(m_combo, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (index >= 0)
            emit edited(m_combo->itemData(index));
    });
}

void ChoiceFieldEditor::setReadOnly(bool readOnly)
{
    // A combo box has no read-only state; a disabled one still shows its value.
    m_combo->setEnabled(!readOnly);
}

void ChoiceFieldEditor::display(const QVariant &value)
{
    const QSignalBlocker blocker(m_combo);
    m_combo->setPlaceholderText({});
    m_combo->setCurrentIndex(m_combo->findData(value.toString()));
}

void ChoiceFieldEditor::displayMixed()
{
    const QSignalBlocker blocker(m_combo);
    m_combo->setPlaceholderText(mixedText());
    m_combo->setCurrentIndex(-1);
}

} // namespace Waymark
