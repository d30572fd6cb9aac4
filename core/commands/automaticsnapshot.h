#pragma once

#include "store/snapshottable.h"

#include <QByteArray>

namespace Waymark {

class Document;

// The snapshot a command takes of the map before it changes it ("before import …", "before
// restore …"), kept with the command so that undo takes it out again and redo puts the very
// same one back: undoing the step leaves the file as it was before it, snapshot table and all.
class AutomaticSnapshot
{
public:
    // At the command's first run, inside its transaction.
    void take(Document &document, const QString &reason);
    // In revert() and in apply() after the first run.
    void remove(Document &document);
    void putBack(Document &document);

private:
    SnapshotEntry m_entry;
    QByteArray m_data;
    bool m_present = false;
};

} // namespace Waymark
