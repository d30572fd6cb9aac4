#pragma once

#include "metrics.h"
#include "segmentcondition.h"
#include "segmentinsight.h"
#include "model/ids.h"

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace Waymark {

class Document;
class ResponseCube;

// What to compute: a breakdown by one segment attribute, within the view filter: the
// responses of a segment (every condition, AND) and optionally of some touchpoints.
struct MetricsQuery {
    QString by;
    QList<SegmentCondition> segment;
    // The responses that name one of these touchpoint cards do not count: the persona
    // filter leaves out the touchpoints tagged only with other personas.
    QSet<Id> excludedTouchpoints;
    // Whether to search for segment insights (a pass over every response of the map).
    bool insights = true;
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
    QList<SegmentCondition> filter; // the query's segment, named as stored
    QList<SegmentInsight> insights;
    InsightMethod insightMethod;
    std::optional<Business> business;
    QStringList attributes;        // the segment attributes the responses have
};

namespace MetricsEngine {

// Throws FormatError when `by` or the filter names an attribute or value the responses do not
// have. A filter or an insight search needs the responses themselves: `cube`, when given,
// holds them (a caller that asks often keeps one); otherwise they are read.
MetricsReport compute(Document &document, const MetricsQuery &query = {}, const ResponseCube *cube = nullptr);

// The touchpoint cards tagged with personas but not with this one (none for persona 0): what
// a persona filter leaves out, as the canvas dims the cards of other personas.
QSet<Id> touchpointsOfOthers(const Document &document, Id persona);

// Orders an attribute's values as reports list them: age bands by age, others naturally.
void sortValues(QStringList &values, const QString &attribute);

// The value a response's attribute counts under: ages in bands (18-24, 25-34 ... 65+).
QString segmentValue(const QString &attribute, const QString &value);

} // namespace MetricsEngine

} // namespace Waymark
