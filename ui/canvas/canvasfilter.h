#pragma once

#include "metrics/segmentcondition.h"
#include "model/card.h"

#include <optional>

namespace Waymark {

// What the canvas brings forward: cards that do not match are dimmed, not hidden, so that
// the map keeps its shape. A card tagged with no persona concerns every persona (most cards
// of a workshop map are never tagged), so a persona filter dims only the cards tagged with
// other personas; the emotion lane shows only that persona's curve. The persona and the
// segment conditions also choose the responses behind every figure (MetricsCache::setFilter):
// one view filter for the canvas, the charts, the presentation and exports.
struct CanvasFilter {
    Id persona = 0;                   // 0: all personas
    std::optional<Evidence> evidence; // none: any evidence
    QList<SegmentCondition> segment;  // AND; empty: every respondent

    bool isActive() const { return persona || evidence || !segment.isEmpty(); }
    bool matches(const Card &card) const
    {
        if (evidence && card.evidence != *evidence)
            return false;
        return !persona || card.personas.isEmpty() || card.personas.contains(persona);
    }
    bool showsPersona(Id id) const { return !persona || id == persona; }

    bool operator==(const CanvasFilter &) const = default;
};

} // namespace Waymark
