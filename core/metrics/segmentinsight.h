#pragma once

#include "metrics.h"
#include "segmentcondition.h"

#include <QList>

#include <utility>

namespace Waymark {

// A segment of one or two attributes whose NPS differs from everyone else's, with the
// intervals apart after the multiple-comparison correction: "women 35-44 rate us far higher
// than the rest".
struct SegmentInsight {
    QList<SegmentCondition> conditions;
    Metrics segment;
    Metrics rest;
    // The corrected intervals (InsightMethod::z), wider than the metrics' own 95 % ones.
    std::pair<double, double> segmentInterval;
    std::pair<double, double> restInterval;
    bool higher = false;

    // Effect size: the difference of the two NPS, in points.
    double effect() const { return *segment.nps - *rest.nps; }
};

// How the insights were found, for whoever reports them: every segment with enough answers
// on both sides is tested, and the family's error rate is held at alpha by Bonferroni: each
// interval is NPS +/- z * se with z = the normal quantile at 1 - alpha / (2 * tested).
struct InsightMethod {
    qint64 tested = 0;
    double alpha = 0.05;
    double z = 0;
};

} // namespace Waymark
