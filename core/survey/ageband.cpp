#include "ageband.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Waymark::AgeBand {

bool isAgeAttribute(const QString &name)
{
    return name.trimmed().compare(u"age"_s, Qt::CaseInsensitive) == 0;
}

QString normalized(const QString &value)
{
    static const QRegularExpression range(
        u"^(\\d{1,3})\\s*(?:-|\u2013|\u2014|to|bis|\u00e0|a)\\s*(\\d{1,3})(?:\\s*(?:years|yrs|jahre|ans|a\u00f1os))?$"_s,
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression over(
        u"^(\\d{1,3})\\s*(?:\\+|or older|or over|and older|and over|years and over|years or older|und \u00e4lter|et plus|o m\u00e1s|y m\u00e1s)$"_s,
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression under(u"^(?:under|less than|younger than|below|unter|moins de|menos de)\\s*(\\d{1,3})$"_s,
                                          QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression orYounger(u"^(\\d{1,3})\\s*(?:or younger|or under|and under|und j\u00fcnger)$"_s,
                                              QRegularExpression::CaseInsensitiveOption);
    const QString text = value.simplified();
    if (const QRegularExpressionMatch m = range.match(text); m.hasMatch())
        return m.captured(1) + u'-' + m.captured(2);
    if (const QRegularExpressionMatch m = over.match(text); m.hasMatch())
        return m.captured(1) + u'+';
    if (const QRegularExpressionMatch m = under.match(text); m.hasMatch())
        return u"under "_s + m.captured(1);
    if (const QRegularExpressionMatch m = orYounger.match(text); m.hasMatch())
        return u"under "_s + QString::number(m.captured(1).toInt() + 1);
    return value;
}

} // namespace Waymark::AgeBand
