#include "answerscale.h"

#include <QHash>

#include <cctype>
#include <charconv>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Waymark::AnswerScale {

namespace {

using Scale = QHash<QString, int>;

const Scale &satisfaction()
{
    static const Scale scale = {
        {u"very dissatisfied"_s, 1}, {u"extremely dissatisfied"_s, 1}, {u"completely dissatisfied"_s, 1},
        {u"very unsatisfied"_s, 1}, {u"dissatisfied"_s, 2}, {u"somewhat dissatisfied"_s, 2},
        {u"slightly dissatisfied"_s, 2}, {u"unsatisfied"_s, 2}, {u"neither satisfied nor dissatisfied"_s, 3},
        {u"neither satisfied or dissatisfied"_s, 3}, {u"neutral"_s, 3}, {u"satisfied"_s, 4},
        {u"somewhat satisfied"_s, 4}, {u"slightly satisfied"_s, 4}, {u"very satisfied"_s, 5},
        {u"extremely satisfied"_s, 5}, {u"completely satisfied"_s, 5},
    };
    return scale;
}

// Effort (7 = very easy) and agreement with "... made it easy" (7 = strongly agree).
const Scale &effort()
{
    static const Scale scale = {
        {u"strongly disagree"_s, 1}, {u"disagree"_s, 2}, {u"somewhat disagree"_s, 3}, {u"slightly disagree"_s, 3},
        {u"neither agree nor disagree"_s, 4}, {u"neither agree or disagree"_s, 4}, {u"somewhat agree"_s, 5},
        {u"slightly agree"_s, 5}, {u"agree"_s, 6}, {u"strongly agree"_s, 7}, {u"extremely difficult"_s, 1},
        {u"very difficult"_s, 1}, {u"difficult"_s, 2}, {u"somewhat difficult"_s, 3}, {u"slightly difficult"_s, 3},
        {u"neither easy nor difficult"_s, 4}, {u"neither difficult nor easy"_s, 4}, {u"neutral"_s, 4},
        {u"somewhat easy"_s, 5}, {u"slightly easy"_s, 5}, {u"easy"_s, 6}, {u"very easy"_s, 7}, {u"extremely easy"_s, 7},
    };
    return scale;
}

const Scale &recommendation()
{
    static const Scale scale = {{u"not at all likely"_s, 0}, {u"extremely likely"_s, 10}};
    return scale;
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

} // namespace

std::optional<double> number(QByteArrayView text, bool decimalComma)
{
    if (text.isEmpty() || text.size() > 40)
        return std::nullopt;
    char buffer[48];
    qsizetype n = 0;
    for (const char c : text)
        buffer[n++] = decimalComma && c == ',' ? '.' : c;
    double value = 0;
    const auto [end, error] = std::from_chars(buffer, buffer + n, value);
    if (error != std::errc() || end != buffer + n || !std::isfinite(value))
        return std::nullopt;
    return value;
}

std::optional<int> wholeNumber(QByteArrayView text, bool decimalComma)
{
    int value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error == std::errc() && end == text.data() + text.size())
        return value;
    const std::optional<double> d = number(text, decimalComma);
    if (d && *d == std::floor(*d) && std::abs(*d) < 1e6)
        return int(*d);
    return std::nullopt;
}

std::optional<int> leadingNumber(QByteArrayView text)
{
    qsizetype i = 0;
    int value = 0;
    while (i < text.size() && i < 2 && isDigit(text.at(i)))
        value = value * 10 + (text.at(i++) - '0');
    if (i == 0 || i >= text.size() || isDigit(text.at(i)))
        return std::nullopt;
    while (i < text.size() && text.at(i) == ' ')
        ++i;
    if (i >= text.size())
        return std::nullopt;
    // The separator: "-", "=", ":", "(", ". ", or an en or em dash (UTF-8).
    const QByteArrayView rest = text.sliced(i);
    if (rest.startsWith("\xE2\x80\x93") || rest.startsWith("\xE2\x80\x94"))
        i += 3;
    else if (rest.startsWith(". "))
        i += 2;
    else if (rest.startsWith("-") || rest.startsWith("=") || rest.startsWith(":") || rest.startsWith("("))
        i += 1;
    else
        return std::nullopt;
    // Followed by words.
    for (; i < text.size(); ++i) {
        const uchar c = uchar(text.at(i));
        if (c >= 0x80 || std::isalpha(c))
            return value;
    }
    return std::nullopt;
}

std::optional<int> labelScore(SurveyField field, const QString &key)
{
    const Scale *scale = nullptr;
    switch (field) {
    case SurveyField::Nps: scale = &recommendation(); break;
    case SurveyField::Csat: scale = &satisfaction(); break;
    case SurveyField::Ces: scale = &effort(); break;
    case SurveyField::Fcr:
        if (const std::optional<bool> answer = yesNo(key))
            return *answer ? 1 : 0;
        return std::nullopt;
    default: return std::nullopt;
    }
    const auto it = scale->constFind(key);
    if (it == scale->constEnd())
        return std::nullopt;
    return *it;
}

std::optional<bool> yesNo(const QString &key)
{
    static const QHash<QString, bool> answers = {
        {u"yes"_s, true},   {u"y"_s, true},      {u"true"_s, true},   {u"1"_s, true},     {u"ja"_s, true},
        {u"j"_s, true},     {u"wahr"_s, true},   {u"oui"_s, true},    {u"vrai"_s, true},  {u"sí"_s, true},
        {u"si"_s, true},    {u"verdadero"_s, true}, {u"no"_s, false}, {u"n"_s, false},    {u"false"_s, false},
        {u"0"_s, false},    {u"nein"_s, false},  {u"falsch"_s, false}, {u"non"_s, false}, {u"faux"_s, false},
        {u"falso"_s, false},
    };
    const auto it = answers.constFind(key);
    if (it == answers.constEnd())
        return std::nullopt;
    return *it;
}

} // namespace Waymark::AnswerScale
