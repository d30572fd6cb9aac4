#pragma once

#include <QSizeF>
#include <QStringList>

class QFont;

namespace Waymark {

// Text broken into the lines a width holds: what cards, headers and report tables draw line by
// line (one drawText per line keeps the text searchable in a PDF or SVG, and lets a long text
// be drawn only where it is visible). Linear in the length of the text.
namespace TextLines {

// At most `maxLines` lines (0: as many as the text needs); when text is left over, the last
// line is elided and `*elided` set. Words longer than a line break anywhere, or with
// `breakWords` false are elided where they end. Line breaks in the text are kept; blank lines
// are kept as empty strings.
QStringList wrap(const QString &text, const QFont &font, double width, int maxLines = 0, bool *elided = nullptr,
                 bool breakWords = true);

// The largest type, from `largest` pixels down to `smallest`, in which `text` fits `area` whole
// and broken only between words; failing that, `smallest`, cut with "…" where it runs out.
// For a view zoomed far out: the most readable text the space allows.
struct Fitted {
    double pixels = 0;
    QStringList lines;
};
Fitted fit(const QString &text, const QFont &font, const QSizeF &area, double largest, double smallest);

} // namespace TextLines

} // namespace Waymark
