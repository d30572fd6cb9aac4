#include "setvaluecommand.h"

#include "commandids.h"
#include "document/document.h"

#include <QCoreApplication>

namespace Waymark {

SetValueCommand::SetValueCommand(Document *document, const FieldRef &ref, const QVariant &value, QUndoCommand *parent)
    : DocumentCommand(document, textFor(ref), parent)
    , m_ref(ref)
    , m_old(document->value(ref))
    , m_new(value)
{
    // Canonical form, so that "#FF0000" and QColor(Qt::red) compare equal when merging. An
    // invalid value is kept as it is and refused by the document on redo.
    QVariant canonical = value;
    if (normalizeValue(fieldSpec(ref.entity, ref.field), canonical).isEmpty())
        m_new = canonical;
}

QString SetValueCommand::textFor(const FieldRef &ref)
{
    const auto tr = [](const char *text) { return QCoreApplication::translate("Waymark", text); };
    const QString entity = entityName(ref.entity);
    const FieldType type = fieldSpec(ref.entity, ref.field).type;
    const QByteArray key = fieldSpec(ref.entity, ref.field).key;
    if ((key == "name" || key == "title") && ref.entity != Entity::Map)
        return tr("Rename %1").arg(entity);
    if (type == FieldType::Color)
        return tr("Recolour %1").arg(entity);
    if (ref.entity == Entity::Stage && key == "width")
        return tr("Resize Stage");
    return tr("Change %1").arg(fieldLabel(ref.entity, ref.field));
}

int SetValueCommand::id() const
{
    return SetValueCommandId;
}

bool SetValueCommand::merge(const DocumentCommand *other)
{
    const auto *next = static_cast<const SetValueCommand *>(other);
    if (!next->m_mergeable || next->m_ref != m_ref)
        return false;
    m_new = next->m_new;
    m_applied = next->m_applied;
    setObsolete(m_new == m_old);
    return true;
}

void SetValueCommand::apply()
{
    document()->setValue(m_ref, m_new);
    m_applied = document()->value(m_ref); // as the document keeps it (trimmed, bounded)
}

void SetValueCommand::revert()
{
    // Someone else's change to the field since (a workspace map, another writer of the file)
    // is theirs to keep: the undo is refused rather than overwriting it.
    document()->requireUnchanged(m_ref, m_applied);
    document()->setValue(m_ref, m_old);
}

} // namespace Waymark
