#pragma once

// Reading figures back from the charts the editor draws, as a user reads the bars.

#include <QAbstractBarSeries>
#include <QBarSet>
#include <QChart>
#include <QtNumeric>

namespace Waymark::ChartBars {

// The NPS bar of `stage` (0 = first of `stages`) in a horizontal bar chart, whose categories
// run bottom to top; stacked sets are summed. NaN when the chart has no bar series.
inline double npsBar(const QChart *chart, int stage, int stages)
{
    for (QAbstractSeries *series : chart->series()) {
        if (auto *bars = qobject_cast<QAbstractBarSeries *>(series)) {
            double sum = 0;
            for (const QBarSet *set : bars->barSets())
                sum += set->at(stages - 1 - stage);
            return sum;
        }
    }
    return qQNaN();
}

} // namespace Waymark::ChartBars
