#include "metricsformat.h"

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

QString tr(const char *text)
{
    return QCoreApplication::translate("Waymark", text);
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

QString margin(const Metrics &m)
{
    return m.npsCi95 ? u"±"_s + QString::number((m.npsCi95->second - m.npsCi95->first) / 2, 'f', 1) : QString();
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
    QJsonArray insights;
    for (const SegmentInsight &insight : report.insights) {
        insights.append(QJsonObject{
            {u"attribute"_s, insight.attribute},
            {u"value"_s, insight.value},
            {u"direction"_s, insight.higher ? u"higher"_s : u"lower"_s},
            {u"nps"_s, toJson(insight.segment).value(u"nps"_s)},
            {u"rest"_s, toJson(insight.rest).value(u"nps"_s)},
        });
    }
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

    QString text = heading(tr("Overall"), width) + row(tr("All responses"), report.overall, width) + u'\n';
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
        text += u'\n' + tr("Segment insights (95 % intervals apart):") + u'\n';
        for (const SegmentInsight &insight : report.insights) {
            // One arg() call: an attribute or value holding "%5" must not be substituted again.
            text += tr("  %1 = %2: NPS %3 (%4, n = %5), %6 than the rest at %7 (%8, n = %9)\n")
                        .arg(insight.attribute, insight.value, signedFixed(insight.segment.nps), margin(insight.segment),
                             QString::number(insight.segment.npsN), insight.higher ? tr("higher") : tr("lower"),
                             signedFixed(insight.rest.nps), margin(insight.rest), QString::number(insight.rest.npsN));
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

} // namespace Waymark::MetricsFormat
