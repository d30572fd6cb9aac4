#pragma once

#include "metrics/measuredemotion.h"
#include "metrics/metricsreport.h"
#include "metrics/responsecube.h"

#include <QHash>
#include <QObject>

namespace Waymark {

class Document;

// The survey figures the canvas shows — stage badges, touchpoint NPS, the measured emotion
// curve — computed in one place from the document's response summary, under the view filter
// (a persona and segment conditions) so that every view shows the same figures. It recomputes after the
// document changes, once per turn of the event loop however many signals arrived (an import or
// an undo), and then says changed(). Reading it before then recomputes at once, so exporters
// without an event loop see current figures.
class MetricsCache : public QObject
{
    Q_OBJECT

public:
    explicit MetricsCache(Document *document, QObject *parent = nullptr);

    Document *document() const { return m_document; }

    // The view filter's figures: the responses of the segment (every condition), without
    // those about touchpoints tagged only with other personas. Setting it says changed().
    void setFilter(Id persona, const QList<SegmentCondition> &segment);
    Id persona() const { return m_persona; }
    const QList<SegmentCondition> &segment() const { return m_segment; }
    bool isFiltered() const { return m_persona || !m_segment.isEmpty(); }
    // The query of the filter, for a view that asks more of it (a breakdown, insights).
    MetricsQuery query() const;
    // The responses as a cube, kept until they change: what a filter is computed from.
    const ResponseCube &cube() const;
    // "Showing gender = female · n 36" ("Showing Priya Shah · gender = female · n 0"); empty
    // without a filter.
    QString filterLabel() const;
    // Why the filter shows nothing, when it names what the responses no longer have.
    const QString &filterProblem() const { return m_filterProblem; }

    // The responses of the filter, every stage.
    const MetricsReport &report() const;
    bool hasResponses() const { return report().overall.responses > 0; }
    // A stage's or a touchpoint card's figures; nullptr when no response counts there.
    const Metrics *stage(Id stage) const;
    const Metrics *touchpoint(Id card) const;

    // The stage's CSAT mean on the emotion scale (-5..+5); none without CSAT answers.
    std::optional<double> measuredEmotion(Id stage) const;
    // The stages where measured and workshop emotion disagree, in map order.
    const QList<MeasuredEmotion::Gap> &disagreements() const;

    // Recomputes now (and says changed()).
    void refresh();

signals:
    // The figures changed (and the disagreements with them).
    void changed();
    // Only the disagreements changed: the workshop's emotion points moved.
    void disagreementsChanged();
    // setFilter() changed the filter (changed() follows): the canvas, the charts and the
    // presentation show the same one, whichever of them set it.
    void filterChanged();

private:
    void invalidate(bool figures);
    void ensure() const;

    Document *m_document;
    Id m_persona = 0;
    QList<SegmentCondition> m_segment;
    mutable std::optional<ResponseCube> m_cube;
    mutable QString m_filterProblem;
    mutable MetricsReport m_report;
    mutable QHash<Id, qsizetype> m_stageIndex;
    mutable QHash<Id, qsizetype> m_touchpointIndex;
    mutable QList<MeasuredEmotion::Gap> m_gaps;
    mutable bool m_figuresStale = true;
    mutable bool m_gapsStale = true;
    bool m_scheduled = false;
    bool m_figuresChanged = false;
};

} // namespace Waymark
