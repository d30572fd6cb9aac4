#pragma once

#include "model/card.h"

#include <QList>

class QMimeData;

namespace Waymark {

// Cards on the clipboard: a MIME type of our own with the cards' fields as JSON, so that a
// paste into this map or another window's map keeps everything, plus plain text (a title per
// line) for other programs. Plain text from other programs pastes as one card per line.
namespace CardClipboard {

inline constexpr char MimeType[] = "application/x-waymark-cards+json";

QMimeData *mimeData(const QList<Card> &cards);
bool canPaste(const QMimeData *mime);
// The cards on the clipboard, without their place; `defaultKind` for plain text lines.
QList<Card> cards(const QMimeData *mime, CardKind defaultKind);

} // namespace CardClipboard

} // namespace Waymark
