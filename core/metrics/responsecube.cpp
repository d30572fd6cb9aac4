#include "responsecube.h"

#include "io/formaterror.h"
#include "metricsreport.h"
#include "model/responsebatch.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>
#include <tuple>

using namespace Qt::StringLiterals;

namespace Waymark {

namespace {

struct GroupKey {
    Id stage;
    Id touchpoint;
    int set;
    bool operator==(const GroupKey &) const = default;
};

size_t qHash(const GroupKey &key, size_t seed = 0)
{
    return qHashMulti(seed, key.stage, key.touchpoint, key.set);
}

// Names for a message: the first few, then how many more.
QString list(const QStringList &names)
{
    constexpr qsizetype Shown = 12;
    if (names.isEmpty())
        return QCoreApplication::translate("Waymark", "none");
    if (names.size() <= Shown)
        return names.join(u", "_s);
    return names.first(Shown).join(u", "_s) + QCoreApplication::translate("Waymark", " and %1 more").arg(names.size() - Shown);
}

} // namespace

ResponseCube::ResponseCube(const ResponseBatch &batch)
    : m_responses(batch.size())
{
    // Which attributes are segments: as in the summary, one with too many distinct raw
    // values (an e-mail address, a comment) is not.
    QHash<QString, QSet<QString>> rawValues;
    for (qsizetype set = 0; set < batch.attributeSetCount(); ++set) {
        for (const auto &[name, value] : batch.attributes(int(set)))
            rawValues[name].insert(value);
    }
    for (auto it = rawValues.constBegin(); it != rawValues.constEnd(); ++it) {
        if (it->size() <= ResponseSummary::MaxSegmentValues)
            m_attributes.append(it.key());
    }
    std::sort(m_attributes.begin(), m_attributes.end(),
              [](const QString &a, const QString &b) { return a.compare(b, Qt::CaseInsensitive) < 0; });
    QHash<QString, int> attributeOf;
    for (int a = 0; a < m_attributes.size(); ++a)
        attributeOf.insert(m_attributes.at(a), a);

    m_values.resize(m_attributes.size());
    QList<QHash<QString, int>> valueOf(m_attributes.size());
    m_setValues.resize(batch.attributeSetCount());
    for (qsizetype set = 0; set < batch.attributeSetCount(); ++set) {
        QList<int> &row = m_setValues[set];
        row.fill(NoValue, m_attributes.size());
        for (const auto &[name, raw] : batch.attributes(int(set))) {
            const auto a = attributeOf.constFind(name);
            if (a == attributeOf.constEnd())
                continue;
            const QString value = MetricsEngine::segmentValue(name, raw);
            auto v = valueOf[*a].constFind(value);
            if (v == valueOf[*a].constEnd()) {
                v = valueOf[*a].insert(value, int(m_values[*a].size()));
                m_values[*a].append(value);
            }
            row[*a] = *v;
        }
    }

    QHash<GroupKey, qsizetype> groupIndex;
    for (qsizetype i = 0; i < batch.size(); ++i) {
        const ResponseBatch::Row &row = batch.row(i);
        const GroupKey key{row.stage, row.touchpoint, row.attributeSet};
        auto it = groupIndex.constFind(key);
        if (it == groupIndex.constEnd()) {
            it = groupIndex.insert(key, m_groups.size());
            m_groups.append({row.stage, row.touchpoint, row.attributeSet, {}});
        }
        m_groups[*it].sums.add(row);
    }
}

int ResponseCube::attributeIndex(const QString &name) const
{
    for (int a = 0; a < m_attributes.size(); ++a) {
        if (m_attributes.at(a).compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return a;
    }
    return -1;
}

int ResponseCube::valueIndex(int attribute, const QString &value) const
{
    const QList<int> indices = valueIndices(attribute, value);
    return indices.isEmpty() ? -1 : indices.first();
}

QList<int> ResponseCube::valueIndices(int attribute, const QString &value) const
{
    const QStringList &values = m_values.at(attribute);
    const QString wanted = MetricsEngine::segmentValue(m_attributes.at(attribute), value.trimmed());
    QList<int> indices;
    for (int v = 0; v < values.size(); ++v) {
        if (values.at(v).compare(wanted, Qt::CaseInsensitive) == 0)
            indices.append(v);
    }
    return indices;
}

QList<bool> ResponseCube::setsMatching(const QList<SegmentCondition> &conditions) const
{
    // Per condition, its attribute and every value equal to it ignoring case: a hand-edited
    // file may spell one answer "Female" and "female", and a filter means both.
    QList<std::pair<int, QList<int>>> wanted;
    for (const SegmentCondition &condition : conditions) {
        const int a = attributeIndex(condition.attribute);
        if (a < 0)
            throw FormatError(QCoreApplication::translate("Waymark", "the responses have no segment attribute '%1' (they have: %2)")
                                  .arg(condition.attribute, list(m_attributes)));
        QList<int> v = valueIndices(a, condition.value);
        if (v.isEmpty()) {
            QStringList values = m_values.at(a);
            values.sort(Qt::CaseInsensitive);
            throw FormatError(QCoreApplication::translate("Waymark", "no response has %1 = '%2' (its values: %3)")
                                  .arg(m_attributes.at(a), condition.value, list(values)));
        }
        wanted.append({a, std::move(v)});
    }
    QList<bool> matching(m_setValues.size(), true);
    for (qsizetype set = 0; set < m_setValues.size(); ++set) {
        for (const auto &[a, v] : std::as_const(wanted))
            matching[set] = matching[set] && v.contains(m_setValues.at(set).at(a));
    }
    return matching;
}

} // namespace Waymark
