#include "chartparts.h"

#include "chartstyle.h"
#include "stagechartbuilder.h"
#include "io/translate.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QCoreApplication>
#include <QFontMetricsF>
#include <QGraphicsLayout>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QLegendMarker>
#include <QLineSeries>
#include <QValueAxis>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Waymark::ChartParts {

namespace {

QString cssSize(const QFont &font)
{
    return font.pixelSize() > 0 ? u"%1px"_s.arg(font.pixelSize()) : u"%1pt"_s.arg(font.pointSizeF());
}

void styleAxis(QAbstractAxis *axis, const ChartStyle &style)
{
    axis->setLabelsFont(style.labelFont);
    axis->setLabelsColor(style.text);
    axis->setLinePen(QPen(style.axisLine, 1));
    axis->setGridLinePen(QPen(style.grid, 1));
    axis->setShadesVisible(false);
    axis->setTitleVisible(false);
}

// Fewer ticks in a narrow chart: each label needs room. Steps grow from `step` to 2, 2.5, 5
// and 10 times it, whichever first leaves each label about 50 units.
void fitTicks(QChart *chart, QValueAxis *axis, double step)
{
    const auto fit = [chart, axis, step] {
        const double span = axis->max() - axis->min();
        const double room = chart->plotArea().width();
        if (span <= 0 || room <= 0)
            return;
        double chosen = step;
        for (const double factor : {1.0, 2.0, 2.5, 5.0, 10.0}) {
            chosen = step * factor;
            if (room / (span / chosen) >= 50)
                break;
        }
        if (axis->tickInterval() != chosen)
            axis->setTickInterval(chosen);
    };
    QObject::connect(chart, &QChart::plotAreaChanged, axis, fit);
}

// A line series over the bars, on a hidden axis whose units are category indexes.
QLineSeries *overlay(QChart *chart, QValueAxis *indexAxis, QValueAxis *values, const QString &name, const QPen &pen,
                     const QList<QPointF> &points, bool inLegend)
{
    auto *line = new QLineSeries;
    line->setName(name);
    line->setPen(pen);
    line->append(points);
    chart->addSeries(line);
    line->attachAxis(indexAxis);
    line->attachAxis(values);
    const QList<QLegendMarker *> markers = chart->legend()->markers(line);
    for (QLegendMarker *marker : markers) {
        marker->setVisible(inLegend);
        marker->setShape(QLegend::MarkerShapeFromSeries);
    }
    return line;
}

} // namespace

QChart *newChart(const char *objectName, const QString &title, const QString &note, const StageChartOptions &options)
{
    const ChartStyle &style = options.style;
    auto *chart = new QChart;
    chart->setObjectName(QLatin1StringView(objectName));
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundBrush(style.background);
    chart->setBackgroundPen(Qt::NoPen);
    chart->setBackgroundRoundness(0);
    chart->setDropShadowEnabled(false);
    chart->setPlotAreaBackgroundVisible(false);
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    chart->setMargins(QMargins(8, 4, 8, 4));
    chart->setTitleFont(style.titleFont);
    chart->setTitleBrush(style.text);
    QString html = title.toHtmlEscaped();
    QStringList under;
    for (const QString &part : {note, options.subtitle}) {
        if (!part.isEmpty())
            under.append(part.toHtmlEscaped());
    }
    if (!under.isEmpty())
        html += u"<br><span style=\"font-weight:400; font-size:%1; color:%2\">%3</span>"_s.arg(
            cssSize(style.labelFont), style.mutedText.name(), under.join(u" \u00b7 "_s));
    chart->setTitle(html);
    QLegend *legend = chart->legend();
    legend->setFont(style.legendFont);
    legend->setLabelColor(style.text);
    legend->setAlignment(Qt::AlignBottom);
    legend->setBackgroundVisible(false);
    legend->setVisible(false);
    return chart;
}

QBarCategoryAxis *stageAxis(QChart *chart, const QList<Row> &rows, const ChartStyle &style)
{
    auto *axis = new QBarCategoryAxis;
    QStringList names;
    for (auto it = rows.crbegin(); it != rows.crend(); ++it)
        names.append(it->stage);
    axis->append(names);
    styleAxis(axis, style);
    axis->setGridLineVisible(false);
    chart->addAxis(axis, Qt::AlignLeft);
    return axis;
}

QValueAxis *valueAxis(QChart *chart, const BarSpec &spec, const ChartStyle &style)
{
    auto *axis = new QValueAxis;
    axis->setRange(spec.min, spec.max);
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(0);
    axis->setTickInterval(spec.tick);
    axis->setLabelFormat(spec.labelFormat);
    axis->setMinorTickCount(0);
    styleAxis(axis, style);
    chart->addAxis(axis, Qt::AlignBottom);
    fitTicks(chart, axis, spec.tick);
    return axis;
}

double preferredHeight(const QList<Row> &rows, const StageChartOptions &options, bool legend)
{
    const ChartStyle &style = options.style;
    const double label = QFontMetricsF(style.labelFont).height();
    const double title = QFontMetricsF(style.titleFont).height() + label + 2;
    const double row = std::max(26.0, label * 2.1);
    return std::ceil(title + 14 + rows.size() * row + label + 14 + (legend ? QFontMetricsF(style.legendFont).height() + 14 : 0) + 8);
}

QChart *barChart(const BarSpec &spec, const QList<Row> &rows, const StageChartOptions &options)
{
    const ChartStyle &style = options.style;
    QChart *chart = newChart(spec.objectName, spec.title, spec.note, options);
    const qsizetype n = rows.size();

    QAbstractBarSeries *series = nullptr;
    auto *set = new QBarSet(spec.setName);
    set->setColor(spec.colour);
    set->setBorderColor(spec.colour);
    QBarSet *negative = nullptr;
    if (spec.negativeColour.isValid()) {
        series = new QHorizontalStackedBarSeries;
        negative = new QBarSet(spec.setName);
        negative->setColor(spec.negativeColour);
        negative->setBorderColor(spec.negativeColour);
    } else {
        series = new QHorizontalBarSeries;
    }
    for (auto it = rows.crbegin(); it != rows.crend(); ++it) {
        const double value = it->value.value_or(0);
        if (negative) {
            set->append(value >= 0 ? value : 0);
            negative->append(value < 0 ? value : 0);
        } else {
            set->append(value);
        }
    }
    series->append(set);
    if (negative)
        series->append(negative);
    series->setBarWidth(0.62);
    chart->addSeries(series);
    QBarCategoryAxis *stages = stageAxis(chart, rows, style);
    QValueAxis *values = valueAxis(chart, spec, style);
    series->attachAxis(stages);
    series->attachAxis(values);
    for (QLegendMarker *marker : chart->legend()->markers(series))
        marker->setVisible(false);

    // Intervals and targets are lines on an axis of category indexes laid over the stage axis.
    auto *index = new QValueAxis;
    index->setRange(-0.5, double(n) - 0.5);
    index->setVisible(false);
    chart->addAxis(index, Qt::AlignLeft);
    bool legend = false;
    for (qsizetype i = 0; i < n; ++i) {
        const Row &row = rows.at(i);
        const double y = double(n - 1 - i);
        if (row.interval) {
            const double lo = std::clamp(row.interval->first, spec.min, spec.max);
            const double hi = std::clamp(row.interval->second, spec.min, spec.max);
            constexpr double cap = 0.12;
            overlay(chart, index, values, tr("95 % interval"), QPen(style.whisker, 1.5),
                    {{lo, y - cap}, {lo, y + cap}, {lo, y}, {hi, y}, {hi, y - cap}, {hi, y + cap}}, !legend);
            legend = true;
        }
    }
    bool targets = false;
    for (qsizetype i = 0; i < n; ++i) {
        const Row &row = rows.at(i);
        if (!row.target)
            continue;
        const double x = std::clamp(*row.target, spec.min, spec.max);
        const double y = double(n - 1 - i);
        overlay(chart, index, values, tr("Target"), QPen(style.target, 2, Qt::DashLine, Qt::FlatCap),
                {{x, y - 0.42}, {x, y + 0.42}}, !targets);
        targets = true;
    }
    legend = legend || targets;
    chart->legend()->setVisible(legend);

    QList<ChartValueColumn::Entry> figures;
    for (auto it = rows.crbegin(); it != rows.crend(); ++it)
        figures.append(it->figures);
    new ChartValueColumn(chart, series, figures, style.labelFont, style.text, style.mutedText);
    chart->setPreferredHeight(preferredHeight(rows, options, legend));
    return chart;
}

} // namespace Waymark::ChartParts
