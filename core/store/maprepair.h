#pragma once

#include "schemaproblem.h"

#include <QStringList>

namespace Waymark {

class Store;

// Rebuilds a map from its data through Waymark's own schema: what `waymark repair` and the
// editor's "Open a Clean Copy" make, and what a map with objects Waymark did not create is
// read through. Only real tables are read (a view in a table's place counts as an empty
// table: its query never runs), only the columns Waymark knows (never a generated one), every
// value bounded as it is read; rows that refer to missing rows are left out, positions are
// renumbered and the response summary is made again from the responses.
namespace MapRepair {

struct Report {
    QList<SchemaProblem> leftOut; // the objects of the source that were not copied
    QStringList notes;            // rows left out, tables missing: for users
};

// Builds `target`, which must not exist, from `source` (opened with Store::inspect() or
// Store::open()). Throws StoreError, leaving no target behind.
Report rebuild(Store &source, const QString &target);

// `waymark repair SOURCE -o TARGET`: refuses an existing target; builds beside it and moves
// the finished map into place.
Report repair(const QString &source, const QString &target);

} // namespace MapRepair

} // namespace Waymark
