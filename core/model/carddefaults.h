#pragma once

#include "card.h"
#include "lane.h"

#include <optional>

namespace Waymark {

// A new card as a lane expects it: the lane's kind of card (unless `kind` says another), assumed until evidence says
// otherwise (an opportunity is proposed), a touchpoint on the web. The canvas's "+" and the
// presentation's capture make cards alike.
Card newCardIn(const Lane &lane, Id stage, int position, std::optional<CardKind> kind = std::nullopt);

} // namespace Waymark
