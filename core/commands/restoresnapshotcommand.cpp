#include "restoresnapshotcommand.h"

#include "document/document.h"
#include "io/messagetext.h"

#include <QCoreApplication>

namespace Waymark {

RestoreSnapshotCommand::RestoreSnapshotCommand(Document *document, const QString &label, MapData target, QUndoCommand *parent)
    : DocumentCommand(document, QCoreApplication::translate("Waymark", "Restore Version %1").arg(MessageText::quoted(label, 40)),
                      parent)
    , m_target(std::move(target))
{
}

void RestoreSnapshotCommand::prepare()
{
    m_before = document()->snapshot();
    m_snapshot.take(*document(), QCoreApplication::translate("Waymark", "before restore"));
}

void RestoreSnapshotCommand::apply()
{
    if (m_applied)
        m_snapshot.putBack(*document());
    m_applied = true;
    document()->replaceContent(m_target);
}

void RestoreSnapshotCommand::revert()
{
    m_snapshot.remove(*document());
    document()->replaceContent(m_before);
}

} // namespace Waymark
