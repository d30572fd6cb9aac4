#pragma once

#include "model/mapdata.h"

#include <QHash>

namespace Waymark {

class Store;

// Reads a document's tables into plain values.
class MapReader
{
public:
    explicit MapReader(Store &store) : m_store(store) {}

    MapData load();
    QList<Id> responsesNamingTouchpoint(Id card);

    // Puts links in document order (MapData's), given each card's index in that order.
    static void sortLinks(QList<CardLink> &links, const QHash<Id, qsizetype> &cardIndex);

private:
    Store &m_store;
};

} // namespace Waymark
