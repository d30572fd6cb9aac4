#include "importpreview.h"

#include "document/document.h"
#include "store/responsesummary.h"

#include <QCoreApplication>
#include <QHash>

namespace Waymark {

namespace {

// The sums of all responses (no segment) per stage.
QHash<Id, AnswerSums> byStage(const QMap<SummaryKey, AnswerSums> &summary)
{
    QHash<Id, AnswerSums> sums;
    for (auto it = summary.constBegin(); it != summary.constEnd(); ++it) {
        if (it.key().attribute.isEmpty())
            sums[it.key().stage].add(it.value());
    }
    return sums;
}

} // namespace

ImportPreview ImportPreview::of(Document &document, const ResponseBatch &batch, const QList<Id> &replaced)
{
    const QHash<Id, AnswerSums> now = byStage(document.responseSummary());
    const QHash<Id, AnswerSums> added = byStage(ResponseSummary::aggregate(batch));
    const QHash<Id, AnswerSums> removed = replaced.isEmpty() ? QHash<Id, AnswerSums>()
                                                             : byStage(ResponseSummary::aggregate(document.responsesWithIds(replaced)));
    ImportPreview preview;
    AnswerSums before, after;
    for (const Stage &stage : document.stages()) {
        AnswerSums then = now.value(stage.id);
        before.add(then);
        then.add(added.value(stage.id));
        then.subtract(removed.value(stage.id));
        after.add(then);
        preview.stages.append({stage.id, stage.name, Metrics::from(now.value(stage.id)), Metrics::from(then)});
    }
    preview.overall = {0, QCoreApplication::translate("Waymark", "All stages"), Metrics::from(before), Metrics::from(after)};
    return preview;
}

} // namespace Waymark
