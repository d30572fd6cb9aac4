#pragma once

#include "model/mapinfo.h"

#include <QDateTime>
#include <QString>

namespace Waymark {

// One map of a workspace as `waymark workspace list` shows it.
struct WorkspaceMapEntry {
    QString name;
    MapInfo info; // title, owner and review date (no description)
    QString publishedBy;
    QDateTime publishedAt; // UTC
    qint64 changeSeq = 0;  // the sequence number of its last change
    qint64 stages = 0;
    qint64 cards = 0;
    qint64 responses = 0;
    qint64 openComments = 0;
};

} // namespace Waymark
