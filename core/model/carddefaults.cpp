#include "carddefaults.h"

namespace Waymark {

Card newCardIn(const Lane &lane, Id stage, int position, std::optional<CardKind> kind)
{
    Card card;
    card.stage = stage;
    card.lane = lane.id;
    card.position = position;
    card.kind = kind.value_or(defaultCardKind(lane.kind));
    card.evidence = card.kind == CardKind::Opportunity ? Evidence::Proposed : Evidence::Assumed;
    if (card.kind == CardKind::Touchpoint && lane.kind == LaneKind::Touchpoints)
        card.channel = Channel::Web;
    return card;
}

} // namespace Waymark
