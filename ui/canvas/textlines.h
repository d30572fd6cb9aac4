#pragma once

#include <QStringList>

class QFont;

namespace Waymark {

// Text broken into the lines a width holds: what cards, headers and report tables draw line by
// line (one drawText per line keeps the text searchable in a PDF or SVG, and lets a long text
// be drawn only where it is visible). Linear in the length of the text.
namespace TextLines {

// At most `maxLines` lines (0: as many as the text needs); when text is left over, the last
// line is elided and `*elided` set. Words longer than a line break anywhere. Line breaks in
// the text are kept; blank lines are kept as empty strings.
QStringList wrap(const QString &text, const QFont &font, double width, int maxLines = 0, bool *elided = nullptr);

} // namespace TextLines

} // namespace Waymark
