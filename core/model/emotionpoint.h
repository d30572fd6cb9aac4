#pragma once

#include "ids.h"

#include <QString>

namespace Waymark {

// How one persona feels in one stage, from -5 (miserable) to +5 (delighted).
struct EmotionPoint {
    static constexpr int MinScore = -5;
    static constexpr int MaxScore = 5;

    Id persona = 0;
    Id stage = 0;
    int score = 0;
    QString note;

    bool operator==(const EmotionPoint &) const = default;
};

} // namespace Waymark
