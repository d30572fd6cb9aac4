#include "metricsreport.h"

#include "document/document.h"
#include "io/formaterror.h"

#include <QCollator>
#include <QCoreApplication>
#include <QHash>
#include <QMap>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Waymark::MetricsEngine {

namespace {

const QStringList ageBands = {u"under 18"_s, u"18-24"_s, u"25-34"_s, u"35-44"_s, u"45-54"_s, u"55-64"_s, u"65+"_s};

bool isAge(const QString &attribute)
{
    return attribute.compare(u"age"_s, Qt::CaseInsensitive) == 0;
}

QString resolve(const QString &wanted, const QStringList &attributes)
{
    for (const QString &attribute : attributes) {
        if (attribute.compare(wanted.trimmed(), Qt::CaseInsensitive) == 0)
            return attribute;
    }
    throw FormatError(attributes.isEmpty()
                          ? QCoreApplication::translate("Waymark", "the responses have no segment attribute '%1' (they have none)").arg(wanted)
                          : QCoreApplication::translate("Waymark", "the responses have no segment attribute '%1' (they have: %2)")
                                .arg(wanted, attributes.join(u", "_s)));
}

// Orders segment values: age bands in age order, others naturally ("2" before "10").
void sortSegments(QList<MetricsReport::Segment> &segments, const QString &attribute)
{
    QCollator collator;
    collator.setNumericMode(true);
    std::sort(segments.begin(), segments.end(), [&](const auto &a, const auto &b) {
        if (isAge(attribute)) {
            const auto ia = ageBands.indexOf(a.value);
            const auto ib = ageBands.indexOf(b.value);
            if (ia != ib)
                return (ia < 0 ? 1000 : ia) < (ib < 0 ? 1000 : ib);
        }
        return collator.compare(a.value, b.value) < 0;
    });
}

} // namespace

QString segmentValue(const QString &attribute, const QString &value)
{
    if (!isAge(attribute))
        return value;
    bool ok = false;
    const double age = value.trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(age)) // "nan" and "inf" parse, but are no age
        return value;
    if (age < 18)
        return ageBands.at(0);
    if (age >= 65)
        return ageBands.last();
    return ageBands.at(1 + int((age - 15) / 10)); // 18-24 -> 1, 25-34 -> 2, ...
}

MetricsReport compute(Document &document, const MetricsQuery &query)
{
    const QMap<SummaryKey, AnswerSums> summary = document.responseSummary();
    MetricsReport report;
    for (auto it = summary.constBegin(); it != summary.constEnd(); ++it) {
        if (!it.key().attribute.isEmpty() && !report.attributes.contains(it.key().attribute))
            report.attributes.append(it.key().attribute);
    }
    std::sort(report.attributes.begin(), report.attributes.end(),
              [](const QString &a, const QString &b) { return a.compare(b, Qt::CaseInsensitive) < 0; });

    QString filter;
    if (!query.filterAttribute.isEmpty())
        filter = resolve(query.filterAttribute, report.attributes);
    if (!query.by.isEmpty())
        report.by = resolve(query.by, report.attributes);

    const auto touchpointCounts = [&](const SummaryKey &key) {
        return !query.touchpoints || query.touchpoints->contains(key.touchpoint);
    };
    // The rows every figure adds up: all responses, or those of the filter's segment.
    const auto counts = [&](const SummaryKey &key) {
        if (!touchpointCounts(key))
            return false;
        if (filter.isEmpty())
            return key.attribute.isEmpty();
        return key.attribute == filter && segmentValue(filter, key.value) == query.filterValue;
    };

    AnswerSums overall;
    QHash<Id, AnswerSums> byStage;
    // By (the card's stage index, card): in map order, and one entry per touchpoint even when
    // responses of other stages name it.
    QMap<std::pair<int, Id>, AnswerSums> byTouchpoint;
    for (auto it = summary.constBegin(); it != summary.constEnd(); ++it) {
        if (!counts(it.key()))
            continue;
        overall.add(it.value());
        byStage[it.key().stage].add(it.value());
        if (const Card *card = document.card(it.key().touchpoint))
            byTouchpoint[{document.stageIndex(card->stage), card->id}].add(it.value());
    }
    report.overall = Metrics::from(overall);
    for (const Stage &stage : document.stages())
        report.stages.append({stage.id, stage.name, Metrics::from(byStage.value(stage.id))});
    for (auto it = byTouchpoint.constBegin(); it != byTouchpoint.constEnd(); ++it) {
        const Card *card = document.card(it.key().second);
        if (!card)
            continue;
        const Stage *stage = document.stage(card->stage);
        report.touchpoints.append({card->id, card->stage, stage ? stage->name : QString(), card->title, Metrics::from(*it)});
    }

    // Per attribute: the sums of each (banded) value, within the filter's segment when the
    // filter is on another attribute (a filter on the same attribute leaves one value).
    QHash<QString, QMap<QString, AnswerSums>> values;
    if (filter.isEmpty()) {
        for (auto it = summary.constBegin(); it != summary.constEnd(); ++it) {
            if (!it.key().attribute.isEmpty() && touchpointCounts(it.key()))
                values[it.key().attribute][segmentValue(it.key().attribute, it.key().value)].add(it.value());
        }
    } else if (!report.by.isEmpty()) {
        // Cross-segment figures need the responses themselves; the summary holds one
        // attribute at a time. Within a filter, the breakdown shows the filtered segment only.
        for (auto it = summary.constBegin(); it != summary.constEnd(); ++it) {
            if (it.key().attribute == report.by && report.by == filter && touchpointCounts(it.key()))
                values[report.by][segmentValue(report.by, it.key().value)].add(it.value());
        }
    }
    if (!report.by.isEmpty()) {
        const QMap<QString, AnswerSums> &of = values[report.by];
        for (auto it = of.constBegin(); it != of.constEnd(); ++it) {
            if (report.by != filter || it.key() == query.filterValue)
                report.segments.append({it.key(), Metrics::from(*it)});
        }
        sortSegments(report.segments, report.by);
    }

    if (filter.isEmpty()) {
        for (const QString &attribute : std::as_const(report.attributes)) {
            const QMap<QString, AnswerSums> &of = values[attribute];
            AnswerSums total;
            for (const AnswerSums &sums : of)
                total.add(sums);
            for (auto it = of.constBegin(); it != of.constEnd(); ++it) {
                AnswerSums rest = total;
                rest.subtract(*it);
                if (it->npsN < MinInsightAnswers || rest.npsN < MinInsightAnswers)
                    continue;
                const Metrics segment = Metrics::from(*it);
                const Metrics others = Metrics::from(rest);
                if (Metrics::npsApart(segment, others))
                    report.insights.append({attribute, it.key(), segment, others, *segment.nps > *others.nps});
            }
        }
        std::sort(report.insights.begin(), report.insights.end(), [](const SegmentInsight &a, const SegmentInsight &b) {
            return std::abs(*a.segment.nps - *a.rest.nps) > std::abs(*b.segment.nps - *b.rest.nps);
        });
    }

    if (!document.businessPeriods().isEmpty()) {
        const BusinessPeriod &period = document.businessPeriods().last();
        MetricsReport::Business business;
        business.period = period.period;
        if (period.customersStart > 0)
            business.churnRate = 100.0 * double(period.customersLost) / double(period.customersStart);
        business.clv = period.averageOrderValue * period.purchasesPerYear * period.expectedYears;
        report.business = business;
    }
    return report;
}

} // namespace Waymark::MetricsEngine
