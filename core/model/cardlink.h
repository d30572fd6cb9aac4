#pragma once

#include "ids.h"

namespace Waymark {

// An opportunity that addresses a pain point. Links are many-to-many: an idea may ease
// several pains, and a pain may have several ideas. A link is kept when either card changes
// its kind, as every field of a card is, so that changing the kind back loses nothing; only
// deleting one of the cards deletes it.
struct CardLink {
    Id opportunity = 0;
    Id painPoint = 0;

    bool operator==(const CardLink &) const = default;
};

} // namespace Waymark
