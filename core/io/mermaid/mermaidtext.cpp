#include "mermaidtext.h"

#include <QHash>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Waymark::MermaidText {

namespace {

// Stand-ins for the '#' and ';' of an entity code: private-use characters no grammar rule
// stops at, one for one, so positions do not move.
constexpr char16_t EntityStart = u'\uE000';
constexpr char16_t EntityEnd = u'\uE001';

const QRegularExpression &entityPattern()
{
    // mermaid: /#\w+;/g, where \w is [A-Za-z0-9_].
    static const QRegularExpression re(u"#([A-Za-z0-9_]+);"_s);
    return re;
}

const QRegularExpression &protectedPattern()
{
    static const QRegularExpression re(u"\uE000([A-Za-z0-9_]+)\uE001"_s);
    return re;
}

// Every way of writing a line break that mermaid draws as one: <br>, <br/>, <br />, <br\t/>,
// and the </br> people type by mistake, in any case.
const QRegularExpression &breakPattern(bool withSpace)
{
    static const QRegularExpression bare(u"<\\s*/?\\s*br\\s*/?\\s*>"_s,
                                         QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    static const QRegularExpression spaced(u"\\s*<\\s*/?\\s*br\\s*/?\\s*>\\s*"_s,
                                           QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    return withSpace ? spaced : bare;
}

// The named entities people use in diagrams; HTML knows two thousand more.
const QHash<QString, char32_t> &namedEntities()
{
    static const QHash<QString, char32_t> names = {
        {u"amp"_s, U'&'},      {u"lt"_s, U'<'},       {u"gt"_s, U'>'},       {u"quot"_s, U'"'},
        {u"apos"_s, U'\''},    {u"nbsp"_s, U'\u00A0'}, {u"colon"_s, U':'},    {u"semi"_s, U';'},
        {u"num"_s, U'#'},      {u"comma"_s, U','},    {u"lcub"_s, U'{'},     {u"rcub"_s, U'}'},
        {u"lbrace"_s, U'{'},   {u"rbrace"_s, U'}'},   {u"excl"_s, U'!'},     {u"quest"_s, U'?'},
        {u"percnt"_s, U'%'},   {u"copy"_s, U'\u00A9'}, {u"reg"_s, U'\u00AE'}, {u"trade"_s, U'\u2122'},
        {u"hellip"_s, U'\u2026'}, {u"mdash"_s, U'\u2014'}, {u"ndash"_s, U'\u2013'}, {u"lsquo"_s, U'\u2018'},
        {u"rsquo"_s, U'\u2019'}, {u"ldquo"_s, U'\u201C'}, {u"rdquo"_s, U'\u201D'}, {u"bull"_s, U'\u2022'},
        {u"middot"_s, U'\u00B7'}, {u"euro"_s, U'\u20AC'}, {u"pound"_s, U'\u00A3'}, {u"yen"_s, U'\u00A5'},
        {u"cent"_s, U'\u00A2'}, {u"deg"_s, U'\u00B0'}, {u"times"_s, U'\u00D7'}, {u"divide"_s, U'\u00F7'},
        {u"plusmn"_s, U'\u00B1'}, {u"larr"_s, U'\u2190'}, {u"rarr"_s, U'\u2192'}, {u"uarr"_s, U'\u2191'},
        {u"darr"_s, U'\u2193'}, {u"harr"_s, U'\u2194'}, {u"hearts"_s, U'\u2665'}, {u"star"_s, U'\u2606'},
    };
    return names;
}

QString decodedEntity(const QString &code)
{
    bool number = !code.isEmpty();
    for (const QChar c : code)
        number = number && c.isDigit() && c.unicode() < 128;
    if (number) {
        bool ok = false;
        const uint value = code.toUInt(&ok);
        if (ok && value > 0 && value <= 0x10FFFF && !(value >= 0xD800 && value <= 0xDFFF)) {
            const char32_t c = value;
            return QString::fromUcs4(&c, 1);
        }
    } else if (const auto it = namedEntities().constFind(code); it != namedEntities().constEnd()) {
        return QString::fromUcs4(&*it, 1);
    }
    return u"#"_s + code + u';';
}

QString replaced(const QString &text, const QRegularExpression &re, const auto &replacement)
{
    QString result;
    qsizetype last = 0;
    for (auto it = re.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        result += QStringView(text).sliced(last, m.capturedStart() - last);
        result += replacement(m);
        last = m.capturedEnd();
    }
    result += QStringView(text).sliced(last);
    return result;
}

QString entity(char32_t c)
{
    return u"#%1;"_s.arg(uint(c));
}

// mermaid's tidying of an accessible description: trimmed, and a line break followed by
// white space (more line breaks among it) becomes one line break.
QString tidyDescription(const QString &text)
{
    static const QRegularExpression breaks(u"\\n\\s+"_s, QRegularExpression::UseUnicodePropertiesOption);
    return text.trimmed().replace(breaks, u"\n"_s);
}

bool startsKeyword(const QString &text)
{
    static const QRegularExpression keyword(u"^(journey|title\\s|section\\s|acctitle\\s*:|accdescr\\s*[:{])"_s,
                                            QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    return keyword.match(text).hasMatch();
}

QString singleLine(QString text)
{
    for (QChar &c : text) {
        if (c == u'\n' || c == u'\r' || c == QChar::LineSeparator || c == QChar::ParagraphSeparator)
            c = u' ';
    }
    return text.trimmed();
}

} // namespace

QString protectEntities(const QString &text)
{
    return replaced(text, entityPattern(), [](const QRegularExpressionMatch &m) -> QString {
        return QChar(EntityStart) + m.captured(1) + QChar(EntityEnd);
    });
}

QString decodeEntities(const QString &text)
{
    return replaced(text, protectedPattern(), [](const QRegularExpressionMatch &m) -> QString { return decodedEntity(m.captured(1)); });
}

QString name(const QString &raw)
{
    return decodeEntities(QString(raw).replace(breakPattern(true), u" "_s)).trimmed();
}

QString description(const QString &raw)
{
    return tidyDescription(decodeEntities(tidyDescription(raw).replace(breakPattern(false), u"\n"_s)));
}

QString encode(const QString &input, Field field)
{
    const bool isName = field != Field::Description && field != Field::BlockDescription;
    const QString text = isName ? singleLine(input) : tidyDescription(input);
    if (isName && text.isEmpty())
        return entity(U' ');

    // What ends the field, besides '#' (a comment, and the start of an entity code) and '<'
    // (a line break tag): mermaid cannot quote.
    QString stops;
    switch (field) {
    case Field::Title: stops = u";"_s; break;
    case Field::Section:
    case Field::Task: stops = u";:"_s; break;
    case Field::Actor: stops = u";:,"_s; break;
    case Field::Description: break;
    case Field::BlockDescription: stops = u"}"_s; break;
    }
    QString out;
    for (const char32_t c : text.toUcs4()) {
        if (c == U'#' || c == U'<' || (c < 0x80 && stops.contains(QChar(c))))
            out += entity(c);
        else
            out += QString::fromUcs4(&c, 1);
    }
    if (field == Field::Task && !out.isEmpty()) {
        // A task line is read from its first character: keywords and comments come first.
        if (startsKeyword(out) || out.startsWith(u"%%"_s)) {
            const char32_t first = out.toUcs4().constFirst();
            out = entity(first) + out.mid(QChar::requiresSurrogates(first) ? 2 : 1);
        } else if (out.size() > 2 && out.mid(1, 2) == u"%%"_s && out.at(0) != u'}') {
            out = out.left(1) + entity(U'%') + out.mid(2);
        }
    }
    return out;
}

} // namespace Waymark::MermaidText
