#include "rowfilter.h"

#include "answerscale.h"
#include "surveytext.h"

using namespace Qt::StringLiterals;

namespace Waymark {

RowFilter::RowFilter(const ColumnPlan &plan)
    : m_columns{plan.status, plan.finished, plan.progress, plan.responseType}
{
}

std::optional<SkipReason> RowFilter::decide(Column column, QByteArrayView value)
{
    const QString key = SurveyText::key(value);
    switch (column) {
    case Status:
        // Qualtrics writes the status as text ("Survey Preview") or as its code, whose bits are
        // 1 preview, 2 test, 8 spam (0 IP address, 4 imported, 16 offline are real responses).
        if (const std::optional<int> code = AnswerScale::wholeNumber(value, false)) {
            if (*code & 8)
                return SkipReason::Spam;
            if (*code & 1)
                return SkipReason::Preview;
            if (*code & 2)
                return SkipReason::Test;
            return std::nullopt;
        }
        if (key.contains(u"spam"_s))
            return SkipReason::Spam;
        if (key.contains(u"preview"_s))
            return SkipReason::Preview;
        if (key.contains(u"test"_s))
            return SkipReason::Test;
        return std::nullopt;
    case Finished:
        if (const std::optional<bool> finished = AnswerScale::yesNo(key); finished && !*finished)
            return SkipReason::Unfinished;
        return std::nullopt;
    case Progress:
        if (const std::optional<double> percent = AnswerScale::number(value, false); percent && *percent < 100)
            return SkipReason::Unfinished;
        return std::nullopt;
    case ResponseType:
        if (key == u"partial"_s)
            return SkipReason::Unfinished;
        return std::nullopt;
    case ColumnCount:
        break;
    }
    return std::nullopt;
}

std::optional<SkipReason> RowFilter::screen(const QList<QByteArrayView> &fields)
{
    for (int c = 0; c < ColumnCount; ++c) {
        const int column = m_columns[c];
        if (column < 0 || column >= fields.size())
            continue;
        const QByteArrayView value = fields.at(column).trimmed();
        if (value.isEmpty())
            continue;
        qint8 decision = 0;
        if (const qint8 *cached = m_cache[c].find(value)) {
            decision = *cached;
        } else {
            const std::optional<SkipReason> reason = decide(Column(c), value);
            decision = reason ? qint8(int(*reason) + 1) : 0;
            m_cache[c].insert(value, decision);
        }
        if (decision)
            return SkipReason(decision - 1);
    }
    return std::nullopt;
}

} // namespace Waymark
