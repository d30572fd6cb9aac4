#pragma once

#include <QRectF>

class QPainter;

namespace Waymark {

struct CanvasTheme;

// The speech bubble a card shows in its bottom right corner while it has open comment threads,
// with their number. On screen only: exports and slides show the map, not the conversation.
namespace CommentMarker {

QRectF rect(const QRectF &card);
void paint(QPainter *painter, const QRectF &card, int openThreads, const CanvasTheme &theme);

} // namespace CommentMarker

} // namespace Waymark
