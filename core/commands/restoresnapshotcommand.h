#pragma once

#include "automaticsnapshot.h"
#include "documentcommand.h"

#include "model/mapdata.h"

namespace Waymark {

// Brings the map back to a labelled version as one undo step ("Restore Version 'workshop'").
// Its first run keeps the map as it is in a "before restore" snapshot, in the same
// transaction; undo puts back the map as it was before and takes that snapshot out again,
// redo puts both back. The caller checks MapVersions::ensureRestorable() first.
class RestoreSnapshotCommand : public DocumentCommand
{
public:
    RestoreSnapshotCommand(Document *document, const QString &label, MapData target, QUndoCommand *parent = nullptr);

protected:
    void prepare() override;
    void apply() override;
    void revert() override;

private:
    MapData m_target;
    MapData m_before; // read at the first run
    AutomaticSnapshot m_snapshot;
    bool m_applied = false;
};

} // namespace Waymark
