#pragma once

#include <QDockWidget>
#include <QPointer>

#include "metrics/segmentinsight.h"

class QChart;
class QLabel;
class QScrollArea;
class QTimer;
class QVBoxLayout;

namespace Waymark {

class ChartFilter;
class MapSession;
struct SegmentInsight;

// The survey figures of the open map as charts per stage (StageChartBuilder), for all
// responses, one segment or one persona's touchpoints, below the segment insights of the
// chosen attribute (each a label named "segmentInsight"). It follows the document: changes are gathered and recomputed once (an
// import or an undo is one recompute), and not at all while the dock is hidden.
class ChartsDock : public QDockWidget
{
    Q_OBJECT

public:
    explicit ChartsDock(QWidget *parent = nullptr);
    ~ChartsDock() override;

    void setSession(MapSession *session);
    QSize sizeHint() const override;

    // The charts shown, top to bottom.
    QList<QChart *> charts() const;
    // "▲ gender = female · age = 35-44: NPS +42 (±9), against +12 (±5) for the rest (n 60 and 300)".
    static QString insightText(const SegmentInsight &insight);

signals:
    // The charts were rebuilt from the document (tests wait for it).
    void recomputed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void scheduleRecompute();
    void recompute();
    void clearCharts();
    void showMessage(const QString &text);
    QString subtitle() const;

    QPointer<MapSession> m_session;
    ChartFilter *m_filter;
    QLabel *m_summary;
    QScrollArea *m_scroll;
    QWidget *m_chartsBox;
    QVBoxLayout *m_chartsLayout;
    QLabel *m_placeholder;
    QLabel *m_insightsTitle;
    QWidget *m_insights;
    QVBoxLayout *m_insightsLayout;
    QTimer *m_timer;
    InsightMethod m_method;
    bool m_stale = true;
};

} // namespace Waymark
