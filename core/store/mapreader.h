#pragma once

#include "model/mapdata.h"

namespace Waymark {

class Store;

// Reads a document's tables into plain values.
class MapReader
{
public:
    explicit MapReader(Store &store) : m_store(store) {}

    MapData load();
    QList<Id> responsesNamingTouchpoint(Id card);

private:
    Store &m_store;
};

} // namespace Waymark
