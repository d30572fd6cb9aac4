#pragma once

#include "model/fields.h"
#include "model/mapdata.h"

namespace Waymark {

class Store;

// Writes rows of a document. Each call is one statement or a few; callers group them in a
// Store::Transaction. Ids of 0 are assigned by the database and returned.
class MapWriter
{
public:
    explicit MapWriter(Store &store) : m_store(store) {}

    // Fills an empty document; every entity must carry its id.
    void writeAll(const MapData &data);
    // Empties the document but its responses, snapshots and comments, for writeAll(): the
    // responses' references are checked when the transaction commits.
    void clearContent();

    Id insertStage(const Stage &stage, int position);
    Id insertLane(const Lane &lane, int position);
    Id insertPersona(const Persona &persona, int position);
    Id insertBusinessPeriod(const BusinessPeriod &period, int position);
    Id insertCard(const Card &card); // at card.position, with its persona tags

    void remove(Entity entity, Id id);
    void setField(const FieldRef &ref, const QVariant &value);

    // Ordered lists (stages, lanes, personas, business periods).
    void setPosition(Entity entity, Id id, int position);
    void shiftPositions(Entity entity, int first, int last, int delta); // rows at first..last

    // Cards within their stage x lane cell.
    void setCardPlacement(Id card, Id stage, Id lane, int position);
    void shiftCellPositions(Id stage, Id lane, int first, int last, int delta);
    void setCardPersonas(Id card, const QList<Id> &personas);

    void insertLink(const CardLink &link);
    void removeLink(const CardLink &link);

    void writeEmotionPoint(const EmotionPoint &point); // insert or replace
    void removeEmotionPoint(Id persona, Id stage);

    void setResponsesTouchpoint(const QList<Id> &ids, Id touchpoint);

private:
    template<typename T>
    Id insertOrdered(Entity entity, const T &value, int position);

    Store &m_store;
};

} // namespace Waymark
