#pragma once

#include "model/fields.h"

#include <QList>
#include <QString>

#include <optional>

class QMimeData;

namespace Waymark {

// What an outline drag carries: which rows, of which kind, from which map. The map is named
// as well as the rows because ids are only unique within one map, and a drag may end over
// another window's outline. Only the outline reads this format.
struct OutlineDragPayload {
    static QString mimeType(); // application/x-waymark-outline-item

    quint64 process = 0;  // the application's process id
    quint64 document = 0; // the Document's address in that process
    Entity entity = Entity::Map;
    QList<Id> ids;

    QMimeData *toMimeData() const;
    // nullopt when `data` holds no payload, or a damaged one.
    static std::optional<OutlineDragPayload> fromMimeData(const QMimeData *data);
    // Whether it was made in this process for `document`.
    bool isFrom(const void *document) const;
    static OutlineDragPayload forDocument(const void *document);
};

} // namespace Waymark
