#pragma once

namespace Waymark {

// Adds the formats that draw (PNG, SVG, PDF, PPTX) to the FormatRegistry, after the core's own.
// Called once from main() (and by tests of the UI), never as a side effect of a constructor.
void registerUiFormats();

} // namespace Waymark
