#include "metrics.h"

#include <cmath>

namespace Waymark {

Metrics Metrics::from(const AnswerSums &s)
{
    Metrics m;
    m.responses = s.responses;
    m.npsN = s.npsN;
    m.promoters = s.promoters;
    m.passives = s.passives;
    m.detractors = s.detractors;
    if (s.npsN > 0) {
        const double n = double(s.npsN);
        const double p = double(s.promoters) / n;
        const double d = double(s.detractors) / n;
        m.nps = 100.0 * (p - d);
        const double variance = p + d - (p - d) * (p - d);
        const double margin = 100.0 * 1.96 * std::sqrt(std::max(0.0, variance) / n);
        m.npsCi95 = std::pair(*m.nps - margin, *m.nps + margin);
    }
    m.csatN = s.csatN;
    if (s.csatN > 0) {
        m.csat = 100.0 * double(s.csatSatisfied) / double(s.csatN);
        m.csatMean = double(s.csatSum) / double(s.csatN);
    }
    m.cesN = s.cesN;
    if (s.cesN > 0)
        m.cesMean = double(s.cesSum) / double(s.cesN);
    m.fcrN = s.fcrN;
    if (s.fcrN > 0)
        m.fcrRate = 100.0 * double(s.fcrYes) / double(s.fcrN);
    m.minutesN = s.minutesN;
    if (s.minutesN > 0)
        m.minutesMean = s.minutesSum / double(s.minutesN);
    return m;
}

bool Metrics::npsApart(const Metrics &a, const Metrics &b)
{
    if (!a.npsCi95 || !b.npsCi95)
        return false;
    return a.npsCi95->second < b.npsCi95->first || b.npsCi95->second < a.npsCi95->first;
}

} // namespace Waymark
