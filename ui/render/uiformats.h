#pragma once

namespace Waymark {

// Adds the formats that draw (PNG, SVG, PDF, PPTX) to the FormatRegistry; the core knows only JSON.
void registerUiFormats();

} // namespace Waymark
