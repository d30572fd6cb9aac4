#pragma once

#include "slidepicture.h"

#include <QRectF>

#include <functional>

class QPainter;

namespace Waymark {

// Draws a laid-out slide with a QPainter: on the screen, in the presenter console's previews
// and on PDF pages. Texts are drawn line by line as the layout broke them, so every device
// shows the same lines.
namespace SlidePainter {

// Draws the map of the overview into a rectangle (in the painter's coordinates).
using MapPainter = std::function<void(QPainter *painter, const QRectF &rect)>;

// Paints `picture` scaled into `target` (its proportions kept: the layout was made for them).
void paint(QPainter *painter, const SlidePicture &picture, const QRectF &target, const MapPainter &map = {});

// The transformation from slide units into `target`.
QTransform transform(const SlidePicture &picture, const QRectF &target);

} // namespace SlidePainter

} // namespace Waymark
