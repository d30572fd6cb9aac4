#include "textlines.h"

#include <QFontMetricsF>
#include <QTextLayout>
#include <QTextOption>

namespace Waymark::TextLines {

QStringList wrap(const QString &source, const QFont &font, double width, int maxLines, bool *elided)
{
    QStringList lines;
    qsizetype end = source.size();
    while (end > 0 && source.at(end - 1).isSpace())
        --end;
    if (end == 0 || width <= 0)
        return lines;
    QString text = source.left(end);
    text.replace(u'\n', QChar::LineSeparator);
    const QFontMetricsF metrics(font);
    QTextLayout layout(text, font);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        const bool last = maxLines > 0 && lines.size() == maxLines - 1;
        if (last && line.textStart() + line.textLength() < text.size()) {
            // The last line allowed, and text left over: the start of the rest, elided. Only
            // its start can show, so a long rest is cut before it is measured.
            const qsizetype room = qsizetype(width / std::max(1.0, metrics.averageCharWidth())) * 2 + 8;
            QString rest = text.mid(line.textStart(), room);
            rest.replace(QChar::LineSeparator, u' ');
            rest = rest.simplified();
            QString shown = metrics.elidedText(rest, Qt::ElideRight, width);
            if (shown == rest) // the rest fits once its line breaks are gone: still say there is more
                shown = metrics.elidedText(rest + u"\u2026", Qt::ElideRight, width);
            if (elided)
                *elided = true;
            lines.append(shown);
            break;
        }
        QString part = text.mid(line.textStart(), line.textLength());
        part.remove(QChar::LineSeparator);
        lines.append(part.trimmed());
        if (last)
            break;
    }
    layout.endLayout();
    return lines;
}

} // namespace Waymark::TextLines
