#pragma once

#include "model/mapdata.h"

#include <QImage>

namespace Waymark {

// A picture of a whole map, drawn by the canvas's own scene: template previews and the like.
namespace MapThumbnail {

// `width` in pixels; the height follows the map's proportions (at most `maxHeight`).
QImage render(const MapData &data, int width, int maxHeight, qreal devicePixelRatio = 1);

} // namespace MapThumbnail

} // namespace Waymark
