#pragma once

#include "model/ids.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace Waymark {

class Store;

// A labelled version as the snapshot table lists it; `bytes` is the stored (compressed) size.
struct SnapshotEntry {
    Id id = 0;
    QString label;
    QString createdAt; // ISO 8601, UTC
    QString author;
    qint64 bytes = 0;
};

// The snapshot table: labelled versions of a map inside its file (MapSnapshot encodes them).
// Its values are untrusted: labels and authors are cut to their bounds as they are read, and
// a stored blob larger than ValueBounds::SnapshotBytes is never read.
namespace SnapshotTable {

QList<SnapshotEntry> list(Store &store); // oldest first
std::optional<SnapshotEntry> find(Store &store, const QString &label);
bool exists(Store &store, const QString &label);
// The stored blob of a snapshot, or nothing when it is not a blob within the bound.
std::optional<QByteArray> data(Store &store, Id id);
// With entry.id 0 the database numbers it; otherwise the row gets that id (an undone
// automatic snapshot put back by redo).
Id insert(Store &store, const SnapshotEntry &entry, const QByteArray &data);
void remove(Store &store, Id id);

} // namespace SnapshotTable

} // namespace Waymark
