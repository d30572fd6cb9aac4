#pragma once

#include "model/responsebatch.h"

namespace Waymark {

class WorkspaceConnection;

// Survey responses written into a workspace with PostgreSQL's COPY FROM STDIN, through libpq
// on the connection QPSQL holds, inside its transaction: a million rows in one stream rather
// than a million statements. Every value is data in the COPY stream (text format, escaped),
// never SQL.
namespace ResponseCopy {

// Writes every row of `batch` (ids as they are: the caller numbers them) into `map`. Throws
// StoreError as WorkspaceConnection does; the caller's transaction then rolls back.
void write(WorkspaceConnection &connection, qint64 map, const ResponseBatch &batch);

// The responses of `map` in id order (only those of `ids`, when given), every answer checked
// against its scale and every text bounded as a file's are: a workspace is another program's
// database.
ResponseBatch read(WorkspaceConnection &connection, qint64 map, const QList<Id> *ids = nullptr);

// Bound as one value: "{1,2,3}", for "= ANY (?::bigint[])".
QString idArray(const QList<Id> &ids);

} // namespace ResponseCopy

} // namespace Waymark
