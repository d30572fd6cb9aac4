#include "rowfilter.h"

#include "answerscale.h"
#include "surveytext.h"

using namespace Qt::StringLiterals;

namespace Waymark {

RowFilter::RowFilter(const ColumnPlan &plan)
    : m_plan(plan)
{
}

std::optional<SkipReason> RowFilter::status(QByteArrayView value)
{
    const QByteArray raw = QByteArray::fromRawData(value.data(), value.size());
    const auto it = m_statusCache.constFind(raw);
    if (it != m_statusCache.constEnd())
        return *it ? std::optional(SkipReason(*it - 1)) : std::nullopt;
    // Qualtrics writes the status as text ("Survey Preview") or as its code, whose bits are
    // 1 preview, 2 test, 8 spam (0 IP address, 4 imported, 16 offline are real responses).
    std::optional<SkipReason> reason;
    const QString key = SurveyText::key(value);
    if (const std::optional<int> code = AnswerScale::wholeNumber(value, false)) {
        if (*code & 8)
            reason = SkipReason::Spam;
        else if (*code & 1)
            reason = SkipReason::Preview;
        else if (*code & 2)
            reason = SkipReason::Test;
    } else if (key.contains(u"spam"_s)) {
        reason = SkipReason::Spam;
    } else if (key.contains(u"preview"_s)) {
        reason = SkipReason::Preview;
    } else if (key.contains(u"test"_s)) {
        reason = SkipReason::Test;
    }
    if (m_statusCache.size() < 64)
        m_statusCache.insert(value.toByteArray(), reason ? int(*reason) + 1 : 0);
    return reason;
}

std::optional<SkipReason> RowFilter::screen(const QList<QByteArrayView> &fields)
{
    const auto at = [&fields](int column) { return column >= 0 && column < fields.size() ? fields.at(column).trimmed() : QByteArrayView(); };
    if (const QByteArrayView value = at(m_plan.status); !value.isEmpty()) {
        if (const std::optional<SkipReason> reason = status(value))
            return reason;
    }
    if (const QByteArrayView value = at(m_plan.finished); !value.isEmpty()) {
        if (const std::optional<bool> finished = AnswerScale::yesNo(SurveyText::key(value)); finished && !*finished)
            return SkipReason::Unfinished;
    }
    if (const QByteArrayView value = at(m_plan.progress); !value.isEmpty()) {
        if (const std::optional<double> percent = AnswerScale::number(value, false); percent && *percent < 100)
            return SkipReason::Unfinished;
    }
    if (const QByteArrayView value = at(m_plan.responseType); !value.isEmpty()) {
        if (SurveyText::key(value) == u"partial"_s)
            return SkipReason::Unfinished;
    }
    return std::nullopt;
}

} // namespace Waymark
