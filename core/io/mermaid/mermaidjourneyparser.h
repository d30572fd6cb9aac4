#pragma once

#include "mermaidjourney.h"

namespace Waymark {

// Reads a mermaid `journey` diagram as mermaid does: its preparation of the text (line breaks,
// front matter, %%{…}%% directives, whole-line %% comments, entity codes), then the lexer and
// grammar of journey.jison, then journeyDb's reading of each task (`Task: 5: Alice, Bob`).
// Throws FormatError "SOURCE:LINE:COLUMN: problem" at the first thing mermaid would refuse,
// and at what it would misread: a score that is not a whole number from 1 to 5, an
// accDescr { without its }.
namespace MermaidJourneyParser {

MermaidJourney parse(const QString &text, const QString &source);

} // namespace MermaidJourneyParser

} // namespace Waymark
