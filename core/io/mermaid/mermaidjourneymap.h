#pragma once

#include "mermaidjourney.h"
#include "model/mapdata.h"

namespace Waymark {

// Between a mermaid journey and a map (docs/formats/mermaid.md): sections are stages, tasks
// cards of a customer-actions lane in order, actors personas, the title the map's title,
// accTitle and accDescr its description. A task's score stays on its card; each persona's
// emotion at a stage is the mean score of its tasks there, mapped by (s − 3) × 2.5 onto −5…+5.
namespace MermaidJourneyMap {

MapData toMap(const MermaidJourney &journey);

// The journey of a map: the cards of `lanes` (empty: defaultLanes()) become the tasks of their
// stage's section, lane by lane. A card keeps its own score; one without takes its stage's
// emotion, averaged over the card's personas (all personas when it names none), rounded back
// onto 1–5 by s = 3 + e ÷ 2.5; 3 where nobody's emotion is known.
QString write(const MapData &data, const QList<Id> &lanes = {});

// The customer-actions lanes; failing those the touchpoint lanes; failing those every lane
// but the emotion curves.
QList<Id> defaultLanes(const MapData &data);

// The score a card is written with, as write() finds it.
int scoreOf(const MapData &data, const Card &card);

} // namespace MermaidJourneyMap

} // namespace Waymark
