#pragma once

#include "metrics/metrics.h"
#include "model/ids.h"
#include "model/responsebatch.h"

#include <QList>
#include <QString>

namespace Waymark {

class Document;

// The figures a survey import will give, before it is applied: per stage and overall, the
// map's responses now and with the batch added (and the responses it replaces taken out), from
// the stored sums and the batch's own, without writing anything.
struct ImportPreview {
    struct Row {
        Id stage = 0; // 0: overall
        QString name;
        Metrics before;
        Metrics after;
    };

    QList<Row> stages; // every stage, in map order
    Row overall;

    static ImportPreview of(Document &document, const ResponseBatch &batch, const QList<Id> &replaced = {});
};

} // namespace Waymark
