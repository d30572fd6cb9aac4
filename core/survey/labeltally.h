#pragma once

#include "surveyfield.h"

#include <QHash>
#include <QString>
#include <QStringList>

namespace Waymark {

// The values of one column that mean nothing to the import (labels without a score, stages
// the map does not have), with how many rows hold each, and the values the column holds at
// all: what "an unknown label is reported with the labels seen in the file" is made of.
class LabelTally
{
public:
    static constexpr int MaxUnknown = 1000;
    static constexpr int MaxSeen = 30;

    explicit LabelTally(SurveyField field = SurveyField::Stage)
        : m_field(field)
    {
    }

    SurveyField field() const { return m_field; }
    void seen(const QString &value);
    void unknown(const QString &value);

    bool hasUnknown() const { return !m_unknownOrder.isEmpty(); }
    const QStringList &unknownValues() const { return m_unknownOrder; } // as first met
    qint64 rowsWith(const QString &value) const { return m_unknown.value(value); }
    const QStringList &seenValues() const { return m_seen; }

private:
    SurveyField m_field;
    QHash<QString, qint64> m_unknown;
    QStringList m_unknownOrder;
    QStringList m_seen;
};

} // namespace Waymark
