#pragma once

#include "blueprintproject.h"
#include "model/mapdata.h"

namespace Waymark {

// A service blueprint as a journey map (docs/formats/blueprint-signal.md): stages in their
// order; the actions of each layer (evidence, customer, frontstage, backstage, support) in a
// lane of their own; basis as evidence status; failure points as pain points at their
// action's stage; improvements as opportunities addressing them, with owner and status; the
// sources, owners, times, evidence notes and handoffs in the cards' notes.
namespace BlueprintMap {

MapData toMap(const BlueprintProject &project);

} // namespace BlueprintMap

} // namespace Waymark
