#pragma once

#include "model/fields.h"

#include <QList>
#include <QObject>
#include <QVariant>

class QWidget;

namespace Waymark {

// Edits one field of the inspected elements through one widget (a line edit, a spin box...).
// It shows the elements' values, one value or "several that differ", and reports the value
// the user settles on; the form decides what that changes and how it is undone.
class FieldEditor : public QObject
{
    Q_OBJECT

public:
    // The editor for the field's type, its widgets children of `parent`; nullptr for fields
    // the inspector leaves out (blobs).
    static FieldEditor *create(Entity entity, const FieldSpec &spec, QWidget *parent);

    const FieldSpec &spec() const { return m_spec; }
    // What the form puts in the field column of the row.
    QWidget *widget() const { return m_widget; }
    // What takes focus and what the label is the buddy of.
    virtual QWidget *focusTarget() const { return m_widget; }

    // Shows the values of the inspected elements. Differing values show as indeterminate.
    // Text the user is typing is left as it is: the document moved on, not the user.
    void setValues(const QList<QVariant> &values);
    bool isMixed() const { return m_mixed; }
    // The value shown when all elements agree.
    const QVariant &shownValue() const { return m_value; }

    virtual void setReadOnly(bool readOnly) = 0;
    // Typed but not committed yet: a refresh must not touch it.
    virtual bool isBeingEdited() const { return false; }
    // Reports a typed value not committed yet, as the inspector moves on to something else.
    virtual void commitPending() {}
    // Whether quick successive values (holding an arrow key, scrolling) form one undo step.
    virtual bool mergesRuns() const { return false; }

signals:
    void edited(const QVariant &value);

protected:
    FieldEditor(Entity entity, const FieldSpec &spec, QObject *parent);

    // Labels the widget for screen readers and tooltips, and lets the wheel scroll the page
    // instead of changing the value of a field the user is not working in.
    void setWidget(QWidget *widget);
    void describe(QWidget *widget) const;
    void guardWheel(QWidget *widget);
    bool eventFilter(QObject *watched, QEvent *event) override;

    virtual void display(const QVariant &value) = 0;
    virtual void displayMixed() = 0;
    // Shows the stored values again, replacing what the widget holds.
    void redisplay();

    static QString mixedText();

private:
    Entity m_entity;
    FieldSpec m_spec;
    QWidget *m_widget = nullptr;
    QVariant m_value;
    bool m_mixed = false;
};

} // namespace Waymark
