#pragma once

#include "model/card.h"

#include <QList>

class QMimeData;

namespace Waymark {

// Cards on the clipboard: a MIME type of our own with the cards' fields as JSON, so that a
// paste into this map or another window's map keeps everything, plus plain text (a title per
// line) for other programs. Plain text from other programs pastes as one card per line.
// Persona tags are ids that mean something only in the map they came from: they travel in a
// format of their own with that map's path, and come back only on a paste into that map.
namespace CardClipboard {

inline constexpr char MimeType[] = "application/x-waymark-cards+json";
inline constexpr char TagsMimeType[] = "application/x-waymark-card-personas+json";

// `map` names the map the cards are copied from (its file's path).
QMimeData *mimeData(const QList<Card> &cards, const QString &map);
bool canPaste(const QMimeData *mime);
// The cards on the clipboard, without their place; `defaultKind` for plain text lines. They
// keep their persona tags only when pasted into `map`, the one they were copied from.
QList<Card> cards(const QMimeData *mime, CardKind defaultKind, const QString &map);

} // namespace CardClipboard

} // namespace Waymark
