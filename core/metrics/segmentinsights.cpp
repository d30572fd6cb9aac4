#include "segmentinsights.h"

#include "responsecube.h"

#include <QHash>

#include <algorithm>
#include <cmath>

namespace Waymark::SegmentInsights {

namespace {

struct Candidate {
    QList<std::pair<int, int>> terms; // (attribute, value)
    AnswerSums sums;
};

std::pair<double, double> interval(const Metrics &m, double z)
{
    const double n = double(m.npsN);
    const double p = double(m.promoters) / n;
    const double d = double(m.detractors) / n;
    const double margin = 100.0 * z * std::sqrt(std::max(0.0, p + d - (p - d) * (p - d)) / n);
    return {*m.nps - margin, *m.nps + margin};
}

quint64 pairKey(int a, int b)
{
    return (quint64(quint32(a)) << 32) | quint32(b);
}

} // namespace

double normalQuantile(double upperTail)
{
    // Bisection on the tail, which erfc gives to full precision: 200 halvings of [-40, 40]
    // reach the double nearest the root, and the search is run once per report.
    double low = -40, high = 40;
    for (int i = 0; i < 200 && high - low > 1e-15; ++i) {
        const double mid = (low + high) / 2;
        if (0.5 * std::erfc(mid / std::sqrt(2.0)) > upperTail)
            low = mid;
        else
            high = mid;
    }
    return (low + high) / 2;
}

Result find(const ResponseCube &cube, const QList<AnswerSums> &bySet, const QList<int> &fixed)
{
    const int attributes = int(cube.attributes().size());
    QList<int> searched;
    for (int a = 0; a < attributes; ++a) {
        if (!fixed.contains(a))
            searched.append(a);
    }

    AnswerSums total;
    QList<QList<AnswerSums>> singles(attributes);
    for (int a = 0; a < attributes; ++a)
        singles[a].resize(cube.values(a).size());
    // Per pair of searched attributes (i < j in `searched`): the sums of each value pair.
    QList<QHash<quint64, AnswerSums>> pairs(searched.size() * searched.size());
    for (int set = 0; set < bySet.size(); ++set) {
        const AnswerSums &sums = bySet.at(set);
        if (sums.responses == 0)
            continue;
        total.add(sums);
        for (qsizetype i = 0; i < searched.size(); ++i) {
            const int va = cube.value(set, searched.at(i));
            if (va == ResponseCube::NoValue)
                continue;
            singles[searched.at(i)][va].add(sums);
            for (qsizetype j = i + 1; j < searched.size(); ++j) {
                const int vb = cube.value(set, searched.at(j));
                if (vb != ResponseCube::NoValue)
                    pairs[i * searched.size() + j][pairKey(va, vb)].add(sums);
            }
        }
    }

    const auto enough = [&total](const AnswerSums &sums) {
        return sums.npsN >= MinAnswers && total.npsN - sums.npsN >= MinAnswers;
    };
    QList<Candidate> candidates;
    for (const int a : std::as_const(searched)) {
        for (int v = 0; v < singles.at(a).size(); ++v) {
            if (enough(singles.at(a).at(v)))
                candidates.append({{{a, v}}, singles.at(a).at(v)});
        }
    }
    for (qsizetype i = 0; i < searched.size(); ++i) {
        for (qsizetype j = i + 1; j < searched.size(); ++j) {
            const QHash<quint64, AnswerSums> &of = pairs.at(i * searched.size() + j);
            for (auto it = of.constBegin(); it != of.constEnd(); ++it) {
                const int va = int(it.key() >> 32), vb = int(it.key() & 0xffffffffu);
                // A pair with the answers of one of its values alone is that segment again
                // (every "Berlin" is in "Germany"): it is not a second finding or test.
                if (!enough(*it) || it->npsN == singles.at(searched.at(i)).at(va).npsN
                    || it->npsN == singles.at(searched.at(j)).at(vb).npsN)
                    continue;
                candidates.append({{{searched.at(i), va}, {searched.at(j), vb}}, *it});
            }
        }
    }

    Result result;
    result.method.alpha = Alpha;
    result.method.tested = candidates.size();
    if (candidates.isEmpty())
        return result;
    result.method.z = normalQuantile(Alpha / (2.0 * double(candidates.size())));
    for (const Candidate &candidate : std::as_const(candidates)) {
        AnswerSums rest = total;
        rest.subtract(candidate.sums);
        SegmentInsight insight;
        insight.segment = Metrics::from(candidate.sums);
        insight.rest = Metrics::from(rest);
        insight.segmentInterval = interval(insight.segment, result.method.z);
        insight.restInterval = interval(insight.rest, result.method.z);
        if (insight.segmentInterval.second >= insight.restInterval.first && insight.restInterval.second >= insight.segmentInterval.first)
            continue; // the intervals overlap
        insight.higher = insight.effect() > 0;
        for (const auto &[a, v] : candidate.terms)
            insight.conditions.append({cube.attributes().at(a), cube.values(a).at(v)});
        result.insights.append(insight);
    }
    // Largest effect first; then the simpler segment, then by name, so that the order is the
    // same on every run (the pairs came out of a hash).
    std::sort(result.insights.begin(), result.insights.end(), [](const SegmentInsight &a, const SegmentInsight &b) {
        const double ea = std::abs(a.effect()), eb = std::abs(b.effect());
        if (ea != eb)
            return ea > eb;
        if (a.conditions.size() != b.conditions.size())
            return a.conditions.size() < b.conditions.size();
        return SegmentCondition::describe(a.conditions) < SegmentCondition::describe(b.conditions);
    });
    return result;
}

} // namespace Waymark::SegmentInsights
