#pragma once

#include "fieldeditor.h"

#include <QColor>

class QToolButton;

namespace Waymark {

// A colour: a swatch button that opens the colour dialog, and "Default" to drop the element's
// own colour for the usual one (an empty value).
class ColorFieldEditor : public FieldEditor
{
    Q_OBJECT

public:
    ColorFieldEditor(Entity entity, const FieldSpec &spec, QWidget *parent);

    QWidget *focusTarget() const override;
    void setReadOnly(bool readOnly) override;

protected:
    void display(const QVariant &value) override;
    void displayMixed() override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void choose();
    void updateSwatch();

    QToolButton *m_swatch;
    QToolButton *m_reset;
    QColor m_color;
    bool m_readOnly = false;
};

} // namespace Waymark
