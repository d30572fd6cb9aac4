#pragma once

#include "chartvaluecolumn.h"

#include <QColor>
#include <QList>
#include <QString>

#include <optional>
#include <utility>

class QBarCategoryAxis;
class QChart;
class QValueAxis;

namespace Waymark {

struct ChartStyle;
struct StageChartOptions;

// The building blocks of the per-stage charts: a styled chart, the stage axis (stages top to
// bottom), a value axis whose ticks thin out in a narrow chart, and a whole horizontal bar
// chart with intervals, target marks and the figures' column.
namespace ChartParts {

// One stage in one chart. Rows are kept in map order; Qt draws a horizontal bar chart's first
// category at the bottom, so the series get them reversed.
struct Row {
    QString stage;
    std::optional<double> value;
    ChartValueColumn::Entry figures;
    std::optional<std::pair<double, double>> interval;
    std::optional<double> target;
};

struct BarSpec {
    const char *objectName;
    QString title;
    QString note;
    QString setName;
    QColor colour;
    QColor negativeColour; // valid: values below 0 get their own set in this colour
    double min = 0;
    double max = 100;
    double tick = 20;
    QString labelFormat = QStringLiteral("%d");
};

// A chart with the style's colours and fonts; under the title a line with `note` (what the
// figures are) and the options' subtitle (whose responses they are).
QChart *newChart(const char *objectName, const QString &title, const QString &note, const StageChartOptions &options);
QBarCategoryAxis *stageAxis(QChart *chart, const QList<Row> &rows, const ChartStyle &style);
QValueAxis *valueAxis(QChart *chart, const BarSpec &spec, const ChartStyle &style);
// The height at which `rows` stages read comfortably, with title, axis and legend.
double preferredHeight(const QList<Row> &rows, const StageChartOptions &options, bool legend);
// One bar per stage, `spec` saying the range and colours; intervals and targets from the rows.
QChart *barChart(const BarSpec &spec, const QList<Row> &rows, const StageChartOptions &options);

} // namespace ChartParts

} // namespace Waymark
