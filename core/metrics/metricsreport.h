#pragma once

#include "metrics.h"
#include "model/ids.h"

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace Waymark {

class Document;

// What to compute: a breakdown by one segment attribute, and optionally only the responses
// of one segment (attribute = value) for every figure.
struct MetricsQuery {
    QString by;
    QString filterAttribute;
    QString filterValue;
    // When set, only the responses that name one of these touchpoint cards count (the charts'
    // persona filter: the touchpoints tagged with a persona). An empty set counts nothing.
    std::optional<QSet<Id>> touchpoints;
};

// A segment value whose NPS differs from the rest of its attribute with the 95 % intervals
// apart: "women 35-44 rate us far higher than everyone else".
struct SegmentInsight {
    QString attribute;
    QString value;
    Metrics segment;
    Metrics rest;
    bool higher = false;
};

// Everything `waymark metrics` reports and the charts show.
struct MetricsReport {
    struct Stage {
        Id id = 0;
        QString name;
        Metrics metrics;
    };
    struct Touchpoint {
        Id card = 0;
        Id stage = 0;
        QString stageName;
        QString name;
        Metrics metrics;
    };
    struct Segment {
        QString value;
        Metrics metrics;
    };
    struct Business {
        QString period;
        std::optional<double> churnRate;
        std::optional<double> clv;
    };

    Metrics overall;
    QList<Stage> stages;           // in map order, every stage (empty ones with n = 0)
    QList<Touchpoint> touchpoints; // touchpoints that responses name
    QString by;                    // the attribute as stored ("Gender" for --by gender)
    QList<Segment> segments;       // values of `by`, ages in bands
    QList<SegmentInsight> insights;
    std::optional<Business> business;
    QStringList attributes;        // the segment attributes the responses have
};

namespace MetricsEngine {

// Segment insights need this many answers on each side; below it the normal approximation of
// the interval is not to be trusted.
constexpr qint64 MinInsightAnswers = 30;

// Throws FormatError when `by` or the filter names an attribute the responses do not have.
MetricsReport compute(Document &document, const MetricsQuery &query = {});

// The value a response's attribute counts under: ages in bands (18-24, 25-34 ... 65+).
QString segmentValue(const QString &attribute, const QString &value);

} // namespace MetricsEngine

} // namespace Waymark
