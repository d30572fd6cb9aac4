#include "uiformats.h"

#include "io/formatregistry.h"
#include "pdfmapformat.h"
#include "pngmapformat.h"
#include "slides/pptxmapformat.h"
#include "svgmapformat.h"

namespace Waymark {

// One line per format, in the order the Export dialog and --help list them.
void registerUiFormats()
{
    FormatRegistry &registry = FormatRegistry::instance();
    registry.add(std::make_unique<PngMapFormat>());
    registry.add(std::make_unique<SvgMapFormat>());
    registry.add(std::make_unique<PdfMapFormat>());
    registry.add(std::make_unique<PptxMapFormat>());
}

} // namespace Waymark
