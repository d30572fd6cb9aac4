#pragma once

#include "model/ids.h"

#include <QList>

#include <utility>

namespace Waymark {

// Turns "move these rows so that they stand together, in their present order, before row
// `before`" into single-row moves (from, to), each to the row's final index at that step,
// as Document::moveStage() and ReorderCommand take them. One row gives at most one step.
class ReorderPlan
{
public:
    using Step = std::pair<int, int>;

    ReorderPlan(const QList<Id> &rows, const QList<Id> &moving, int before);

    const QList<Step> &steps() const { return m_steps; }
    const QList<Id> &result() const { return m_result; } // the rows after every step

private:
    QList<Step> m_steps;
    QList<Id> m_result;
};

} // namespace Waymark
