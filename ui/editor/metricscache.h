#pragma once

#include "metrics/measuredemotion.h"
#include "metrics/metricsreport.h"

#include <QHash>
#include <QObject>

namespace Waymark {

class Document;

// The survey figures the canvas shows — stage badges, touchpoint NPS, the measured emotion
// curve — computed in one place from the document's response summary. It recomputes after the
// document changes, once per turn of the event loop however many signals arrived (an import or
// an undo), and then says changed(). Reading it before then recomputes at once, so exporters
// without an event loop see current figures.
class MetricsCache : public QObject
{
    Q_OBJECT

public:
    explicit MetricsCache(Document *document, QObject *parent = nullptr);

    Document *document() const { return m_document; }

    // All responses, every stage.
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

private:
    void invalidate(bool figures);
    void ensure() const;

    Document *m_document;
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
