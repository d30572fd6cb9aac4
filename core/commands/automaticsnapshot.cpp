#include "automaticsnapshot.h"

#include "document/document.h"
#include "document/mapversions.h"

namespace Waymark {

void AutomaticSnapshot::take(Document &document, const QString &reason)
{
    m_entry = MapVersions(document).takeAutomatic(reason);
    m_data = SnapshotTable::data(document.store(), m_entry.id).value_or(QByteArray());
    m_present = true;
}

void AutomaticSnapshot::remove(Document &document)
{
    if (!m_present)
        return;
    Document::Change change(document);
    SnapshotTable::remove(document.store(), m_entry.id);
    change.commit();
    m_present = false;
}

void AutomaticSnapshot::putBack(Document &document)
{
    if (m_present || m_entry.id == 0)
        return;
    Document::Change change(document);
    SnapshotTable::insert(document.store(), m_entry, m_data);
    change.commit();
    m_present = true;
}

} // namespace Waymark
