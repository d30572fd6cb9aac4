#pragma once

#include "io/exportoptions.h"

#include <QString>

namespace Waymark {

class Document;

// `waymark export FILE -o slides.pdf --slides`: the deck as 16:9 PDF pages, one per slide,
// drawn by the same layout as the screen and the PPTX. Vector throughout; text stays text.
namespace SlidePdf {

void write(Document &document, const QString &path, const ExportOptions &options);

} // namespace SlidePdf

} // namespace Waymark
