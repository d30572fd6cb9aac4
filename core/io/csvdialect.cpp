#include "csvdialect.h"

#include "csvreader.h"
#include "formaterror.h"

#include <QCoreApplication>
#include <QHash>

using namespace Qt::StringLiterals;

namespace Waymark::CsvDialect {

namespace {

constexpr char Candidates[] = {',', ';', '\t', '|'};

struct Score {
    qsizetype records = 0;  // read
    qsizetype agreeing = 0; // with the most common number of fields
    qsizetype fields = 0;   // that number
};

Score score(QByteArrayView text, bool complete, char delimiter)
{
    Score s;
    QHash<qsizetype, qsizetype> counts;
    try {
        CsvReader reader(text.toByteArray(), delimiter, complete);
        while (s.records < SniffRecords && reader.next()) {
            ++s.records;
            ++counts[reader.fields().size()];
        }
    } catch (const FormatError &) {
        // An unclosed quote or an absurd record: this split is wrong, or the text is no CSV.
    }
    for (auto it = counts.constBegin(); it != counts.constEnd(); ++it) {
        if (it.value() > s.agreeing || (it.value() == s.agreeing && it.key() > s.fields)) {
            s.agreeing = it.value();
            s.fields = it.key();
        }
    }
    return s;
}

} // namespace

char sniff(QByteArrayView text, bool complete)
{
    char best = ',';
    Score bestScore;
    for (const char candidate : Candidates) {
        const Score s = score(text, complete, candidate);
        if (s.records == 0 || s.fields < 2)
            continue;
        // Compare agreeing / records as fractions, then the number of fields.
        const qint64 lhs = qint64(s.agreeing) * std::max<qsizetype>(bestScore.records, 1);
        const qint64 rhs = qint64(bestScore.agreeing) * std::max<qsizetype>(s.records, 1);
        if (bestScore.records == 0 || lhs > rhs || (lhs == rhs && s.fields > bestScore.fields)) {
            best = candidate;
            bestScore = s;
        }
    }
    return best;
}

QString delimiterName(char delimiter)
{
    switch (delimiter) {
    case ',': return QCoreApplication::translate("Waymark", "comma");
    case ';': return QCoreApplication::translate("Waymark", "semicolon");
    case '\t': return QCoreApplication::translate("Waymark", "tab");
    case '|': return QCoreApplication::translate("Waymark", "pipe");
    default: return u"'%1'"_s.arg(QLatin1Char(delimiter));
    }
}

std::optional<char> delimiterFromName(const QString &name)
{
    const QString lower = name.toLower();
    if (lower == u"comma"_s || name == u","_s)
        return ',';
    if (lower == u"semicolon"_s || name == u";"_s)
        return ';';
    if (lower == u"tab"_s || name == u"\t"_s || name == u"\\t"_s)
        return '\t';
    if (lower == u"pipe"_s || name == u"|"_s)
        return '|';
    // Any other single ASCII punctuation character; never a quote or a line end.
    if (name.size() == 1 && name.at(0).unicode() < 128 && name.at(0).isPunct() && name != u"\""_s)
        return char(name.at(0).unicode());
    return std::nullopt;
}

} // namespace Waymark::CsvDialect
