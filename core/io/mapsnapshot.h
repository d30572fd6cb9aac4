#pragma once

#include "model/mapdata.h"

#include <QByteArray>
#include <QString>

namespace Waymark {

// A labelled version of a map as the snapshot table keeps it: the JSON interchange with every
// field (MapJson::Detail::Complete) plus the ids of the stages, lanes, cards, personas and
// business periods in document order, compressed with qCompress. Ids are kept so that a diff
// matches elements by id and a restore gives back the very rows, which the survey responses
// refer to. Survey responses are not part of a snapshot.
namespace MapSnapshot {

QByteArray encode(const MapData &data);

// Throws FormatError (naming `label`) when the blob is not a snapshot this version wrote:
// too short, claiming to inflate beyond ValueBounds::SnapshotJsonBytes (checked before it is
// inflated), corrupt, or with ids that do not fit its map.
MapData decode(const QByteArray &blob, const QString &label);

} // namespace MapSnapshot

} // namespace Waymark
