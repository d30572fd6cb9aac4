#pragma once

#include "slidepicture.h"

#include <QFont>
#include <QStringList>

namespace Waymark::SlideTexts {

// `text` broken into lines of at most `width` units in `font`; at most `maxLines`, the last
// elided when the text goes on. Line breaks in the text are kept. `paragraphs` receives the
// text's paragraphs as far as they are shown (the words, not the lines: a word broken at a
// hyphen stays one word).
QStringList wrap(const QString &text, const QFont &font, double width, int maxLines, bool *elided = nullptr,
                 QStringList *paragraphs = nullptr);

// A text item at (x, y), `width` wide, as high as its lines.
SlideText make(const QString &text, double x, double y, double width, double size, bool bold, const QColor &color,
               SlideRole role, int maxLines = 1000);

} // namespace Waymark::SlideTexts
