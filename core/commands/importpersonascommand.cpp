#include "importpersonascommand.h"

#include "addcommand.h"
#include "document/document.h"

#include <QCoreApplication>

namespace Waymark {

ImportPersonasCommand::ImportPersonasCommand(Document *document, const QList<Persona> &personas, QUndoCommand *parent)
    : DocumentCommand(document,
                      personas.size() == 1 ? QCoreApplication::translate("Waymark", "Import Persona")
                                           : QCoreApplication::translate("Waymark", "Import Personas"),
                      parent)
{
    int index = int(document->personas().size());
    for (Persona persona : personas) {
        persona.id = 0;
        new AddPersonaCommand(document, index++, persona, this);
    }
}

void ImportPersonasCommand::prepare()
{
    m_snapshot.take(*document(), QCoreApplication::translate("Waymark", "before import"));
}

void ImportPersonasCommand::apply()
{
    if (m_applied)
        m_snapshot.putBack(*document());
    m_applied = true;
}

void ImportPersonasCommand::revert()
{
    m_snapshot.remove(*document());
}

} // namespace Waymark
