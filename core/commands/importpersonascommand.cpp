#include "importpersonascommand.h"

#include "addcommand.h"
#include "document/document.h"
#include "document/mapversions.h"

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
    MapVersions(*document()).takeAutomatic(QCoreApplication::translate("Waymark", "before import"));
}

} // namespace Waymark
