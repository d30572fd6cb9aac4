#include "metricsreport.h"

#include "document/document.h"
#include "responsecube.h"
#include "segmentinsights.h"
#include "io/formaterror.h"

#include <QCollator>
#include <QCoreApplication>
#include <QHash>
#include <QMap>

#include <cmath>
#include <optional>

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
bool valueBefore(const QCollator &collator, const QString &attribute, const QString &a, const QString &b)
{
    if (isAge(attribute)) {
        const auto ia = ageBands.indexOf(a);
        const auto ib = ageBands.indexOf(b);
        if (ia != ib)
            return (ia < 0 ? 1000 : ia) < (ib < 0 ? 1000 : ib);
    }
    return collator.compare(a, b) < 0;
}

void sortSegments(QList<MetricsReport::Segment> &segments, const QString &attribute)
{
    QCollator collator;
    collator.setNumericMode(true);
    std::sort(segments.begin(), segments.end(),
              [&](const auto &a, const auto &b) { return valueBefore(collator, attribute, a.value, b.value); });
}

} // namespace

void sortValues(QStringList &values, const QString &attribute)
{
    QCollator collator;
    collator.setNumericMode(true);
    std::sort(values.begin(), values.end(),
              [&](const QString &a, const QString &b) { return valueBefore(collator, attribute, a, b); });
}

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

QSet<Id> touchpointsOfOthers(const Document &document, Id persona)
{
    QSet<Id> others;
    if (!persona)
        return others;
    for (const Stage &stage : document.stages()) {
        for (const Id id : document.cardsOfStage(stage.id)) {
            const Card *card = document.card(id);
            if (card && card->kind == CardKind::Touchpoint && !card->personas.isEmpty() && !card->personas.contains(persona))
                others.insert(id);
        }
    }
    return others;
}

MetricsReport compute(Document &document, const MetricsQuery &query, const ResponseCube *cube)
{
    const QMap<SummaryKey, AnswerSums> summary = document.responseSummary();
    MetricsReport report;
    for (auto it = summary.constBegin(); it != summary.constEnd(); ++it) {
        if (!it.key().attribute.isEmpty() && !report.attributes.contains(it.key().attribute))
            report.attributes.append(it.key().attribute);
    }
    std::sort(report.attributes.begin(), report.attributes.end(),
              [](const QString &a, const QString &b) { return a.compare(b, Qt::CaseInsensitive) < 0; });
    if (!query.by.isEmpty())
        report.by = resolve(query.by, report.attributes);
    for (const SegmentCondition &condition : query.segment)
        resolve(condition.attribute, report.attributes); // the summary's message for an unknown one

    std::optional<ResponseCube> read;
    if (!cube && (query.insights || !query.segment.isEmpty()))
        cube = &read.emplace(document.responsesOfStages({}));

    const auto touchpointCounts = [&](Id touchpoint) {
        return !query.excludedTouchpoints.contains(touchpoint);
    };
    AnswerSums overall;
    QHash<Id, AnswerSums> byStage;
    // By (the card's stage index, card): in map order, and one entry per touchpoint even when
    // responses of other stages name it.
    QMap<std::pair<int, Id>, AnswerSums> byTouchpoint;
    QMap<QString, AnswerSums> byValue;
    const auto count = [&](Id stage, Id touchpoint, const AnswerSums &sums) {
        overall.add(sums);
        byStage[stage].add(sums);
        if (const Card *card = document.card(touchpoint))
            byTouchpoint[{document.stageIndex(card->stage), card->id}].add(sums);
    };

    QList<AnswerSums> bySet;
    QList<int> fixed;
    if (cube) {
        const QList<bool> sets = cube->setsMatching(query.segment);
        for (const SegmentCondition &condition : query.segment) {
            const int a = cube->attributeIndex(condition.attribute);
            fixed.append(a);
            report.filter.append({cube->attributes().at(a), cube->values(a).at(cube->valueIndex(a, condition.value))});
        }
        const int by = report.by.isEmpty() ? -1 : cube->attributeIndex(report.by);
        bySet.resize(cube->setCount());
        for (const ResponseCube::Group &group : cube->groups()) {
            if (!sets.at(group.set) || !touchpointCounts(group.touchpoint))
                continue;
            bySet[group.set].add(group.sums);
            if (query.segment.isEmpty())
                continue; // the summary has these figures
            count(group.stage, group.touchpoint, group.sums);
            if (by >= 0) {
                if (const int v = cube->value(group.set, by); v != ResponseCube::NoValue)
                    byValue[cube->values(by).at(v)].add(group.sums);
            }
        }
    }
    if (query.segment.isEmpty()) {
        for (auto it = summary.constBegin(); it != summary.constEnd(); ++it) {
            if (!touchpointCounts(it.key().touchpoint))
                continue;
            if (it.key().attribute.isEmpty())
                count(it.key().stage, it.key().touchpoint, it.value());
            else if (it.key().attribute == report.by)
                byValue[segmentValue(report.by, it.key().value)].add(it.value());
        }
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
    if (!report.by.isEmpty()) {
        for (auto it = byValue.constBegin(); it != byValue.constEnd(); ++it)
            report.segments.append({it.key(), Metrics::from(*it)});
        sortSegments(report.segments, report.by);
    }

    if (cube && query.insights) {
        SegmentInsights::Result found = SegmentInsights::find(*cube, bySet, fixed);
        report.insights = std::move(found.insights);
        report.insightMethod = found.method;
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
