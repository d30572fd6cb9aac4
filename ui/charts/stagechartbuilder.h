#pragma once

#include "chartstyle.h"
#include "model/ids.h"

#include <QHash>
#include <QList>
#include <QSizeF>
#include <QString>

class QChart;
class QPainter;
class QRectF;

namespace Waymark {

class Document;
struct MetricsReport;

// The charts of the metrics per stage, in this order; each is made only when some stage has
// answers for it.
enum class StageChartKind {
    Nps,          // NPS per stage as bars, the 95 % interval as whiskers, targets as dashed marks
    NpsMix,       // promoters, passives and detractors per stage, as shares of 100 %
    Csat,         // % satisfied per stage, targets as dashed marks
    Ces,          // mean effort score per stage (1..7)
    Fcr,          // % resolved on first contact per stage
    ResponseTime, // mean response minutes per stage
};

struct StageChartOptions {
    ChartStyle style = ChartStyle::print();
    // Targets per stage id, drawn as dashed marks; stages without one have none.
    QHash<Id, double> npsTargets;
    QHash<Id, double> csatTargets;
    // What the figures are of, under each title ("Gender: female"); none when empty.
    QString subtitle;

    // The stages' targets from the document, in the given style.
    static StageChartOptions forDocument(const Document &document, const ChartStyle &style = ChartStyle::print());
};

// Builds Qt Charts from a MetricsReport. Every chart lists the stages top to bottom in map
// order, with each stage's figures in a column on the right ("+24 ±9 · n 120"); stages
// without answers show "—". The charts are parentless and the caller owns them; they have no
// animation and fixed colours and fonts, so they can be shown in a QChartView or drawn into a
// PDF with render(). Each chart's objectName is its kind ("npsChart", "npsMixChart",
// "csatChart", "cesChart", "fcrChart", "responseTimeChart") and its preferredHeight() the
// height at which its rows read comfortably.
class StageChartBuilder
{
public:
    // The kinds with data, in StageChartKind order; empty when there are no responses.
    static QList<StageChartKind> kinds(const MetricsReport &report);
    // The charts of kinds(report).
    static QList<QChart *> build(const MetricsReport &report, const StageChartOptions &options = {});
    // One chart, or nullptr when no stage has data for it.
    static QChart *build(StageChartKind kind, const MetricsReport &report, const StageChartOptions &options = {});

    // "No survey responses yet": what to show instead of charts when kinds() is empty.
    static QString noDataText();

    // Draws `chart` into `target` of `painter` (a PDF page, an image), laid out at `size` (in
    // chart units: pixels, 1/96 inch; empty: target's size) and scaled to fit. The chart is put
    // into a temporary scene and taken out again; it stays owned by the caller.
    static void render(QChart *chart, QPainter *painter, const QRectF &target, const QSizeF &size = {});
};

} // namespace Waymark
