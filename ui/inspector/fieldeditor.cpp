#include "fieldeditor.h"

#include "choicefieldeditor.h"
#include "colorfieldeditor.h"
#include "fieldpresentation.h"
#include "linefieldeditor.h"
#include "numberfieldeditor.h"
#include "paragraphfieldeditor.h"

#include <QAbstractScrollArea>
#include <QCoreApplication>
#include <QWheelEvent>
#include <QWidget>

#include <algorithm>

namespace Waymark {

FieldEditor *FieldEditor::create(Entity entity, const FieldSpec &spec, QWidget *parent)
{
    switch (spec.type) {
    case FieldType::Text:
        if (isLongText(spec))
            return new ParagraphFieldEditor(entity, spec, parent);
        return new LineFieldEditor(entity, spec, parent);
    case FieldType::Integer:
    case FieldType::Real:
        return new NumberFieldEditor(entity, spec, parent);
    case FieldType::Color:
        return new ColorFieldEditor(entity, spec, parent);
    case FieldType::Key:
        return new ChoiceFieldEditor(entity, spec, parent);
    case FieldType::Blob:
        return nullptr; // persona photos get an editor of their own
    }
    Q_UNREACHABLE();
}

FieldEditor::FieldEditor(Entity entity, const FieldSpec &spec, QObject *parent)
    : QObject(parent)
    , m_entity(entity)
    , m_spec(spec)
{
}

void FieldEditor::setWidget(QWidget *widget)
{
    m_widget = widget;
}

void FieldEditor::describe(QWidget *widget) const
{
    widget->setObjectName(QString::fromLatin1(m_spec.key));
    widget->setAccessibleName(QCoreApplication::translate("Waymark", m_spec.label));
    widget->setToolTip(fieldToolTip(m_entity, m_spec));
}

void FieldEditor::guardWheel(QWidget *widget)
{
    widget->setFocusPolicy(Qt::StrongFocus);
    widget->installEventFilter(this);
}

bool FieldEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::Wheel)
        return false;
    auto *widget = static_cast<QWidget *>(watched);
    if (widget->hasFocus())
        return false;
    for (QWidget *w = widget->parentWidget(); w; w = w->parentWidget()) {
        if (auto *area = qobject_cast<QAbstractScrollArea *>(w)) {
            QCoreApplication::sendEvent(area->viewport(), event);
            break;
        }
    }
    return true;
}

void FieldEditor::setValues(const QList<QVariant> &values)
{
    const bool mixed = std::any_of(values.begin(), values.end(), [&](const QVariant &v) { return v != values.first(); });
    m_mixed = mixed;
    m_value = values.isEmpty() || mixed ? QVariant() : values.first();
    if (!isBeingEdited())
        redisplay();
}

void FieldEditor::redisplay()
{
    if (m_mixed)
        displayMixed();
    else
        display(m_value);
}

QString FieldEditor::mixedText()
{
    return tr("Multiple values");
}

} // namespace Waymark
