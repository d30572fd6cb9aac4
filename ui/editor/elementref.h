#pragma once

#include "model/fields.h"

#include <QHashFunctions>
#include <QMetaType>

namespace Waymark {

// Names one thing of a map that can be selected: a stage, lane, card, persona... or the map.
struct ElementRef {
    Entity entity = Entity::Map;
    Id id = 0;

    bool isValid() const { return entity == Entity::Map || id != 0; }
    bool operator==(const ElementRef &) const = default;
};

inline size_t qHash(const ElementRef &ref, size_t seed = 0)
{
    return qHashMulti(seed, int(ref.entity), ref.id);
}

} // namespace Waymark

Q_DECLARE_METATYPE(Waymark::ElementRef)
