#include "stagechartbuilder.h"

#include "chartparts.h"
#include "chartsegmentlabels.h"
#include "document/document.h"
#include "metrics/metricsreport.h"
#include "io/translate.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QCoreApplication>
#include <QGraphicsScene>
#include <QHorizontalPercentBarSeries>
#include <QLocale>
#include <QPainter>
#include <QValueAxis>

#include <cmath>
#include <functional>

using namespace Qt::StringLiterals;

namespace Waymark {

using namespace ChartParts;

namespace {

QString number(double value, int decimals)
{
    return QLocale().toString(value, 'f', decimals);
}

// NPS as people quote it: a whole number with its sign.
QString signedScore(double value)
{
    const double rounded = std::round(value);
    return rounded > 0 ? u"+"_s + number(rounded, 0) : number(rounded == 0 ? 0.0 : rounded, 0);
}

QString answers(qint64 n)
{
    return tr("n %1").arg(QLocale().toString(n));
}

// A range for a value axis that starts at 0 and fits `highest` with room to spare, in steps
// of 1, 2 or 5 times a power of ten.
std::pair<double, double> niceRange(double highest)
{
    if (highest <= 0)
        return {1, 1};
    const double rough = highest / 4;
    const double power = std::pow(10.0, std::floor(std::log10(rough)));
    double step = power;
    for (const double factor : {1.0, 2.0, 5.0, 10.0}) {
        step = factor * power;
        if (step >= rough)
            break;
    }
    return {std::ceil(highest * 1.05 / step) * step, step};
}

using Pick = std::function<std::optional<Row>(const Metrics &)>;

// One row per stage; stages without answers get a dash. Empty when no stage has a value.
QList<Row> rowsOf(const MetricsReport &report, const Pick &pick)
{
    QList<Row> rows;
    bool any = false;
    for (const MetricsReport::Stage &stage : report.stages) {
        std::optional<Row> row = pick(stage.metrics);
        if (row) {
            any = true;
        } else {
            row = Row{};
            row->figures = {u"\u2014"_s, tr("no answers")};
        }
        row->stage = stage.name;
        rows.append(*row);
    }
    return any ? rows : QList<Row>{};
}

void addTargets(QList<Row> &rows, const MetricsReport &report, const QHash<Id, double> &targets)
{
    for (qsizetype i = 0; i < rows.size() && i < report.stages.size(); ++i) {
        const auto it = targets.constFind(report.stages.at(i).id);
        if (it != targets.constEnd())
            rows[i].target = *it;
    }
}

QChart *npsChart(const MetricsReport &report, const StageChartOptions &options)
{
    QList<Row> rows = rowsOf(report, [](const Metrics &m) -> std::optional<Row> {
        if (!m.nps)
            return std::nullopt;
        Row row;
        row.value = *m.nps;
        row.interval = m.npsCi95;
        const double margin = m.npsCi95 ? (m.npsCi95->second - m.npsCi95->first) / 2 : 0;
        row.figures = {signedScore(*m.nps), u"\u00b1%1 \u00b7 %2"_s.arg(number(margin, 0), answers(m.npsN))};
        return row;
    });
    if (rows.isEmpty())
        return nullptr;
    addTargets(rows, report, options.npsTargets);
    // From the lowest to the highest of values, intervals and targets, in steps of 20.
    double lo = 0;
    double hi = 0;
    for (const Row &row : std::as_const(rows)) {
        for (const double v : {row.value.value_or(0), row.interval ? row.interval->first : 0.0,
                               row.interval ? row.interval->second : 0.0, row.target.value_or(0)}) {
            lo = std::min(lo, v);
            hi = std::max(hi, v);
        }
    }
    BarSpec spec{"npsChart", tr("NPS by stage"), {}, tr("NPS"), options.style.positive, options.style.negative};
    spec.min = std::max(-100.0, std::floor(lo / 20) * 20);
    spec.max = std::min(100.0, std::ceil(hi / 20) * 20);
    if (spec.max - spec.min < 40)
        spec.max = std::min(100.0, spec.min + 40);
    return barChart(spec, rows, options);
}

QChart *npsMixChart(const MetricsReport &report, const StageChartOptions &options)
{
    const QList<Row> rows = rowsOf(report, [](const Metrics &m) -> std::optional<Row> {
        if (!m.npsN)
            return std::nullopt;
        Row row;
        row.figures = {QString(), answers(m.npsN)};
        return row;
    });
    if (rows.isEmpty())
        return nullptr;
    const ChartStyle &style = options.style;
    QChart *chart = newChart("npsMixChart", tr("NPS mix by stage"), tr("share of answers"), options);
    auto *series = new QHorizontalPercentBarSeries;
    struct Part {
        QString name;
        QColor colour;
        qint64 Metrics::*count;
    };
    const Part parts[] = {{tr("Detractors 0\u20136"), style.detractors, &Metrics::detractors},
                          {tr("Passives 7\u20138"), style.passives, &Metrics::passives},
                          {tr("Promoters 9\u201310"), style.promoters, &Metrics::promoters}};
    QList<ChartSegmentLabels::Segment> segments;
    const qsizetype n = report.stages.size();
    QList<double> start(n, 0.0);
    for (const Part &part : parts) {
        auto *set = new QBarSet(part.name);
        set->setColor(part.colour);
        set->setBorderColor(style.background);
        for (qsizetype i = n - 1; i >= 0; --i) {
            const Metrics &m = report.stages.at(i).metrics;
            const double share = m.npsN ? 100.0 * double(m.*part.count) / double(m.npsN) : 0.0;
            set->append(share);
            if (share > 0) {
                const int category = int(n - 1 - i);
                segments.append({category, start[i], start[i] + share, number(share, 0) + u"\u00a0%"_s,
                                 style.dark || part.count != &Metrics::passives ? QColor(Qt::white) : style.text});
                start[i] += share;
            }
        }
        series->append(set);
    }
    series->setBarWidth(0.62);
    chart->addSeries(series);
    QBarCategoryAxis *stages = stageAxis(chart, rows, style);
    BarSpec spec{"", {}, {}, {}, {}, {}, 0, 100, 25, u"%d %%"_s};
    QValueAxis *values = valueAxis(chart, spec, style);
    series->attachAxis(stages);
    series->attachAxis(values);
    chart->legend()->setVisible(true);
    new ChartSegmentLabels(chart, series, segments, style.labelFont);
    QList<ChartValueColumn::Entry> figures;
    for (auto it = rows.crbegin(); it != rows.crend(); ++it)
        figures.append(it->figures);
    new ChartValueColumn(chart, series, figures, style.labelFont, style.text, style.mutedText);
    chart->setPreferredHeight(preferredHeight(rows, options, true));
    return chart;
}

QChart *csatChart(const MetricsReport &report, const StageChartOptions &options)
{
    QList<Row> rows = rowsOf(report, [](const Metrics &m) -> std::optional<Row> {
        if (!m.csat)
            return std::nullopt;
        Row row;
        row.value = *m.csat;
        row.figures = {number(*m.csat, 0) + u"\u00a0%"_s, tr("mean %1 \u00b7 %2").arg(number(*m.csatMean, 1), answers(m.csatN))};
        return row;
    });
    if (rows.isEmpty())
        return nullptr;
    addTargets(rows, report, options.csatTargets);
    BarSpec spec{"csatChart", tr("CSAT by stage"), tr("% satisfied (4\u20135 of 5)"), tr("CSAT"), options.style.csat, {}};
    spec.labelFormat = u"%d %%"_s;
    return barChart(spec, rows, options);
}

QChart *cesChart(const MetricsReport &report, const StageChartOptions &options)
{
    const QList<Row> rows = rowsOf(report, [](const Metrics &m) -> std::optional<Row> {
        if (!m.cesMean)
            return std::nullopt;
        Row row;
        row.value = *m.cesMean;
        row.figures = {number(*m.cesMean, 1), answers(m.cesN)};
        return row;
    });
    if (rows.isEmpty())
        return nullptr;
    BarSpec spec{"cesChart", tr("Effort (CES) by stage"), tr("mean, 7 = very easy"), tr("CES"), options.style.ces, {}};
    spec.min = 0;
    spec.max = 7;
    spec.tick = 1;
    return barChart(spec, rows, options);
}

QChart *fcrChart(const MetricsReport &report, const StageChartOptions &options)
{
    const QList<Row> rows = rowsOf(report, [](const Metrics &m) -> std::optional<Row> {
        if (!m.fcrRate)
            return std::nullopt;
        Row row;
        row.value = *m.fcrRate;
        row.figures = {number(*m.fcrRate, 0) + u"\u00a0%"_s, answers(m.fcrN)};
        return row;
    });
    if (rows.isEmpty())
        return nullptr;
    BarSpec spec{"fcrChart", tr("First contact resolution"), tr("% resolved on first contact"), tr("FCR"), options.style.fcr, {}};
    spec.labelFormat = u"%d %%"_s;
    return barChart(spec, rows, options);
}

QChart *responseTimeChart(const MetricsReport &report, const StageChartOptions &options)
{
    double highest = 0;
    const QList<Row> rows = rowsOf(report, [&highest](const Metrics &m) -> std::optional<Row> {
        if (!m.minutesMean)
            return std::nullopt;
        Row row;
        row.value = *m.minutesMean;
        highest = std::max(highest, *m.minutesMean);
        row.figures = {tr("%1 min").arg(number(*m.minutesMean, *m.minutesMean < 10 ? 1 : 0)), answers(m.minutesN)};
        return row;
    });
    if (rows.isEmpty())
        return nullptr;
    BarSpec spec{"responseTimeChart", tr("Response time by stage"), tr("mean minutes"), tr("Minutes"), options.style.minutes, {}};
    const auto [max, step] = niceRange(highest);
    spec.max = max;
    spec.tick = step;
    spec.labelFormat = step < 1 ? u"%.1f"_s : u"%d"_s;
    return barChart(spec, rows, options);
}

} // namespace

StageChartOptions StageChartOptions::forDocument(const Document &document, const ChartStyle &style)
{
    StageChartOptions options;
    options.style = style;
    for (const Stage &stage : document.stages()) {
        if (stage.npsTarget)
            options.npsTargets.insert(stage.id, *stage.npsTarget);
        if (stage.csatTarget)
            options.csatTargets.insert(stage.id, *stage.csatTarget);
    }
    return options;
}

QList<StageChartKind> StageChartBuilder::kinds(const MetricsReport &report)
{
    QList<StageChartKind> kinds;
    const Metrics &all = report.overall;
    if (all.npsN) {
        kinds.append(StageChartKind::Nps);
        kinds.append(StageChartKind::NpsMix);
    }
    if (all.csatN)
        kinds.append(StageChartKind::Csat);
    if (all.cesN)
        kinds.append(StageChartKind::Ces);
    if (all.fcrN)
        kinds.append(StageChartKind::Fcr);
    if (all.minutesN)
        kinds.append(StageChartKind::ResponseTime);
    return kinds;
}

QList<QChart *> StageChartBuilder::build(const MetricsReport &report, const StageChartOptions &options)
{
    QList<QChart *> charts;
    for (const StageChartKind kind : kinds(report)) {
        if (QChart *chart = build(kind, report, options))
            charts.append(chart);
    }
    return charts;
}

QChart *StageChartBuilder::build(StageChartKind kind, const MetricsReport &report, const StageChartOptions &options)
{
    switch (kind) {
    case StageChartKind::Nps: return npsChart(report, options);
    case StageChartKind::NpsMix: return npsMixChart(report, options);
    case StageChartKind::Csat: return csatChart(report, options);
    case StageChartKind::Ces: return cesChart(report, options);
    case StageChartKind::Fcr: return fcrChart(report, options);
    case StageChartKind::ResponseTime: return responseTimeChart(report, options);
    }
    return nullptr;
}

QString StageChartBuilder::noDataText()
{
    return tr("No survey responses yet");
}

void StageChartBuilder::render(QChart *chart, QPainter *painter, const QRectF &target, const QSizeF &size)
{
    const QSizeF layoutSize = size.isEmpty() ? target.size() : size;
    QGraphicsScene scene;
    QGraphicsScene *previous = chart->scene();
    if (previous)
        previous->removeItem(chart);
    scene.addItem(chart);
    chart->setGeometry(QRectF(QPointF(0, 0), layoutSize));
    // The tick spacing and the figures' column adapt to the size in a second layout pass, which
    // the first one posts: a view gets it from its event loop, a render here and now.
    for (int pass = 0; pass < 3; ++pass)
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    scene.render(painter, target, QRectF(QPointF(0, 0), layoutSize), Qt::KeepAspectRatio);
    scene.removeItem(chart);
    if (previous)
        previous->addItem(chart);
}

} // namespace Waymark
