#include "reorderplan.h"

#include <algorithm>

namespace Waymark {

ReorderPlan::ReorderPlan(const QList<Id> &rows, const QList<Id> &moving, int before)
    : m_result(rows)
{
    before = std::clamp(before, 0, int(rows.size()));
    // Rows above the target move down, the last one first; then rows below it move up, the
    // first one first. Neither phase disturbs what the other has placed, and a row already
    // in place costs no step.
    QList<Id> above, below;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        if (moving.contains(rows.at(i)))
            (i < before ? above : below).append(rows.at(i));
    }
    const auto step = [this](Id id, int to) {
        const int from = int(m_result.indexOf(id));
        if (from != to) {
            m_steps.append({from, to});
            m_result.move(from, to);
        }
    };
    for (qsizetype k = above.size() - 1; k >= 0; --k)
        step(above.at(k), int(before - above.size() + k));
    for (qsizetype k = 0; k < below.size(); ++k)
        step(below.at(k), int(before + k));
}

} // namespace Waymark
