#pragma once

#include "slidepicture.h"

#include <QByteArray>
#include <QString>

namespace Waymark {

namespace SlideNotes {
struct Notes;
}

// One slide of a laid-out deck as PresentationML: every text an editable text box (the title
// in the title placeholder, so that outlines and screen readers find it), every box a shape,
// each card's box and texts one group, the emotion curves vector paths, and the overview's
// map a picture (`mapImage` is its relationship id; empty when there is none).
namespace PptxSlide {

QByteArray slide(const SlidePicture &picture, const QString &name, const QString &fontFamily, const QString &mapImage,
                 const QString &mapDescription);
QByteArray notes(const SlideNotes::Notes &notes, const QString &fontFamily);
// "1500": a size in slide units as hundredths of a point.
QString pointSize(double units);

} // namespace PptxSlide

} // namespace Waymark
