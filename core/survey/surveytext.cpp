#include "surveytext.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Waymark::SurveyText {

namespace {

int distance(const QString &a, const QString &b)
{
    // Levenshtein over two rows.
    QList<int> previous(b.size() + 1), current(b.size() + 1);
    for (qsizetype j = 0; j <= b.size(); ++j)
        previous[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        current[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int substitution = previous[j - 1] + (a.at(i - 1) == b.at(j - 1) ? 0 : 1);
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1, substitution});
        }
        std::swap(previous, current);
    }
    return previous[b.size()];
}

// Whether every word of `wanted` (a plural's "s" aside) starts a word of `candidate`:
// "Renewals" in "Renewal and advocacy".
bool wordsIn(const QString &wanted, const QString &candidate)
{
    const QStringList words = wanted.split(u' ', Qt::SkipEmptyParts);
    const QStringList theirs = candidate.split(u' ', Qt::SkipEmptyParts);
    if (words.isEmpty())
        return false;
    for (QString word : words) {
        if (word.size() < 4)
            return false;
        if (word.endsWith(u's'))
            word.chop(1);
        if (std::none_of(theirs.begin(), theirs.end(), [&](const QString &w) { return w.startsWith(word); }))
            return false;
    }
    return true;
}

} // namespace

QString key(const QString &text)
{
    return text.simplified().toCaseFolded();
}

QString key(QByteArrayView utf8)
{
    return key(QString::fromUtf8(utf8));
}

QString shown(const QString &text, int maxLength)
{
    const QString simple = text.simplified();
    return simple.size() > maxLength ? simple.left(maxLength - 3) + u"..."_s : simple;
}

QString shown(QByteArrayView utf8, int maxLength)
{
    return shown(QString::fromUtf8(utf8), maxLength);
}

QString closest(const QString &text, const QStringList &candidates)
{
    const QString wanted = key(QString(text).replace(u'&', u"and"_s));
    if (wanted.isEmpty())
        return {};
    QString best;
    int bestDistance = INT_MAX;
    for (const QString &candidate : candidates) {
        const QString other = key(candidate);
        int d = distance(wanted, other);
        // A word or more left out or added ("Setup" for "Setup and number transfer").
        if (wanted.size() >= 4 && (other.startsWith(wanted) || wanted.startsWith(other) || other.contains(wanted) || wordsIn(wanted, other)))
            d = std::min(d, 1);
        if (d < bestDistance) {
            bestDistance = d;
            best = candidate;
        }
    }
    // Close: a few edits, relative to the length; a short text is only what it is.
    const int allowed = wanted.size() < 4 ? 0 : std::max(2, int(wanted.size()) / 4);
    return bestDistance <= allowed ? best : QString();
}

QString quotedList(const QStringList &texts, int max)
{
    QStringList quoted;
    for (qsizetype i = 0; i < texts.size() && i < max; ++i)
        quoted.append(u"'"_s + shown(texts.at(i)) + u"'"_s);
    QString list = quoted.join(u", "_s);
    if (texts.size() > max)
        list += QCoreApplication::translate("Waymark", " and %1 more").arg(texts.size() - max);
    return list;
}

} // namespace Waymark::SurveyText
