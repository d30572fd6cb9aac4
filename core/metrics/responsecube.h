#pragma once

#include "segmentcondition.h"
#include "store/responsesummary.h"

#include <QHash>
#include <QList>
#include <QStringList>

namespace Waymark {

class ResponseBatch;

// The responses of a map folded for segment questions the summary cannot answer: figures
// within several conditions at once (gender = female AND age = 35-44) and segments of two
// attributes. Responses with the same stage, touchpoint and set of attributes are one group
// with their sums; every attribute set is a row of value numbers, one per attribute (ages in
// bands). A million responses make some thousand groups, so a filter or an insight search
// is a pass over the groups, not over the responses.
class ResponseCube
{
public:
    struct Group {
        Id stage = 0;
        Id touchpoint = 0;
        int set = 0;
        AnswerSums sums;
    };
    static constexpr int NoValue = -1;

    ResponseCube() = default;
    explicit ResponseCube(const ResponseBatch &batch);

    qint64 responses() const { return m_responses; }
    // Segment attributes (at most ResponseSummary::MaxSegmentValues values each), sorted
    // ignoring case, and the values of each, banded.
    const QStringList &attributes() const { return m_attributes; }
    const QStringList &values(int attribute) const { return m_values.at(attribute); }
    const QList<Group> &groups() const { return m_groups; }
    int setCount() const { return int(m_setValues.size()); }
    // The value number of `attribute` in an attribute set, or NoValue.
    int value(int set, int attribute) const { return m_setValues.at(set).at(attribute); }

    // The attribute's index, ignoring case; -1 when the responses do not have it.
    int attributeIndex(const QString &name) const;
    // The value's index, ignoring case (the first spelling); -1 when no response has it.
    int valueIndex(int attribute, const QString &value) const;
    // Every value equal to `value` ignoring case ("Female" and "female"), banded as values are.
    QList<int> valueIndices(int attribute, const QString &value) const;

    // The groups' sets that meet every condition, as a flag per set. Throws FormatError
    // naming an attribute or value the responses do not have, with the ones they do.
    QList<bool> setsMatching(const QList<SegmentCondition> &conditions) const;

private:
    qint64 m_responses = 0;
    QStringList m_attributes;
    QList<QStringList> m_values;
    QList<QList<int>> m_setValues;
    QList<Group> m_groups;
};

} // namespace Waymark
