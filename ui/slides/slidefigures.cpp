#include "slidefigures.h"

#include "canvas/mapscene.h"
#include "document/document.h"
#include "editor/metricscache.h"
#include "io/formaterror.h"
#include "metrics/metricsreport.h"

#include <QCoreApplication>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace Waymark {

const Metrics *SlideFigures::stage(Id id) const
{
    const auto it = stages.constFind(id);
    return it != stages.constEnd() && it->responses > 0 ? &*it : nullptr;
}

QString SlideFigures::labelOf(const CanvasFilter &filter, const Document &document)
{
    QStringList parts;
    if (filter.persona) {
        if (const Persona *persona = document.persona(filter.persona))
            parts.append(persona->name);
    }
    if (filter.evidence)
        parts.append(QCoreApplication::translate("Waymark", "%1 evidence").arg(Waymark::labelOf(*filter.evidence).toLower()));
    if (!filter.segment.isEmpty())
        parts.append(SegmentCondition::describe(filter.segment));
    if (parts.isEmpty())
        return {};
    return QCoreApplication::translate("Waymark", "Showing %1").arg(parts.join(u" · "_s));
}

SlideFigures SlideFigures::from(const MetricsReport &report, const CanvasFilter &filter, const Document &document)
{
    SlideFigures figures;
    figures.filter = filter;
    figures.filterLabel = labelOf(filter, document);
    // Figures of a part of the respondents say how many they are.
    if (!figures.filterLabel.isEmpty() && (!filter.segment.isEmpty() || (filter.persona && report.overall.responses > 0)))
        figures.filterLabel += QCoreApplication::translate("Waymark", " · n %1").arg(QLocale().toString(report.overall.responses));
    figures.overall = report.overall;
    for (const MetricsReport::Stage &stage : report.stages)
        figures.stages.insert(stage.id, stage.metrics);
    return figures;
}

SlideFigures SlideFigures::fromEditor(const MetricsCache &metrics, const MapScene &scene)
{
    return from(metrics.report(), scene.filter(), *scene.document());
}

SlideFigures SlideFigures::fromDocument(Document &document, const ExportOptions &options)
{
    CanvasFilter filter;
    filter.persona = options.persona;
    filter.segment = options.segment;
    MetricsQuery query;
    query.segment = options.segment;
    query.excludedTouchpoints = MetricsEngine::touchpointsOfOthers(document, options.persona);
    query.insights = false;
    MetricsReport report;
    try {
        report = MetricsEngine::compute(document, query);
    } catch (const FormatError &) {
        // A segment the responses do not have: nobody is in it (the command line refuses it
        // before it gets here).
    }
    return from(report, filter, document);
}

} // namespace Waymark
