#pragma once

#include "enums.h"
#include "ids.h"

#include <QColor>
#include <QList>
#include <QString>

#include <optional>

namespace Waymark {

// An item in one stage x lane cell. Every card has every field so that changing its kind
// back and forth loses nothing; which fields matter depends on the kind.
struct Card {
    static constexpr int MinScale = 1; // severity, effort, impact
    static constexpr int MaxScale = 5;

    Id id = 0;
    Id stage = 0;
    Id lane = 0;
    int position = 0; // order within the cell, 0-based and contiguous
    CardKind kind = CardKind::Note;
    QString title;
    QString description;
    QColor color; // invalid: the colour of the kind
    Evidence evidence = Evidence::Assumed;
    Channel channel = Channel::Other;     // touchpoints
    int severity = 3;                     // pain points
    int effort = 3;                       // opportunities
    int impact = 3;                       // opportunities
    QString owner;                        // opportunities
    OpportunityStatus status = OpportunityStatus::Idea; // opportunities
    QList<Id> personas;                   // the personas the card concerns, sorted by id
    // How the customer feels doing this, 1 (very unhappy) to 5 (happy): a mermaid journey
    // task's score, kept so that a map read from mermaid writes the same scores back.
    // Unset for cards made in Waymark, whose stage's emotion points stand in for it.
    std::optional<int> score;

    bool operator==(const Card &) const = default;
};

} // namespace Waymark
