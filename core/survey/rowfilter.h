#pragma once

#include "bytecache.h"
#include "columnplan.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QList>

#include <optional>

namespace Waymark {

// Why a row of an export is no response to count. Skipped rows are counted in the report;
// an option imports them anyway (except duplicates).
enum class SkipReason { Preview, Test, Spam, Unfinished, Empty, DuplicateInMap, DuplicateInFile };
constexpr int SkipReasonCount = 7;

// What the survey tools themselves say of a row: Qualtrics' Status (a survey preview, a test,
// spam), Finished and Progress, Typeform's Response Type (partial).
class RowFilter
{
public:
    explicit RowFilter(const ColumnPlan &plan);

    std::optional<SkipReason> screen(const QList<QByteArrayView> &fields);

private:
    enum Column { Status, Finished, Progress, ResponseType, ColumnCount };
    static std::optional<SkipReason> decide(Column column, QByteArrayView value);

    int m_columns[ColumnCount];
    // Per column, raw value → SkipReason + 1, 0: a real response. Few values each.
    ByteCache<qint8> m_cache[ColumnCount];
};

} // namespace Waymark
