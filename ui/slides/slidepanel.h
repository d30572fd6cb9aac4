#pragma once

#include "model/ids.h"

#include <QRectF>

namespace Waymark {

class Document;
struct SlideFigures;
struct SlidePicture;

// The side of a slide read from the back of the room. A stage's: its survey figures large
// against the stage's targets, how each persona feels there, and the emotion curve of the
// whole journey with the stage marked. The overview's: the map's title, stages and personas.
namespace SlidePanel {

void addStage(SlidePicture &picture, const Document &document, const SlideFigures &figures, Id stage, const QRectF &panel);
void addOverview(SlidePicture &picture, const Document &document, const SlideFigures &figures, const QRectF &panel);

} // namespace SlidePanel

} // namespace Waymark
