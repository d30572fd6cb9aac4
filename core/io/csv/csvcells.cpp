#include "csvcells.h"

using namespace Qt::StringLiterals;

namespace Waymark::CsvCells {

namespace {

bool isTrigger(QChar c)
{
    return c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r';
}

// Whether the cell, past any apostrophes it starts with, starts with a formula trigger.
bool needsGuard(const QString &cell)
{
    qsizetype i = 0;
    while (i < cell.size() && cell.at(i) == u'\'')
        ++i;
    return i < cell.size() && isTrigger(cell.at(i));
}

} // namespace

QString guard(const QString &cell)
{
    return needsGuard(cell) ? u'\'' + cell : cell;
}

QString unguard(const QString &cell)
{
    return cell.startsWith(u'\'') && needsGuard(cell) ? cell.mid(1) : cell;
}

QByteArray record(const QStringList &cells)
{
    QByteArray out;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0)
            out += ',';
        const QString cell = guard(cells.at(i));
        const bool quote = cell.contains(u',') || cell.contains(u'"') || cell.contains(u'\n') || cell.contains(u'\r')
            || cell.contains(u';') || cell.startsWith(u' ') || cell.endsWith(u' ');
        if (quote)
            out += '"' + QString(cell).replace(u"\""_s, u"\"\""_s).toUtf8() + '"';
        else
            out += cell.toUtf8();
    }
    out += "\r\n";
    return out;
}

QByteArray byteOrderMark()
{
    return QByteArrayLiteral("\xEF\xBB\xBF");
}

} // namespace Waymark::CsvCells
