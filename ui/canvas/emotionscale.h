#pragma once

#include <QtGlobal>

namespace Waymark {

// Where a score of the emotion curve sits in its lane: +5 at the top, -5 at the bottom, with
// room above and below for the points' value labels. Shared by the curve and the lane header.
namespace EmotionScale {

constexpr double Margin = 30;

inline double yOf(double score, double rowTop, double rowHeight)
{
    const double top = rowTop + Margin;
    const double span = rowHeight - 2 * Margin;
    return top + (5.0 - score) / 10.0 * span;
}

inline double scoreAt(double y, double rowTop, double rowHeight)
{
    const double top = rowTop + Margin;
    const double span = rowHeight - 2 * Margin;
    return 5.0 - (y - top) / span * 10.0;
}

} // namespace EmotionScale

} // namespace Waymark
