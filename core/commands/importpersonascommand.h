#pragma once

#include "automaticsnapshot.h"
#include "documentcommand.h"

#include "model/persona.h"

#include <QList>

namespace Waymark {

// Adds personas copied from another map after the map's own, as one undo step ("Import
// Personas"). See PersonaImport for what is copied.
class ImportPersonasCommand : public DocumentCommand
{
public:
    ImportPersonasCommand(Document *document, const QList<Persona> &personas, QUndoCommand *parent = nullptr);

protected:
    void prepare() override; // the automatic snapshot "before import …", in the same transaction
    void apply() override;
    void revert() override;

private:
    AutomaticSnapshot m_snapshot;
    bool m_applied = false;
};

} // namespace Waymark
