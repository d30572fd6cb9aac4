#pragma once

#include "model/responsebatch.h"

#include <QList>
#include <QMap>
#include <QString>

#include <tuple>

namespace Waymark {

class Store;

// Additive sums of survey answers: everything a metric needs, for any group of responses.
struct AnswerSums {
    qint64 responses = 0;
    qint64 npsN = 0;
    qint64 promoters = 0;
    qint64 passives = 0;
    qint64 detractors = 0;
    qint64 csatN = 0;
    qint64 csatSatisfied = 0; // answers 4 or 5
    qint64 csatSum = 0;
    qint64 cesN = 0;
    qint64 cesSum = 0;
    qint64 fcrN = 0;
    qint64 fcrYes = 0;
    qint64 minutesN = 0;
    double minutesSum = 0;

    void add(const ResponseBatch::Row &row);
    void add(const AnswerSums &other);
    void subtract(const AnswerSums &other);
    bool operator==(const AnswerSums &) const = default;
};

// Where a row of the summary belongs: stage, touchpoint (0: none) and segment (attribute and
// value, both empty for "all responses").
struct SummaryKey {
    Id stage = 0;
    Id touchpoint = 0;
    QString attribute;
    QString value;

    bool operator==(const SummaryKey &) const = default;
    bool operator<(const SummaryKey &other) const
    {
        return std::tie(stage, touchpoint, attribute, value) < std::tie(other.stage, other.touchpoint, other.attribute, other.value);
    }
};

// The response_summary table: the sums of the responses per stage, touchpoint and segment value,
// kept in step with the responses. Sums are always made in response id order, so that the
// same responses give the same bytes however they got there (an undo restores the file exactly).
namespace ResponseSummary {

// An attribute with more distinct values than this (an e-mail address, a free comment) is not
// a segment and is left out of the summary.
constexpr int MaxSegmentValues = 500;

QMap<SummaryKey, AnswerSums> aggregate(const ResponseBatch &batch);

// Recomputes the rows of the given stages (all when empty) from the responses.
void rebuild(Store &store, const QList<Id> &stages);
// After `batch` was inserted: adds its sums when its stages had no responses before (an
// import into a fresh map), otherwise rebuilds those stages.
void added(Store &store, const ResponseBatch &batch);

QMap<SummaryKey, AnswerSums> read(Store &store);

} // namespace ResponseSummary

} // namespace Waymark
