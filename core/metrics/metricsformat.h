#pragma once

#include "metricsreport.h"

#include <QJsonObject>

namespace Waymark {

// `waymark metrics` output: the JSON of DESIGN.md (numbers unrounded, null for n = 0) and a
// readable table.
namespace MetricsFormat {

QJsonObject toJson(const MetricsReport &report);
QJsonObject toJson(const Metrics &metrics);
QString toText(const MetricsReport &report);
// One insight for people: "gender = female · age = 35-44: NPS +100 (±0), against -20 (±12)
// for the rest (n 60 and 300)", the margins those of the corrected intervals.
QString insightSentence(const SegmentInsight &insight);
// How they were found: "Segments of one or two attributes with at least 30 answers on each
// side; intervals at z = 3.12, Bonferroni-corrected for 48 segments tested."
QString insightMethodSentence(const InsightMethod &method);

} // namespace MetricsFormat

} // namespace Waymark
