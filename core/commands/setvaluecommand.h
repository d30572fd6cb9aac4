#pragma once

#include "documentcommand.h"

#include "model/fields.h"

#include <QVariant>

namespace Waymark {

// Changes one field of one entity: renames, recolours and every inspector edit.
// Successive mergeable changes of the same field (typing, dragging a width) become one step;
// a chain that ends where it began leaves nothing on the stack.
class SetValueCommand : public DocumentCommand
{
public:
    SetValueCommand(Document *document, const FieldRef &ref, const QVariant &value, QUndoCommand *parent = nullptr);

    void setMergeable(bool mergeable) { m_mergeable = mergeable; }

    int id() const override;

    // "Rename Stage", "Recolour Card", "Change Severity"...
    static QString textFor(const FieldRef &ref);

protected:
    bool merge(const DocumentCommand *other) override;
    void apply() override;
    void revert() override;

private:
    FieldRef m_ref;
    QVariant m_old;
    QVariant m_new;
    QVariant m_applied; // what the field held after apply()
    bool m_mergeable = false;
};

} // namespace Waymark
