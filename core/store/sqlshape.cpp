#include "sqlshape.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Waymark {

namespace {

bool isIdentifierStart(QChar c)
{
    return c.isLetter() || c == u'_' || c.unicode() >= 0x80;
}

bool isIdentifierPart(QChar c)
{
    return isIdentifierStart(c) || c.isDigit() || c == u'$';
}

// A plain identifier needs no quotes; any other one is written back in double quotes, so
// that one token never reads like two.
QString identifier(const QString &name)
{
    const QString lower = name.toLower();
    if (!lower.isEmpty() && isIdentifierStart(lower.at(0))
        && std::all_of(lower.begin(), lower.end(), [](QChar c) { return isIdentifierPart(c); }))
        return lower;
    return u'"' + QString(lower).replace(u'"', u"\"\""_s) + u'"';
}

// Reads a quoted run ending with `close` (doubled to escape it); returns its end or -1.
qsizetype quotedEnd(QStringView sql, qsizetype start, QChar close)
{
    for (qsizetype i = start + 1; i < sql.size(); ++i) {
        if (sql.at(i) != close)
            continue;
        if (close != u']' && i + 1 < sql.size() && sql.at(i + 1) == close) {
            ++i;
            continue;
        }
        return i;
    }
    return -1;
}

QString unquote(QStringView quoted, QChar close)
{
    QString inner = quoted.mid(1, quoted.size() - 2).toString();
    if (close != u']')
        inner.replace(QString(2, close), QString(close));
    return inner;
}

// Splits a parenthesised list at its top-level commas; `tokens[open]` is "(". Returns the
// items and sets `end` to the index of the closing ")", or -1.
QList<QStringList> items(const QStringList &tokens, qsizetype open, qsizetype &end)
{
    QList<QStringList> list(1);
    int depth = 0;
    for (qsizetype i = open + 1; i < tokens.size(); ++i) {
        const QString &t = tokens.at(i);
        if (t == u"("_s) {
            ++depth;
        } else if (t == u")"_s) {
            if (depth-- == 0) {
                end = i;
                return list;
            }
        } else if (t == u","_s && depth == 0) {
            list.append(QStringList());
            continue;
        }
        list.last().append(t);
    }
    end = -1;
    return {};
}

bool isTableConstraint(const QStringList &item)
{
    static const QStringList starts = {u"constraint"_s, u"primary"_s, u"unique"_s, u"check"_s, u"foreign"_s};
    return !item.isEmpty() && starts.contains(item.first());
}

} // namespace

QStringList SqlShape::tokens(QStringView sql, bool *ok)
{
    QStringList out;
    bool good = true;
    static const QStringList twoCharacter = {u"||"_s, u"<="_s, u">="_s, u"<>"_s, u"!="_s, u"=="_s,
                                             u"<<"_s, u">>"_s, u"->"_s};
    for (qsizetype i = 0; i < sql.size() && good;) {
        const QChar c = sql.at(i);
        if (c.isSpace()) {
            ++i;
        } else if (c == u'-' && sql.mid(i, 2) == u"--") {
            const qsizetype newline = sql.indexOf(u'\n', i);
            i = newline < 0 ? sql.size() : newline + 1;
        } else if (c == u'/' && sql.mid(i, 2) == u"/*") {
            const qsizetype close = sql.indexOf(u"*/", i + 2);
            i = close < 0 ? sql.size() : close + 2; // SQLite accepts an unterminated comment at the end
        } else if (c == u'\'') {
            const qsizetype end = quotedEnd(sql, i, u'\'');
            good = end > 0;
            if (good)
                out.append(sql.mid(i, end - i + 1).toString());
            i = end + 1;
        } else if ((c == u'x' || c == u'X') && i + 1 < sql.size() && sql.at(i + 1) == u'\'') {
            const qsizetype end = quotedEnd(sql, i + 1, u'\'');
            good = end > 0;
            if (good)
                out.append(sql.mid(i, end - i + 1).toString().toLower());
            i = end + 1;
        } else if (c == u'"' || c == u'`' || c == u'[') {
            const QChar close = c == u'[' ? u']' : c;
            const qsizetype end = quotedEnd(sql, i, close);
            good = end > 0;
            if (good)
                out.append(identifier(unquote(sql.mid(i, end - i + 1), close)));
            i = end + 1;
        } else if (isIdentifierStart(c)) {
            qsizetype end = i + 1;
            while (end < sql.size() && isIdentifierPart(sql.at(end)))
                ++end;
            out.append(sql.mid(i, end - i).toString().toLower());
            i = end;
        } else if (c.isDigit() || (c == u'.' && i + 1 < sql.size() && sql.at(i + 1).isDigit())) {
            qsizetype end = i + 1;
            while (end < sql.size() && (sql.at(end).isLetterOrNumber() || sql.at(end) == u'.' || sql.at(end) == u'_'
                                        || ((sql.at(end) == u'+' || sql.at(end) == u'-')
                                            && (sql.at(end - 1) == u'e' || sql.at(end - 1) == u'E'))))
                ++end;
            out.append(sql.mid(i, end - i).toString().toLower());
            i = end;
        } else {
            const QString pair = sql.mid(i, 2).toString();
            if (twoCharacter.contains(pair)) {
                out.append(pair == u"=="_s ? u"="_s : pair == u"<>"_s ? u"!="_s : pair);
                i += 2;
            } else {
                out.append(QString(c));
                ++i;
            }
        }
    }
    while (!out.isEmpty() && out.last() == u";"_s)
        out.removeLast();
    good = good && !out.contains(u";"_s); // one statement
    if (ok)
        *ok = good;
    return good ? out : QStringList();
}

SqlShape::SqlShape(QStringView sql)
{
    bool ok = false;
    const QStringList t = tokens(sql, &ok);
    if (!ok || t.size() < 3 || t.first() != u"create"_s)
        return;
    qsizetype i = 1;
    if (t.at(i) == u"temp"_s || t.at(i) == u"temporary"_s)
        return; // a file never holds TEMP objects
    if (t.at(i) == u"unique"_s)
        ++i;
    if (t.at(i) == u"virtual"_s) {
        m_kind = u"virtual table"_s;
        m_canonical = t.join(u' ');
        m_valid = true;
        return;
    }
    m_kind = t.at(i);
    if (m_kind != u"table"_s) {
        m_valid = m_kind == u"index"_s || m_kind == u"view"_s || m_kind == u"trigger"_s;
        m_canonical = t.join(u' ');
        return;
    }
    // CREATE TABLE [IF NOT EXISTS] [schema.]name ( item, ... ) [options]
    const qsizetype open = t.indexOf(u"("_s, i);
    if (open < 0 || t.mid(i, open - i).contains(u"as"_s))
        return; // CREATE TABLE ... AS SELECT is not stored as such
    qsizetype end = -1;
    QList<QStringList> list = items(t, open, end);
    if (end < 0)
        return;
    QStringList columns;
    QStringList constraints;
    for (const QStringList &item : std::as_const(list)) {
        if (item.isEmpty())
            return;
        (isTableConstraint(item) ? constraints : columns).append(item.join(u' '));
    }
    std::sort(columns.begin(), columns.end());
    std::sort(constraints.begin(), constraints.end());
    QStringList head = t.mid(0, open);
    if (head.mid(i + 1, 3) == QStringList{u"if"_s, u"not"_s, u"exists"_s})
        head.remove(i + 1, 3); // does not change the table
    m_canonical = head.join(u' ') + u" ( "_s + columns.join(u" , "_s) + u" ; "_s + constraints.join(u" , "_s) + u" ) "_s
        + t.mid(end + 1).join(u' ');
    m_valid = true;
}

} // namespace Waymark
