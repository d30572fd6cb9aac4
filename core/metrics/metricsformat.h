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

} // namespace MetricsFormat

} // namespace Waymark
