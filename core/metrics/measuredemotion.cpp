#include "measuredemotion.h"

#include "document/document.h"
#include "metricsreport.h"

#include <cmath>

namespace Waymark::MeasuredEmotion {

std::optional<double> workshopScore(const Document &document, Id stage)
{
    const QList<EmotionPoint> points = document.emotionPointsAt(stage);
    if (points.isEmpty())
        return std::nullopt;
    double sum = 0;
    for (const EmotionPoint &point : points)
        sum += point.score;
    return sum / double(points.size());
}

QList<Gap> disagreements(const Document &document, const MetricsReport &report)
{
    QList<Gap> gaps;
    for (const MetricsReport::Stage &stage : report.stages) {
        if (!stage.metrics.csatMean)
            continue;
        const std::optional<double> workshop = workshopScore(document, stage.id);
        if (!workshop)
            continue;
        const Gap gap{stage.id, fromCsatMean(*stage.metrics.csatMean), *workshop};
        if (std::abs(gap.delta()) > DisagreementThreshold)
            gaps.append(gap);
    }
    return gaps;
}

} // namespace Waymark::MeasuredEmotion
