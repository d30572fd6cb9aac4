#include "textlines.h"

#include "model/valuebounds.h"

#include <QFontMetricsF>
#include <QTextLayout>
#include <QTextOption>

namespace Waymark::TextLines {

QStringList wrap(const QString &source, const QFont &font, double width, int maxLines, bool *elided, bool breakWords)
{
    QStringList lines;
    // A map is untrusted: never lay out more than a field can hold (and, to show a few lines,
    // no more than a renderer is ever shown); control characters nothing draws are dropped.
    const QString bounded = ValueBounds::forDisplay(source, maxLines > 0 ? ValueBounds::DisplayLength : ValueBounds::ParagraphLength);
    qsizetype end = bounded.size();
    while (end > 0 && bounded.at(end - 1).isSpace())
        --end;
    if (end == 0 || width <= 0)
        return lines;
    QString text = bounded.left(end);
    text.replace(u'\n', QChar::LineSeparator);
    const QFontMetricsF metrics(font);
    QTextLayout layout(text, font);
    QTextOption option;
    option.setWrapMode(breakWords ? QTextOption::WrapAtWordBoundaryOrAnywhere : QTextOption::WordWrap);
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
        part = part.trimmed();
        if (!breakWords && line.naturalTextWidth() > width) { // a word longer than the line
            part = metrics.elidedText(part, Qt::ElideRight, width);
            if (elided)
                *elided = true;
        }
        lines.append(part);
        if (last)
            break;
    }
    layout.endLayout();
    return lines;
}

Fitted fit(const QString &text, const QFont &font, const QSizeF &area, double largest, double smallest)
{
    const QString simple = text.simplified();
    // Broken only between words (or after a hyphen), not inside one.
    const auto wholeWords = [&simple](const QStringList &lines) {
        QString joined;
        for (const QString &line : lines)
            joined += joined.isEmpty() || joined.endsWith(u'-') ? line : u' ' + line;
        return joined == simple;
    };
    smallest = std::min(smallest, largest);
    for (double size = std::floor(largest);; size = std::max(smallest, std::floor(size * 0.85))) {
        QFont sized = font;
        sized.setPixelSize(std::max(1, int(size)));
        const int room = std::max(1, int(area.height() / QFontMetricsF(sized).lineSpacing()));
        bool elided = false;
        // At the smallest size a word too long for the space is cut with "…", not broken.
        QStringList lines = wrap(simple, sized, area.width(), room, &elided, size > smallest);
        if ((!elided && wholeWords(lines)) || size <= smallest)
            return {size, lines};
    }
}

} // namespace Waymark::TextLines
