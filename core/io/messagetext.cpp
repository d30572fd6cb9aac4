#include "messagetext.h"

#include <QDir>

using namespace Qt::StringLiterals;

namespace Waymark::MessageText {

namespace {

// Characters that draw nothing and can change what the text around them looks like.
bool isInvisibleControl(char32_t c)
{
    if (c < 0x20 || c == 0x7f || (c >= 0x80 && c <= 0x9f))
        return true;
    switch (QChar::category(c)) {
    case QChar::Other_Format:      // bidi overrides and isolates, zero-width joiners, BOM
    case QChar::Other_Surrogate:   // a lone half of a pair
    case QChar::Other_NotAssigned: // U+FFFE, U+FFFF and other non-characters
    case QChar::Separator_Line:
    case QChar::Separator_Paragraph:
        return true;
    default:
        return false;
    }
}

QString escape(QStringView text, bool keepLineBreaks)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        char32_t c = text.at(i).unicode();
        qsizetype units = 1;
        if (QChar::isHighSurrogate(c) && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            c = QChar::surrogateToUcs4(text.at(i), text.at(i + 1));
            units = 2;
        }
        if (keepLineBreaks && (c == u'\n' || c == u'\t')) {
            out += QChar(c);
        } else if (c == u'\n') {
            out += u"\\n"_s;
        } else if (c == u'\t') {
            out += u"\\t"_s;
        } else if (c == u'\r') {
            out += u"\\r"_s;
        } else if (c < 0x20) {
            out += u"\\x"_s + QString::number(uint(c), 16).rightJustified(2, u'0');
        } else if (isInvisibleControl(c)) {
            // \uXXXX rather than \xXX above 0x7e: valid inside JSON strings, which some output is.
            out += u"\\u"_s + QString::number(uint(c), 16).rightJustified(4, u'0');
        } else {
            out += text.mid(i, units);
        }
        i += units - 1;
    }
    return out;
}

} // namespace

QString escaped(const QString &text)
{
    return escape(text, true);
}

QString quoted(const QString &value, qsizetype maxLength)
{
    QStringView shown(value);
    bool cut = false;
    if (shown.size() > maxLength) {
        qsizetype end = maxLength;
        if (end > 0 && shown.at(end - 1).isHighSurrogate())
            --end;
        shown = shown.left(end);
        cut = true;
    }
    return u'\'' + escape(shown, false) + (cut ? u"\u2026'"_s : u"'"_s);
}

QString quotedPath(const QString &path)
{
    return u'\'' + escape(QDir::toNativeSeparators(path), false) + u'\'';
}

} // namespace Waymark::MessageText
