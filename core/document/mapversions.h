#pragma once

#include "io/mapdiff.h"
#include "store/snapshottable.h"

namespace Waymark {

class Document;

// The labelled versions of a map, kept inside its file (the snapshot table): take one, list
// them, compare one with the map as it is, restore one. What `waymark snapshot`, `snapshots`,
// `diff` and `restore` and the editor's File > Versions do. A snapshot taken by hand is not
// part of the undo history; the automatic one of an undoable step goes and comes back with it
// (AutomaticSnapshot). Errors are StoreErrors whose messages name the map and the label.
class MapVersions
{
public:
    explicit MapVersions(Document &document) : m_document(document) {}

    QList<SnapshotEntry> list();

    // A new snapshot of the map as it is; the label must be new, not empty and one line.
    SnapshotEntry take(const QString &label);
    // A snapshot labelled for what is about to happen ("before import 2026-12-02 10:42:07"),
    // numbered when that label is taken.
    SnapshotEntry takeAutomatic(const QString &reason);

    // The map as the snapshot holds it (throws NotFound for an unknown label, Corrupt or
    // TooLarge for a stored snapshot this version cannot read).
    MapData state(const QString &label);
    // What changed since the snapshot: snapshot -> now.
    QList<MapDiff::Change> changesSince(const QString &label);

    // In one transaction: a snapshot of the map as it is ("before restore …", returned), then
    // the map as `label` holds it. Refused, changing nothing, when survey responses refer to
    // stages or touchpoints that version does not have.
    SnapshotEntry restore(const QString &label);
    // Throws (Invalid) when survey responses refer to stages or touchpoints `data` lacks.
    void ensureRestorable(const MapData &data, const QString &label);

    // Who takes a snapshot: the account's login name.
    static QString author();

private:
    SnapshotEntry insert(const QString &label);

    Document &m_document;
};

} // namespace Waymark
