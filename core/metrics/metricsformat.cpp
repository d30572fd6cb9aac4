#include "metricsformat.h"

#include "segmentinsights.h"
#include "io/translate.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Waymark::MetricsFormat {

namespace {

QJsonValue number(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QString fixed(const std::optional<double> &value, int decimals, const QString &suffix = {})
{
    return value ? QString::number(*value, 'f', decimals) + suffix : u"—"_s;
}

QString signedFixed(const std::optional<double> &value)
{
    if (!value)
        return u"—"_s;
    return (*value > 0 ? u"+"_s : QString()) + QString::number(*value, 'f', 1);
}

// "±12.3": half an interval's width.
QString halfWidth(const std::pair<double, double> &interval, int decimals)
{
    return u"\u00b1"_s + QString::number((interval.second - interval.first) / 2, 'f', decimals);
}

QString margin(const Metrics &m)
{
    return m.npsCi95 ? halfWidth(*m.npsCi95, 1) : QString();
}

// One aligned line of the table: a name then the figures.
QString row(const QString &name, const Metrics &m, int nameWidth)
{
    QString shown = name;
    if (shown.size() > nameWidth)
        shown = shown.left(nameWidth - 1) + u'…';
    return shown.leftJustified(nameWidth + 2) + QString::number(m.responses).rightJustified(8)
        + signedFixed(m.nps).rightJustified(9) + margin(m).rightJustified(8) + fixed(m.csat, 1, u" %"_s).rightJustified(9)
        + fixed(m.csatMean, 2).rightJustified(7) + fixed(m.cesMean, 2).rightJustified(7)
        + fixed(m.fcrRate, 1, u" %"_s).rightJustified(9) + fixed(m.minutesMean, 1).rightJustified(9) + u'\n';
}

QString heading(const QString &title, int nameWidth)
{
    return title.leftJustified(nameWidth + 2) + tr("n").rightJustified(8) + tr("NPS").rightJustified(9)
        + tr("95 %").rightJustified(8) + tr("CSAT").rightJustified(9) + tr("mean").rightJustified(7)
        + tr("CES").rightJustified(7) + tr("FCR").rightJustified(9) + tr("minutes").rightJustified(9) + u'\n';
}

} // namespace

QJsonObject toJson(const Metrics &m)
{
    QJsonValue ci = QJsonValue::Null;
    if (m.npsCi95)
        ci = QJsonArray{m.npsCi95->first, m.npsCi95->second};
    return QJsonObject{
        {u"responses"_s, m.responses},
        {u"nps"_s, QJsonObject{{u"score"_s, number(m.nps)},
                              {u"n"_s, m.npsN},
                              {u"promoters"_s, m.promoters},
                              {u"passives"_s, m.passives},
                              {u"detractors"_s, m.detractors},
                              {u"ci95"_s, ci}}},
        {u"csat"_s, QJsonObject{{u"score"_s, number(m.csat)}, {u"mean"_s, number(m.csatMean)}, {u"n"_s, m.csatN}}},
        {u"ces"_s, QJsonObject{{u"mean"_s, number(m.cesMean)}, {u"n"_s, m.cesN}}},
        {u"fcr"_s, QJsonObject{{u"rate"_s, number(m.fcrRate)}, {u"n"_s, m.fcrN}}},
        {u"response_minutes"_s, QJsonObject{{u"mean"_s, number(m.minutesMean)}, {u"n"_s, m.minutesN}}},
    };
}

QJsonObject toJson(const MetricsReport &report)
{
    const auto withName = [](QJsonObject object, const QString &key, const QString &value) {
        object.insert(key, value);
        return object;
    };
    QJsonObject json{{u"overall"_s, toJson(report.overall)}};
    QJsonArray stages;
    for (const auto &stage : report.stages)
        stages.append(withName(toJson(stage.metrics), u"name"_s, stage.name));
    json.insert(u"stages"_s, stages);
    QJsonArray touchpoints;
    for (const auto &touchpoint : report.touchpoints)
        touchpoints.append(withName(withName(toJson(touchpoint.metrics), u"name"_s, touchpoint.name), u"stage"_s, touchpoint.stageName));
    json.insert(u"touchpoints"_s, touchpoints);
    QJsonObject segments;
    if (!report.by.isEmpty()) {
        QJsonArray values;
        for (const auto &segment : report.segments)
            values.append(withName(toJson(segment.metrics), u"value"_s, segment.value));
        segments.insert(report.by, values);
    }
    json.insert(u"segments"_s, segments);
    const auto conditions = [](const QList<SegmentCondition> &of) {
        QJsonArray array;
        for (const SegmentCondition &condition : of)
            array.append(QJsonObject{{u"attribute"_s, condition.attribute}, {u"value"_s, condition.value}});
        return array;
    };
    const auto interval = [](const std::pair<double, double> &of) { return QJsonArray{of.first, of.second}; };
    json.insert(u"filter"_s, conditions(report.filter));
    QJsonArray insights;
    for (const SegmentInsight &insight : report.insights) {
        insights.append(QJsonObject{
            {u"conditions"_s, conditions(insight.conditions)},
            {u"direction"_s, insight.higher ? u"higher"_s : u"lower"_s},
            {u"effect"_s, insight.effect()},
            {u"nps"_s, toJson(insight.segment).value(u"nps"_s)},
            {u"interval"_s, interval(insight.segmentInterval)},
            {u"rest"_s, toJson(insight.rest).value(u"nps"_s)},
            {u"rest_interval"_s, interval(insight.restInterval)},
        });
    }
    json.insert(u"insight_method"_s, QJsonObject{{u"correction"_s, u"bonferroni"_s},
                                                 {u"alpha"_s, report.insightMethod.alpha},
                                                 {u"tested"_s, report.insightMethod.tested},
                                                 {u"z"_s, report.insightMethod.tested ? QJsonValue(report.insightMethod.z) : QJsonValue(QJsonValue::Null)},
                                                 {u"min_n"_s, SegmentInsights::MinAnswers}});
    json.insert(u"insights"_s, insights);
    if (report.business) {
        json.insert(u"business"_s, QJsonObject{{u"period"_s, report.business->period},
                                              {u"churn_rate"_s, number(report.business->churnRate)},
                                              {u"clv"_s, number(report.business->clv)}});
    }
    return json;
}

QString toText(const MetricsReport &report)
{
    int width = 12;
    for (const auto &stage : report.stages)
        width = std::max(width, int(stage.name.size()));
    for (const auto &segment : report.segments)
        width = std::max(width, int(segment.value.size()));
    width = std::min(width, 32);

    QString text;
    if (!report.filter.isEmpty())
        text += tr("Showing %1 (every figure below)").arg(SegmentCondition::describe(report.filter)) + u"\n\n"_s;
    text += heading(tr("Overall"), width)
        + row(report.filter.isEmpty() ? tr("All responses") : tr("This segment"), report.overall, width) + u'\n';
    text += heading(tr("Stage"), width);
    for (const auto &stage : report.stages)
        text += row(stage.name, stage.metrics, width);
    if (!report.touchpoints.isEmpty()) {
        text += u'\n' + heading(tr("Touchpoint"), width);
        for (const auto &touchpoint : report.touchpoints)
            text += row(touchpoint.name, touchpoint.metrics, width);
    }
    if (!report.by.isEmpty()) {
        text += u'\n' + heading(report.by, width);
        for (const auto &segment : report.segments)
            text += row(segment.value, segment.metrics, width);
    }
    if (!report.insights.isEmpty()) {
        text += u'\n' + tr("Segment insights (NPS intervals apart at z = %1, Bonferroni over %2 segments):")
                             .arg(QString::number(report.insightMethod.z, 'f', 2))
                             .arg(report.insightMethod.tested)
            + u'\n';
        for (const SegmentInsight &insight : report.insights) {
            // One arg() call: an attribute or value holding "%5" must not be substituted again.
            text += tr("  %1: NPS %2 (%3, n = %4), %5 than the rest at %6 (%7, n = %8)\n")
                        .arg(SegmentCondition::describe(insight.conditions), signedFixed(insight.segment.nps),
                             halfWidth(insight.segmentInterval, 1), QString::number(insight.segment.npsN),
                             insight.higher ? tr("higher") : tr("lower"), signedFixed(insight.rest.nps),
                             halfWidth(insight.restInterval, 1), QString::number(insight.rest.npsN));
        }
    }
    if (report.business) {
        text += u'\n' + tr("Business (%1): churn %2, customer lifetime value %3\n")
                            .arg(report.business->period, fixed(report.business->churnRate, 1, u" %"_s), fixed(report.business->clv, 2));
    }
    if (!report.attributes.isEmpty() && report.by.isEmpty())
        text += u'\n' + tr("Break down by a segment with --by: %1\n").arg(report.attributes.join(u", "_s));
    return text;
}

QString insightSentence(const SegmentInsight &insight)
{
    const auto score = [](double nps) -> QString {
        const double rounded = std::round(nps);
        return (rounded > 0 ? u"+"_s : QString()) + QString::number(rounded == 0 ? 0.0 : rounded, 'f', 0);
    };
    return tr("%1 %2: NPS %3 (%4), against %5 (%6) for the rest (n %7 and %8)")
        .arg(insight.higher ? u"\u25b2"_s : u"\u25bc"_s, SegmentCondition::describe(insight.conditions),
             score(*insight.segment.nps), halfWidth(insight.segmentInterval, 0), score(*insight.rest.nps),
             halfWidth(insight.restInterval, 0), QString::number(insight.segment.npsN), QString::number(insight.rest.npsN));
}

QString insightMethodSentence(const InsightMethod &method)
{
    if (method.tested == 0)
        return tr("No segment of one or two attributes has %1 NPS answers on each side to be tested.").arg(SegmentInsights::MinAnswers);
    return tr("Segments of one or two attributes with at least %1 NPS answers on each side; a finding's interval and the "
              "rest's are apart at z = %2, Bonferroni-corrected for the %3 segments tested.")
        .arg(SegmentInsights::MinAnswers)
        .arg(QString::number(method.z, 'f', 2))
        .arg(method.tested);
}

} // namespace Waymark::MetricsFormat
