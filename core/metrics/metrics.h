#pragma once

#include "store/responsesummary.h"

#include <optional>
#include <utility>

namespace Waymark {

// The figures of one group of responses, by the definitions of DESIGN.md. A figure with no
// answers (n = 0) is empty, never 0.
struct Metrics {
    qint64 responses = 0;

    std::optional<double> nps;       // -100..100
    qint64 npsN = 0;
    qint64 promoters = 0;            // 9-10
    qint64 passives = 0;             // 7-8
    qint64 detractors = 0;           // 0-6
    std::optional<std::pair<double, double>> npsCi95;

    std::optional<double> csat;      // % of answers 4 or 5
    std::optional<double> csatMean;  // 1..5
    qint64 csatN = 0;

    std::optional<double> cesMean;   // 1..7
    qint64 cesN = 0;

    std::optional<double> fcrRate;   // % resolved on first contact
    qint64 fcrN = 0;

    std::optional<double> minutesMean;
    qint64 minutesN = 0;

    static Metrics from(const AnswerSums &sums);
    // Whether two NPS intervals are apart (neither contains a point of the other).
    static bool npsApart(const Metrics &a, const Metrics &b);
};

} // namespace Waymark
