#pragma once

#include "businessperiod.h"
#include "card.h"
#include "cardlink.h"
#include "comment.h"
#include "emotionpoint.h"
#include "lane.h"
#include "mapinfo.h"
#include "persona.h"
#include "stage.h"

#include <QList>

namespace Waymark {

// A whole journey map but its survey responses, as plain values: what the store loads,
// what the JSON interchange and the templates read and write.
// Lists are in document order: stages and lanes by position, cards by stage, lane and
// position, emotion points by persona and stage order, links by the document order of their
// opportunity, then of their pain point.
struct MapData {
    MapInfo info;
    QList<Stage> stages;
    QList<Lane> lanes;
    QList<Card> cards;
    QList<Persona> personas;
    QList<EmotionPoint> emotionPoints;
    QList<BusinessPeriod> businessPeriods;
    QList<CardLink> links;
    // Threads and their replies, in id order (a reply after its thread).
    QList<Comment> comments;

    bool operator==(const MapData &) const = default;
};

} // namespace Waymark
