#pragma once

#include "model/mapdata.h"

#include <QJsonArray>
#include <QStringList>
#include <QVariant>

namespace Waymark {

// What changed between two states of a map (a snapshot and now): stages, lanes, cards,
// personas, business periods, emotion points and links added, removed and changed, matched
// by id, and for changed elements each field old -> new. A stage, lane or persona is "moved"
// only when its order among the elements both states have changed, so that adding a stage
// does not list every stage after it.
namespace MapDiff {

struct FieldChange {
    QString key;   // the field's JSON key, "stage"/"lane"/"personas"/"position" for a card's place
    QString label; // for users
    QVariant before;
    QVariant after;
};

struct Change {
    enum class Kind { Added, Removed, Changed };
    QString element; // "map", "stage", "lane", "card", "persona", "business", "emotion", "link"
    Kind kind = Kind::Changed;
    Id id = 0;      // the map: 0; an emotion point: its persona; a link: its opportunity
    Id otherId = 0; // an emotion point: its stage; a link: its pain point
    QString name;   // how users know it: a title, a name, "Ana at Checkout"
    QList<FieldChange> fields;
};

QList<Change> compare(const MapData &before, const MapData &after);

// {"element", "change": "added|removed|changed", "id", ["stage"|"pain_point"], "name",
//  "fields": [{"field", "old", "new"}]}; a photo's value is its size in bytes.
QJsonArray toJson(const QList<Change> &changes);
// One line per change: "card 12 "Pay at till": title "Pay" -> "Pay at till"".
QStringList toText(const QList<Change> &changes);

// The cards a change is about (added or changed; removed ones are gone), for the editor.
QList<Id> changedCards(const QList<Change> &changes);

} // namespace MapDiff

} // namespace Waymark
