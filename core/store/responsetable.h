#pragma once

#include "model/responsebatch.h"

#include <functional>

namespace Waymark {

class Store;

// The survey responses of a document, read and written in bulk with SQLite's own prepared
// statements: an import of a million rows binds each value directly from the batch's buffers.
namespace ResponseTable {

Id nextId(Store &store);
qint64 count(Store &store);

// Writes every row; rows with id 0 are numbered from nextId() in order (and the batch is
// updated). `progress(rowsDone)` is called every few thousand rows; returning false cancels
// with StoreError::Code::Cancelled.
void insert(Store &store, ResponseBatch &batch, const std::function<bool(qint64)> &progress = {});

// The responses of the given stages (all when empty), in id order.
ResponseBatch readStages(Store &store, const QList<Id> &stages);
ResponseBatch readRange(Store &store, Id first, Id last);
QList<Id> stagesOfRange(Store &store, Id first, Id last);

void removeRange(Store &store, Id first, Id last);

// The responses with these ids (in id order), their stages, and removing them: for an import
// that replaces respondents already in the map.
ResponseBatch readIds(Store &store, QList<Id> ids);
QList<Id> stagesOfIds(Store &store, const QList<Id> &ids);
void removeIds(Store &store, const QList<Id> &ids);
// Every response that names a respondent: its id and the respondent.
void forEachRespondent(Store &store, const std::function<void(QByteArrayView respondent, Id id)> &visit);

} // namespace ResponseTable

} // namespace Waymark
