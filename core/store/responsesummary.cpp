#include "responsesummary.h"

#include "responsetable.h"
#include "sqlitestatement.h"
#include "store.h"

#include <QHash>
#include <QSet>

#include <cmath>

namespace Waymark {

// Without branches: a million rows of random answers would mispredict about half of them.
// None is -1, below every scale; adding 0.0 to a sum of minutes (never -0.0) leaves its bits.
void AnswerSums::add(const ResponseBatch::Row &row)
{
    static_assert(ResponseBatch::None < 0, "None must be below every scale");
    ++responses;
    const int nps = row.nps;
    const bool hasNps = nps >= 0;
    npsN += hasNps;
    promoters += nps >= 9;
    passives += (nps >= 7) & (nps <= 8);
    detractors += hasNps & (nps <= 6);
    const int csat = row.csat;
    const bool hasCsat = csat >= 0;
    csatN += hasCsat;
    csatSum += hasCsat ? csat : 0;
    csatSatisfied += csat >= 4;
    const int ces = row.ces;
    const bool hasCes = ces >= 0;
    cesN += hasCes;
    cesSum += hasCes ? ces : 0;
    fcrN += row.fcr >= 0;
    fcrYes += row.fcr > 0;
    const bool hasMinutes = !std::isnan(row.minutes);
    minutesN += hasMinutes;
    minutesSum += hasMinutes ? row.minutes : 0.0;
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

// The flat table of groups: 4 bytes each, at most 16 MiB.
constexpr qsizetype MaxFlatGroups = qsizetype(1) << 22;

QMap<SummaryKey, AnswerSums> aggregate(const ResponseBatch &batch)
{
    // Rows go into (stage, touchpoint, attribute set) groups under cheap integer keys, then
    // each group into its total and its segments, groups in the order they first appeared.
    // The same rows in the same order always give the same sums, to the last bit.
    QList<Group> groups;
    QList<AnswerSums> sums;
    // A row's group by two small numbers: its (stage, touchpoint) cell, a few dozen of them,
    // and its attribute set. While cells × sets stay small, the group is found in a flat
    // table (no hash per row); past that, by a hash of the three.
    const qsizetype setCount = batch.attributeSetCount();
    QHash<std::pair<Id, Id>, qsizetype> cellIndex;
    QList<qint32> flat; // cell * setCount + set → group, -1 for none yet
    QHash<Group, qsizetype> groupIndex;
    bool useFlat = true;
    std::pair<Id, Id> lastCellKey{0, -1};
    qsizetype lastCell = -1;
    for (qsizetype i = 0; i < batch.size(); ++i) {
        const ResponseBatch::Row &row = batch.row(i);
        const Group group{row.stage, row.touchpoint, row.attributeSet};
        qsizetype g = -1;
        if (useFlat) {
            const std::pair<Id, Id> cellKey{row.stage, row.touchpoint};
            if (cellKey != lastCellKey) {
                lastCellKey = cellKey;
                lastCell = cellIndex.value(cellKey, -1);
                if (lastCell < 0) {
                    lastCell = cellIndex.size();
                    cellIndex.insert(cellKey, lastCell);
                    if ((lastCell + 1) * setCount > MaxFlatGroups) {
                        // Too many cells for the table: the hash from here on, with the groups so far.
                        useFlat = false;
                        for (qsizetype k = 0; k < groups.size(); ++k)
                            groupIndex.insert(groups.at(k), k);
                        flat = {};
                    } else {
                        flat.resize((lastCell + 1) * setCount, -1);
                    }
                }
            }
            if (useFlat) {
                qint32 &slot = flat[lastCell * setCount + row.attributeSet];
                if (slot < 0) {
                    slot = qint32(groups.size());
                    groups.append(group);
                    sums.append(AnswerSums());
                }
                g = slot;
            }
        }
        if (!useFlat) {
            auto it = groupIndex.constFind(group);
            if (it == groupIndex.constEnd()) {
                it = groupIndex.insert(group, groups.size());
                groups.append(group);
                sums.append(AnswerSums());
            }
            g = *it;
        }
        sums[g].add(row);
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
