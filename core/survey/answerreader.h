#pragma once

#include "bytecache.h"
#include "labeltally.h"
#include "surveyfield.h"
#include "valuemap.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>

#include <optional>

namespace Waymark {

// Reads one answer column: each cell as the score it stands for (nps, csat, ces, fcr) or the
// minutes it says, through the user's value map, numbers and the built-in scales. Each
// distinct cell text is worked out once: a million rows hold a few dozen labels.
class AnswerReader
{
public:
    enum class Outcome : qint8 { Ok, OutOfRange, UnknownLabel };
    struct Score {
        Outcome outcome = Outcome::Ok;
        qint8 value = 0;
    };

    AnswerReader(SurveyField field, const ValueMap &values, bool decimalComma);

    SurveyField field() const { return m_field; }
    // A score of nps, csat, ces or fcr (1 yes, 0 no). `text` is trimmed and not empty.
    Score score(QByteArrayView text);
    // Minutes, 0 or more; nullopt when `text` is none.
    std::optional<double> minutes(QByteArrayView text) const;
    // The problem with a cell whose score is not Ok, or with minutes that are none.
    QString problem(QByteArrayView text, Outcome outcome) const;

    const LabelTally &tally() const { return m_tally; }

private:
    Score work(QByteArrayView text) const;
    std::optional<int> inRange(int value) const;

    SurveyField m_field;
    ValueMap m_values;
    bool m_decimalComma;
    int m_min = 0;
    int m_max = 0;
    ByteCache<Score> m_cache;
    LabelTally m_tally;
};

} // namespace Waymark
