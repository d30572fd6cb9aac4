#include "formatregistry.h"
#include "jsonmapformat.h"
#include "mermaid/mermaidmapformat.h"

namespace Waymark {

// One line per format, in the order the Export dialog and --help list them.
void registerCoreFormats(FormatRegistry &registry)
{
    registry.add(std::make_unique<JsonMapFormat>());
    registry.add(std::make_unique<MermaidMapFormat>());
}

} // namespace Waymark
