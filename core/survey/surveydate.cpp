#include "surveydate.h"

#include <QDate>
#include <QDateTime>
#include <QStringList>
#include <QTimeZone>

#include <optional>

using namespace Qt::StringLiterals;

namespace Waymark {

namespace {

// A cursor over the text, reading numbers and the marks between them.
class Cursor
{
public:
    explicit Cursor(QByteArrayView text)
        : m_text(text)
    {
    }

    bool atEnd() const { return m_pos >= m_text.size(); }
    char peek(qsizetype ahead = 0) const { return m_pos + ahead < m_text.size() ? m_text.at(m_pos + ahead) : '\0'; }
    bool take(char c)
    {
        if (peek() != c)
            return false;
        ++m_pos;
        return true;
    }
    bool takeWord(QByteArrayView word) // any case
    {
        if (m_text.size() - m_pos < word.size() || QByteArrayView(m_text.data() + m_pos, word.size()).compare(word, Qt::CaseInsensitive) != 0)
            return false;
        m_pos += word.size();
        return true;
    }
    void skipSpaces()
    {
        while (peek() == ' ')
            ++m_pos;
    }
    // A number of 1 to `maxDigits` digits; `digits` says how many it had.
    std::optional<int> number(int maxDigits, int *digits = nullptr)
    {
        int value = 0, n = 0;
        while (n < maxDigits && peek() >= '0' && peek() <= '9') {
            value = value * 10 + (peek() - '0');
            ++m_pos;
            ++n;
        }
        if (peek() >= '0' && peek() <= '9')
            return std::nullopt; // too many digits
        if (digits)
            *digits = n;
        if (n == 0)
            return std::nullopt;
        return value;
    }

private:
    QByteArrayView m_text;
    qsizetype m_pos = 0;
};

void appendDigits(QByteArray &out, int value, int width)
{
    char digits[8];
    for (int i = width - 1; i >= 0; --i, value /= 10)
        digits[i] = char('0' + value % 10);
    out.append(digits, width);
}

// Already ISO 8601 as the map keeps it ("2025-03-01", "2025-03-01T10:00:00", with "Z" or
// "+01:00"): checked and kept as it is, the common case of a plain export made by a script.
bool isCanonical(QByteArrayView t)
{
    const auto digit = [&t](qsizetype i) { return t.at(i) >= '0' && t.at(i) <= '9'; };
    const auto digits = [&](std::initializer_list<qsizetype> at) { return std::all_of(at.begin(), at.end(), digit); };
    const auto number = [&t](qsizetype i, int n) {
        int v = 0;
        for (int k = 0; k < n; ++k)
            v = v * 10 + (t.at(i + k) - '0');
        return v;
    };
    if (t.size() < 10 || !digits({0, 1, 2, 3, 5, 6, 8, 9}) || t.at(4) != '-' || t.at(7) != '-')
        return false;
    if (!QDate::isValid(number(0, 4), number(5, 2), number(8, 2)))
        return false;
    if (t.size() == 10)
        return true;
    if (t.size() < 19 || t.at(10) != 'T' || !digits({11, 12, 14, 15, 17, 18}) || t.at(13) != ':' || t.at(16) != ':'
        || number(11, 2) > 23 || number(14, 2) > 59 || number(17, 2) > 59)
        return false;
    const QByteArrayView zone = t.sliced(19);
    return zone.isEmpty() || zone == "Z"
           || (zone.size() == 6 && (zone.at(0) == '+' || zone.at(0) == '-') && digits({20, 21, 23, 24}) && zone.at(3) == ':');
}

// "+01:00" from minutes east of UTC.
QByteArray offsetText(int minutes)
{
    if (minutes == 0)
        return "Z";
    const int a = std::abs(minutes);
    QByteArray text(1, minutes < 0 ? '-' : '+');
    appendDigits(text, a / 60, 2);
    text.append(':');
    appendDigits(text, a % 60, 2);
    return text;
}

} // namespace

SurveyDate::SurveyDate(Order order, QString zone)
    : m_order(order)
    , m_zone(std::move(zone))
{
}

void SurveyDate::setZone(const QString &zone)
{
    if (zone == m_zone)
        return;
    m_zone = zone;
    m_offsets.clear();
}

std::optional<SurveyDate::Order> SurveyDate::orderShownBy(const QStringList &values)
{
    for (const QString &value : values) {
        const QStringList parts = value.trimmed().section(u' ', 0, 0).split(u'/');
        if (parts.size() != 3 || parts.at(2).size() != 4)
            continue;
        if (parts.at(0).toInt() > 12)
            return Order::DayFirst;
        if (parts.at(1).toInt() > 12)
            return Order::MonthFirst;
    }
    return std::nullopt;
}

QByteArray SurveyDate::offsetAt(int year, int month, int day, int hour, int minute)
{
    if (m_zone.isEmpty())
        return {};
    if (m_zone == u"Z"_s || m_zone.compare(u"UTC"_s, Qt::CaseInsensitive) == 0)
        return "Z";
    const qint64 key = ((qint64(year) * 13 + month) * 32 + day) * 24 + hour;
    const auto it = m_offsets.constFind(key);
    if (it != m_offsets.constEnd())
        return *it;
    QByteArray offset;
    const QTimeZone zone(m_zone.toUtf8());
    if (zone.isValid())
        offset = offsetText(zone.offsetFromUtc(QDateTime(QDate(year, month, day), QTime(hour, minute), zone)) / 60);
    m_offsets.insert(key, offset);
    return offset;
}

bool SurveyDate::isIsoAlready(QByteArrayView text) const
{
    // A time that names no zone takes the export's; one that does, or has none to take, is kept.
    return isCanonical(text) && (m_zone.isEmpty() || text.size() == 10 || text.size() > 19);
}

bool SurveyDate::toIso(QByteArrayView text, QByteArray &out)
{
    if (isIsoAlready(text)) {
        out.truncate(0);
        out.append(text);
        return true;
    }
    Cursor c(text);
    int year = 0, month = 0, day = 0, digits = 0;
    const std::optional<int> first = c.number(4, &digits);
    if (!first)
        return false;
    if (digits == 4) { // 2024-03-05, 2024/03/05
        const char mark = c.peek();
        if (mark != '-' && mark != '/')
            return false;
        c.take(mark);
        const std::optional<int> m = c.number(2), d = c.take(mark) ? c.number(2) : std::nullopt;
        if (!m || !d)
            return false;
        year = *first;
        month = *m;
        day = *d;
    } else { // 05.03.2024, 3/5/2024
        const char mark = c.peek();
        if (mark != '.' && mark != '/' && mark != '-')
            return false;
        c.take(mark);
        const std::optional<int> second = c.number(2);
        int yearDigits = 0;
        const std::optional<int> y = c.take(mark) ? c.number(4, &yearDigits) : std::nullopt;
        if (!second || !y || yearDigits != 4)
            return false;
        year = *y;
        bool dayFirst = mark == '.' || m_order == Order::DayFirst;
        if (*first > 12)
            dayFirst = true;
        else if (*second > 12)
            dayFirst = false;
        day = dayFirst ? *first : *second;
        month = dayFirst ? *second : *first;
    }
    if (!QDate::isValid(year, month, day))
        return false;

    out.truncate(0);
    appendDigits(out, year, 4);
    out.append('-');
    appendDigits(out, month, 2);
    out.append('-');
    appendDigits(out, day, 2);
    if (c.atEnd())
        return true;
    if (!c.take('T') && !c.take(' '))
        return false;
    c.skipSpaces();
    const std::optional<int> h = c.number(2);
    const std::optional<int> minute = c.take(':') ? c.number(2) : std::nullopt;
    if (!h || !minute)
        return false;
    int hour = *h, second = 0;
    if (c.take(':')) {
        const std::optional<int> s = c.number(2);
        if (!s)
            return false;
        second = *s;
        if (c.take('.') || c.take(',')) { // fractions of a second are dropped
            if (!c.number(9))
                return false;
        }
    }
    c.skipSpaces();
    const bool am = c.takeWord("AM");
    const bool pm = !am && c.takeWord("PM");
    if (am || pm) {
        if (hour < 1 || hour > 12)
            return false;
        hour = hour % 12 + (pm ? 12 : 0);
        c.skipSpaces();
    }
    if (hour > 23 || *minute > 59 || second > 59)
        return false;

    QByteArray zone;
    if (c.take('Z')) {
        zone = "Z";
    } else if (c.takeWord("GMT") || c.takeWord("UTC") || c.peek() == '+' || c.peek() == '-') {
        if (c.peek() == '+' || c.peek() == '-') {
            const int sign = c.peek() == '-' ? -1 : 1;
            c.take(c.peek());
            int hourDigits = 0;
            const std::optional<int> zh = c.number(4, &hourDigits);
            if (!zh)
                return false;
            int zoneMinutes = 0;
            if (hourDigits > 2) { // +0100
                zoneMinutes = (*zh / 100) * 60 + *zh % 100;
            } else {
                zoneMinutes = *zh * 60;
                if (c.take(':')) {
                    const std::optional<int> zm = c.number(2);
                    if (!zm)
                        return false;
                    zoneMinutes += *zm;
                }
            }
            zone = offsetText(sign * zoneMinutes);
        } else {
            zone = "Z";
        }
    } else {
        zone = offsetAt(year, month, day, hour, *minute);
    }
    c.skipSpaces();
    if (!c.atEnd())
        return false;
    out.append('T');
    appendDigits(out, hour, 2);
    out.append(':');
    appendDigits(out, *minute, 2);
    out.append(':');
    appendDigits(out, second, 2);
    out.append(zone);
    return true;
}

} // namespace Waymark
