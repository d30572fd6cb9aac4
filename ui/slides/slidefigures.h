#pragma once

#include "canvas/canvasfilter.h"
#include "io/exportoptions.h"
#include "metrics/metrics.h"
#include "model/ids.h"

#include <QHash>
#include <QString>

namespace Waymark {

class Document;
class MapScene;
class MetricsCache;
struct MetricsReport;

// What the slides show of the survey and of the view filter, taken from one place so that
// the screen, the PDF and the PPTX agree: the figures under the filter, the filter's label for
// the titles ("Showing Priya Shah"), and which cards and personas it brings forward.
struct SlideFigures {
    QString filterLabel;  // empty: nothing filtered
    CanvasFilter filter;  // the cards it does not match are dimmed; only its persona's curve
    Metrics overall;
    QHash<Id, Metrics> stages;

    // The stage's figures; nullptr when no response counts there.
    const Metrics *stage(Id id) const;
    bool showsPersona(Id persona) const { return filter.showsPersona(persona); }
    bool matches(const Card &card) const { return filter.matches(card); }

    // The figures of a report under a filter (its label made from the document's names).
    static SlideFigures from(const MetricsReport &report, const CanvasFilter &filter, const Document &document);
    // What the editor shows: the session's figures and the canvas's filter.
    static SlideFigures fromEditor(const MetricsCache &metrics, const MapScene &scene);
    // What an export shows: the responses of its view filter (every one without).
    static SlideFigures fromDocument(Document &document, const ExportOptions &options = {});
    static QString labelOf(const CanvasFilter &filter, const Document &document);
};

} // namespace Waymark
