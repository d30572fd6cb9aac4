#pragma once

#include <QString>

namespace Waymark::MermaidText {

// Text in a mermaid diagram is unquoted: each field ends at characters of the grammar
// (`#` comment, `;`, `:`, `,` between actors, `}` closing accDescr { … }). Mermaid's answer is
// entity codes, which it decodes before drawing: `#35;` is '#', `#59;` ';', `#quot;` '"'.

// Marks entity codes so that the lexer sees no '#' or ';' in them; the text keeps its length,
// so line and column numbers stay right.
QString protectEntities(const QString &text);
// Decodes the codes protectEntities() marked, as mermaid draws them: decimal codes and the
// common named ones; an unknown name stays as written.
QString decodeEntities(const QString &text);

// A name (title, section, task, actor): entities decoded, each `<br>` variant (`<br>`,
// `<br/>`, `<br />`, `</br>`) a space, whitespace trimmed.
QString name(const QString &raw);
// A description: entities decoded, `<br>` a line break, then mermaid's own tidying (trimmed,
// each line's leading whitespace removed, blank lines dropped).
QString description(const QString &raw);

enum class Field { Title, Section, Task, Actor, Description, BlockDescription };

// Writes `text` so that it reads back as itself: the field's stop characters, '<' and '#' as
// entity codes, line breaks in names as spaces, and a name that would start a keyword
// (`journey`, `title `, `section `, `accTitle:`, `accDescr`, a `%%` comment) with its first
// character encoded. An empty name is written as an encoded space, which reads back empty.
QString encode(const QString &text, Field field);

} // namespace Waymark::MermaidText
