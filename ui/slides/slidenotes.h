#pragma once

#include <QString>
#include <QStringList>

namespace Waymark {

class Document;
class SlideDeck;
struct SlideFigures;

// What the facilitator reads and the room does not see: the PPTX's speaker notes and the
// presenter console's notes. For a stage: its description, the survey n behind its figures,
// and how sure the map is of each card on the slide (observed, assumed, proposed).
namespace SlideNotes {

struct Notes {
    QString heading;      // "Stage 2 of 7 · Store visit, 1 of 2"
    QString description;  // the stage's (or the map's) description
    QString survey;       // "Survey: n = 73 (NPS n = 70, CSAT n = 68)" or that there is none
    QStringList evidence; // "Observed — Greeter with tablet queue (Touchpoints)"
    QString filter;       // the view filter, when one is on

    QString text() const; // all of it, a paragraph per part
};

Notes of(const Document &document, const SlideDeck &deck, int index, const SlideFigures &figures);

} // namespace SlideNotes

} // namespace Waymark
