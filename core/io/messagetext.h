#pragma once

#include <QString>

namespace Waymark {

// Text from a file (a title, an object name, a file name) on its way into a message for users:
// on a terminal, an escape sequence in it would act on the terminal; in a dialog, markup would
// be rendered. Every message shown by `waymark` and by the editor's message boxes goes through
// escaped(); values are put into messages with quoted(), which also bounds their length.
namespace MessageText {

// Control characters (C0 but newline and tab, DEL, C1), bidirectional overrides and other
// invisible format characters become visible escapes: ESC is "\x1b", U+202E is "\u202e".
QString escaped(const QString &text);

// A value between single quotes, escaped as above and newlines and tabs too (so that it
// cannot start a line of its own), and cut with "…" after `maxLength` characters.
QString quoted(const QString &value, qsizetype maxLength = 120);

// A file name between single quotes with native separators, escaped; never cut.
QString quotedPath(const QString &path);

} // namespace MessageText

} // namespace Waymark
