#pragma once

#include "model/ids.h"

#include <QList>

#include <optional>

namespace Waymark {

class Document;
struct MetricsReport;

// The emotion curve as customers rated it: each stage's CSAT mean (1..5) mapped linearly onto
// the emotion scale (-5..+5), set beside the curve the workshop drew.
namespace MeasuredEmotion {

// Above this many points apart, the measured and the workshop curve disagree.
constexpr double DisagreementThreshold = 2.0;

// 1 -> -5, 3 -> 0, 5 -> +5.
constexpr double fromCsatMean(double mean)
{
    return (mean - 3.0) * 2.5;
}

// What the workshop said of a stage: the mean of the personas' emotion points there.
std::optional<double> workshopScore(const Document &document, Id stage);

struct Gap {
    Id stage = 0;
    double measured = 0;
    double workshop = 0;
    double delta() const { return measured - workshop; }
};

// The stages, in map order, where both curves have a value and they differ by more than
// DisagreementThreshold.
QList<Gap> disagreements(const Document &document, const MetricsReport &report);

} // namespace MeasuredEmotion

} // namespace Waymark
