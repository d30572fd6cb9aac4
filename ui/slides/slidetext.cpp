#include "slidetext.h"

#include "slidestyle.h"

#include <QFontMetricsF>
#include <QTextLayout>

namespace Waymark::SlideTexts {

namespace {

// One paragraph into lines, `budget` of them at most.
QStringList wrapParagraph(const QString &paragraph, const QFont &font, double width, int budget, bool *cut)
{
    QStringList lines;
    QTextLayout layout(paragraph, font);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        if (lines.size() == budget) {
            *cut = true;
            break;
        }
        lines.append(paragraph.mid(line.textStart(), line.textLength()).trimmed());
    }
    layout.endLayout();
    return lines;
}

} // namespace

QStringList wrap(const QString &text, const QFont &font, double width, int maxLines, bool *elided, QStringList *paragraphs)
{
    QStringList lines;
    QStringList shown; // the paragraphs as far as they are shown
    bool cut = false;
    qsizetype lastStart = 0;
    if (width > 0 && maxLines > 0) {
        const QStringList all = text.split(u'\n');
        for (qsizetype i = 0; i < all.size(); ++i) {
            const QString paragraph = all.at(i).simplified();
            if (paragraph.isEmpty())
                continue;
            if (lines.size() == maxLines) {
                cut = true;
                break;
            }
            lastStart = lines.size();
            lines += wrapParagraph(paragraph, font, width, maxLines - int(lines.size()), &cut);
            shown.append(paragraph);
            if (cut)
                break;
        }
    }
    if (cut && !lines.isEmpty()) {
        // The last line says that the text goes on.
        const QFontMetricsF metrics(font);
        QString &last = lines.last();
        last = metrics.elidedText(last + QChar(0x2026), Qt::ElideRight, width);
        if (!last.endsWith(QChar(0x2026)))
            last = metrics.elidedText(last, Qt::ElideRight, width - metrics.horizontalAdvance(QChar(0x2026))) + QChar(0x2026);
        if (!shown.isEmpty())
            shown.last() = lines.mid(lastStart).join(u' ');
    }
    if (elided)
        *elided = cut;
    if (paragraphs)
        *paragraphs = shown;
    return lines;
}

SlideText make(const QString &text, double x, double y, double width, double size, bool bold, const QColor &color,
               SlideRole role, int maxLines)
{
    SlideText t;
    t.size = size;
    t.bold = bold;
    t.color = color;
    t.role = role;
    t.lines = wrap(text, SlideStyle::font(size, bold), width, maxLines, nullptr, &t.paragraphs);
    t.rect = QRectF(x, y, width, t.lines.size() * t.lineHeight());
    return t;
}

} // namespace Waymark::SlideTexts
