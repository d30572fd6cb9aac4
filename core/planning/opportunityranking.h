#pragma once

#include "model/ids.h"

#include <QHash>
#include <QList>
#include <QString>

namespace Waymark {

class Document;
struct Card;

// How opportunities are prioritised, in one place for the roadmap dock, the PDF report and the
// roadmap CSV: value for the work (impact ÷ effort, both 1–5), and the four quadrants of the
// effort × impact matrix, where the middle of each scale (3) counts as low.
namespace OpportunityRanking {

enum class Quadrant { QuickWin, BigBet, FillIn, MoneyPit };

// impact ÷ effort: 0.2 (impact 1, effort 5) to 5 (impact 5, effort 1).
double score(const Card &card);
Quadrant quadrantOf(const Card &card);

// The map's opportunities, highest score first; ties go to the higher impact, then to
// document order (stage by stage, lane by lane).
QList<Id> ranked(const Document &document);

// Each opportunity's number: its place among the opportunities in map order (stage by stage,
// lane by lane), from 1. Weighing an opportunity does not change it, so the matrix's dots keep
// their labels however they are dragged.
QHash<Id, int> numbers(const Document &document);

// "quick win"... for sentences; "Quick wins"... for headings; "quick-win"... where a word
// without spaces is needed (board labels).
QString quadrantName(Quadrant quadrant);
QString quadrantHeading(Quadrant quadrant);
QString quadrantHint(Quadrant quadrant); // "low effort, high impact"
QString quadrantKey(Quadrant quadrant);

} // namespace OpportunityRanking

} // namespace Waymark
