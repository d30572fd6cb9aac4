#include "slidefigures.h"

#include "canvas/mapscene.h"
#include "document/document.h"
#include "editor/metricscache.h"
#include "io/formaterror.h"
#include "metrics/metricsreport.h"

#include <QCoreApplication>

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
    if (parts.isEmpty())
        return {};
    return QCoreApplication::translate("Waymark", "Showing %1").arg(parts.join(u" · "_s));
}

SlideFigures SlideFigures::from(const MetricsReport &report, const CanvasFilter &filter, const Document &document)
{
    SlideFigures figures;
    figures.filter = filter;
    figures.filterLabel = labelOf(filter, document);
    figures.overall = report.overall;
    for (const MetricsReport::Stage &stage : report.stages)
        figures.stages.insert(stage.id, stage.metrics);
    return figures;
}

SlideFigures SlideFigures::fromEditor(const MetricsCache &metrics, const MapScene &scene)
{
    return from(metrics.report(), scene.filter(), *scene.document());
}

SlideFigures SlideFigures::fromDocument(Document &document)
{
    MetricsReport report;
    try {
        report = MetricsEngine::compute(document);
    } catch (const FormatError &) {
        // Only a query naming an unknown attribute throws, and this one names none.
    }
    return from(report, {}, document);
}

} // namespace Waymark
