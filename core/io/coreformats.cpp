#include "formatregistry.h"
#include "blueprint/blueprintmapformat.h"
#include "csv/cardsmapformat.h"
#include "jsonmapformat.h"
#include "mermaid/mermaidmapformat.h"

namespace Waymark {

// One line per format, in the order the Export dialog and --help list them.
void registerCoreFormats(FormatRegistry &registry)
{
    registry.add(std::make_unique<JsonMapFormat>());
    registry.add(std::make_unique<MermaidMapFormat>());
    registry.add(std::make_unique<CardsMapFormat>());
    registry.add(std::make_unique<BlueprintMapFormat>());
}

} // namespace Waymark
