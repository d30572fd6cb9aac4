#pragma once

#include "segmentinsight.h"
#include "store/responsesummary.h"

#include <QList>

namespace Waymark {

class ResponseCube;

// The search for segment insights over the responses of a cube (those of the view filter).
namespace SegmentInsights {

// Segment insights need this many NPS answers on each side; below it the normal
// approximation of the interval is not to be trusted.
constexpr qint64 MinAnswers = 30;
constexpr double Alpha = 0.05;

struct Result {
    QList<SegmentInsight> insights; // by effect size, largest first
    InsightMethod method;
};

// `bySet`: the sums of the responses that count, per attribute set of the cube. Attributes
// in `fixed` (those of the filter: one value left) are not searched.
Result find(const ResponseCube &cube, const QList<AnswerSums> &bySet, const QList<int> &fixed);

// The standard normal quantile: z with P(Z > z) = upperTail (0 < upperTail < 1).
double normalQuantile(double upperTail);

} // namespace SegmentInsights

} // namespace Waymark
