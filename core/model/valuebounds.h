#pragma once

#include <QString>
#include <QVariant>

namespace Waymark {

struct FieldSpec;

// The bounds of every value a map holds, in one place. A map arrives by e-mail: whatever it
// holds is brought within these bounds as it is read (cut, clamped, or replaced by the
// default, with a warning), so that no value reaches Qt's text layout, a decoder or an integer
// conversion unchecked; and nothing longer is written. The fields' own table (fields.cpp)
// names each field's text limit and numeric range; the columns that are not fields are here.
namespace ValueBounds {

// Characters of a name, a title, a label, an owner, an emotion point's note: far more than
// any name needs, and short enough to lay out in a moment.
constexpr qsizetype LineLength = 64 * 1024;
// Characters of a description, a quote, a persona's goals or empathy map: a long essay.
constexpr qsizetype ParagraphLength = 1024 * 1024;
// Characters of a key (a kind, a status) and of a colour ("#rrggbb").
constexpr qsizetype KeyLength = 64;

// Survey responses, read in bulk: bytes of UTF-8.
constexpr qsizetype RespondentLength = 1024;
constexpr qsizetype TimestampLength = 64;
constexpr qsizetype AttributesLength = 64 * 1024; // the JSON of one response's segment attributes

// Persona photos: the bytes stored (Waymark stores at most 256 px JPEG, a few tens of KiB),
// and the pixels a stored picture may claim before it is decoded.
constexpr qsizetype PhotoBytes = 512 * 1024;
constexpr int PhotoSide = 4096;

// Labelled versions (MapSnapshot): the bytes a stored, compressed snapshot may have, and the
// bytes it may claim to inflate to (checked before it is inflated). A 5,000-card map's
// snapshot is a few hundred KiB; these leave room for maps far larger than any real one.
constexpr qsizetype SnapshotBytes = 64 * 1024 * 1024;
constexpr qsizetype SnapshotJsonBytes = 256 * 1024 * 1024;

// Characters of a text handed to a renderer: a card face, a header or a report cell never
// shows more, and laying out a megabyte to show two lines is what made exports crawl.
constexpr qsizetype DisplayLength = 4096;

// The limit of a field: its own maxLength, or its type's.
qsizetype lengthLimit(const FieldSpec &spec);

// What bound() did to a value.
struct Verdict {
    bool useDefault = false; // leave the field at its default (the value was unusable)
    QString problem;         // for a warning: empty when the value was fine as it was
};

// Brings a value read from a file within its field's bounds.
Verdict bound(const FieldSpec &spec, QVariant &value);

// Brings a number within min..max; `fallback` when it is not a finite number.
double clamped(const QVariant &value, double min, double max, double fallback, bool *changed = nullptr);

// What a renderer is handed: at most `maxLength` characters of `text` (never half a surrogate
// pair), with "…" when cut, without the control characters nothing draws and XML cannot hold.
QString forDisplay(const QString &text, qsizetype maxLength = DisplayLength);

// Cuts text at `maxLength` characters, never between the halves of a surrogate pair.
QString cut(const QString &text, qsizetype maxLength);

} // namespace ValueBounds

} // namespace Waymark
