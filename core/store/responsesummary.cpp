#include "responsesummary.h"

#include "responsetable.h"
#include "sqlitestatement.h"
#include "store.h"

#include <QHash>
#include <QSet>

#include <cmath>

namespace Waymark {

void AnswerSums::add(const ResponseBatch::Row &row)
{
    ++responses;
    if (row.nps != ResponseBatch::None) {
        ++npsN;
        if (row.nps >= 9)
            ++promoters;
        else if (row.nps >= 7)
            ++passives;
        else
            ++detractors;
    }
    if (row.csat != ResponseBatch::None) {
        ++csatN;
        csatSum += row.csat;
        if (row.csat >= 4)
            ++csatSatisfied;
    }
    if (row.ces != ResponseBatch::None) {
        ++cesN;
        cesSum += row.ces;
    }
    if (row.fcr != ResponseBatch::None) {
        ++fcrN;
        fcrYes += row.fcr;
    }
    if (!std::isnan(row.minutes)) {
        ++minutesN;
        minutesSum += row.minutes;
    }
}

void AnswerSums::add(const AnswerSums &o)
{
    responses += o.responses;
    npsN += o.npsN;
    promoters += o.promoters;
    passives += o.passives;
    detractors += o.detractors;
    csatN += o.csatN;
    csatSatisfied += o.csatSatisfied;
    csatSum += o.csatSum;
    cesN += o.cesN;
    cesSum += o.cesSum;
    fcrN += o.fcrN;
    fcrYes += o.fcrYes;
    minutesN += o.minutesN;
    minutesSum += o.minutesSum;
}

void AnswerSums::subtract(const AnswerSums &o)
{
    responses -= o.responses;
    npsN -= o.npsN;
    promoters -= o.promoters;
    passives -= o.passives;
    detractors -= o.detractors;
    csatN -= o.csatN;
    csatSatisfied -= o.csatSatisfied;
    csatSum -= o.csatSum;
    cesN -= o.cesN;
    cesSum -= o.cesSum;
    fcrN -= o.fcrN;
    fcrYes -= o.fcrYes;
    minutesN -= o.minutesN;
    minutesSum -= o.minutesSum;
}

namespace ResponseSummary {

namespace {

struct Group {
    Id stage;
    Id touchpoint;
    int set;
    bool operator==(const Group &) const = default;
};

size_t qHash(const Group &g, size_t seed = 0)
{
    return qHashMulti(seed, g.stage, g.touchpoint, g.set);
}

// A row of the summary under small numbers: the segment (attribute and value) as an index.
struct SegmentKey {
    Id stage;
    Id touchpoint;
    int segment;
    bool operator==(const SegmentKey &) const = default;
};

size_t qHash(const SegmentKey &k, size_t seed = 0)
{
    return qHashMulti(seed, k.stage, k.touchpoint, k.segment);
}

void write(Store &store, const QMap<SummaryKey, AnswerSums> &rows)
{
    SqliteStatement statement(store, "INSERT INTO response_summary (stage_id, touchpoint_id, attribute, value, responses, "
                                     "nps_n, promoters, passives, detractors, csat_n, csat_satisfied, csat_sum, ces_n, "
                                     "ces_sum, fcr_n, fcr_yes, minutes_n, minutes_sum) "
                                     "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    for (auto it = rows.constBegin(); it != rows.constEnd(); ++it) {
        const QByteArray attribute = it.key().attribute.toUtf8();
        const QByteArray value = it.key().value.toUtf8();
        const AnswerSums &s = it.value();
        statement.bind(1, it.key().stage);
        statement.bind(2, it.key().touchpoint);
        statement.bindText(3, attribute);
        statement.bindText(4, value);
        const qint64 counts[] = {s.responses, s.npsN, s.promoters, s.passives, s.detractors, s.csatN, s.csatSatisfied,
                                 s.csatSum, s.cesN, s.cesSum, s.fcrN, s.fcrYes, s.minutesN};
        int index = 5;
        for (const qint64 count : counts)
            statement.bind(index++, count);
        statement.bind(index, s.minutesSum);
        statement.step();
        statement.reset();
    }
}

void remove(Store &store, const QList<Id> &stages)
{
    if (stages.isEmpty()) {
        store.run(QStringLiteral("DELETE FROM response_summary"));
        return;
    }
    SqliteStatement statement(store, "DELETE FROM response_summary WHERE stage_id = ?");
    for (const Id stage : stages) {
        statement.bind(1, stage);
        statement.step();
        statement.reset();
    }
}

} // namespace

QMap<SummaryKey, AnswerSums> aggregate(const ResponseBatch &batch)
{
    // Rows go into (stage, touchpoint, attribute set) groups under cheap integer keys, then
    // each group into its total and its segments, groups in the order they first appeared.
    // The same rows in the same order always give the same sums, to the last bit.
    QHash<Group, qsizetype> groupIndex;
    QList<Group> groups;
    QList<AnswerSums> sums;
    for (qsizetype i = 0; i < batch.size(); ++i) {
        const ResponseBatch::Row &row = batch.row(i);
        const Group group{row.stage, row.touchpoint, row.attributeSet};
        auto it = groupIndex.constFind(group);
        if (it == groupIndex.constEnd()) {
            it = groupIndex.insert(group, groups.size());
            groups.append(group);
            sums.append(AnswerSums());
        }
        sums[*it].add(row);
    }

    QHash<QString, QSet<QString>> valuesOf;
    for (qsizetype set = 0; set < batch.attributeSetCount(); ++set) {
        for (const auto &[name, value] : batch.attributes(int(set)))
            valuesOf[name].insert(value);
    }
    QSet<QString> segments;
    for (auto it = valuesOf.constBegin(); it != valuesOf.constEnd(); ++it) {
        if (it->size() <= MaxSegmentValues)
            segments.insert(it.key());
    }

    // Each set's segments as pairs of small numbers, made once per set rather than per group:
    // a million rows make some hundred thousand groups of a few thousand sets.
    QHash<std::pair<QString, QString>, int> pairIndex;
    QList<std::pair<QString, QString>> pairs = {{QString(), QString()}}; // 0: all responses
    QList<QList<int>> setPairs(batch.attributeSetCount());
    for (qsizetype set = 0; set < batch.attributeSetCount(); ++set) {
        for (const auto &[name, value] : batch.attributes(int(set))) {
            if (!segments.contains(name))
                continue;
            const auto key = std::pair(name, value);
            auto it = pairIndex.constFind(key);
            if (it == pairIndex.constEnd()) {
                it = pairIndex.insert(key, int(pairs.size()));
                pairs.append(key);
            }
            setPairs[set].append(*it);
        }
    }
    // Summed in group order per key, as before: the same bits whatever the order of the keys.
    QHash<SegmentKey, AnswerSums> totals;
    for (qsizetype g = 0; g < groups.size(); ++g) {
        const Group &group = groups.at(g);
        totals[{group.stage, group.touchpoint, 0}].add(sums.at(g));
        for (const int pair : std::as_const(setPairs[group.set]))
            totals[{group.stage, group.touchpoint, pair}].add(sums.at(g));
    }
    QMap<SummaryKey, AnswerSums> result;
    for (auto it = totals.constBegin(); it != totals.constEnd(); ++it) {
        const SegmentKey &key = it.key();
        result.insert({key.stage, key.touchpoint, pairs.at(key.segment).first, pairs.at(key.segment).second}, it.value());
    }
    return result;
}

void rebuild(Store &store, const QList<Id> &stages)
{
    remove(store, stages);
    write(store, aggregate(ResponseTable::readStages(store, stages)));
}

void added(Store &store, const ResponseBatch &batch)
{
    QSet<Id> stages;
    for (qsizetype i = 0; i < batch.size(); ++i)
        stages.insert(batch.row(i).stage);
    bool fresh = true;
    SqliteStatement probe(store, "SELECT 1 FROM response_summary WHERE stage_id = ? LIMIT 1");
    for (const Id stage : std::as_const(stages)) {
        probe.bind(1, stage);
        fresh = fresh && !probe.step();
        probe.reset();
    }
    if (fresh)
        write(store, aggregate(batch));
    else
        rebuild(store, QList<Id>(stages.begin(), stages.end()));
}

QMap<SummaryKey, AnswerSums> read(Store &store)
{
    // Attribute names and values come from the responses' attributes (ValueBounds), and no
    // count can exceed MaxCount: the bounds keep sums of a crafted summary from overflowing.
    SqliteStatement statement(store, "SELECT stage_id, touchpoint_id, substr(attribute, 1, 65536), substr(value, 1, 65536), "
                                     "responses, nps_n, promoters, passives, detractors, csat_n, csat_satisfied, csat_sum, "
                                     "ces_n, ces_sum, fcr_n, fcr_yes, minutes_n, minutes_sum FROM response_summary");
    constexpr qint64 MaxCount = qint64(1) << 40;
    QMap<SummaryKey, AnswerSums> rows;
    while (statement.step()) {
        AnswerSums s;
        qint64 *counts[] = {&s.responses, &s.npsN, &s.promoters, &s.passives, &s.detractors, &s.csatN, &s.csatSatisfied,
                            &s.csatSum, &s.cesN, &s.cesSum, &s.fcrN, &s.fcrYes, &s.minutesN};
        int column = 4;
        for (qint64 *count : counts)
            *count = std::clamp(statement.integer(column++), qint64(0), MaxCount);
        const double minutes = statement.real(column);
        s.minutesSum = std::isfinite(minutes) ? std::clamp(minutes, 0.0, 1e18) : 0;
        rows.insert({statement.integer(0), statement.integer(1), QString::fromUtf8(statement.text(2)),
                     QString::fromUtf8(statement.text(3))},
                    s);
    }
    return rows;
}

} // namespace ResponseSummary

} // namespace Waymark
