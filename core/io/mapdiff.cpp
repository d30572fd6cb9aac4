#include "mapdiff.h"

#include "messagetext.h"
#include "model/fields.h"
#include "io/translate.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QSet>

using namespace Qt::StringLiterals;

namespace Waymark::MapDiff {

namespace {

template<typename T>
QHash<Id, const T *> byId(const QList<T> &items)
{
    QHash<Id, const T *> index;
    for (const T &item : items)
        index.insert(item.id, &item);
    return index;
}

template<typename T>
QList<FieldChange> fieldChanges(const T &before, const T &after)
{
    QList<FieldChange> changes;
    for (const auto &access : EntityTraits<T>::fields()) {
        const QVariant a = access.get(before);
        const QVariant b = access.get(after);
        if (a != b)
            changes.append({QString::fromLatin1(access.spec.key), tr(access.spec.label), a, b});
    }
    return changes;
}

// The elements both lists hold whose order among themselves changed: by their index among them.
template<typename T>
QHash<Id, std::pair<int, int>> moved(const QList<T> &before, const QList<T> &after)
{
    QSet<Id> common;
    const QHash<Id, const T *> afterIds = byId(after);
    for (const T &item : before) {
        if (afterIds.contains(item.id))
            common.insert(item.id);
    }
    QHash<Id, int> oldPlace;
    int place = 0;
    for (const T &item : before) {
        if (common.contains(item.id))
            oldPlace.insert(item.id, place++);
    }
    QHash<Id, std::pair<int, int>> result;
    place = 0;
    for (const T &item : after) {
        if (!common.contains(item.id))
            continue;
        if (oldPlace.value(item.id) != place)
            result.insert(item.id, {oldPlace.value(item.id), place});
        ++place;
    }
    return result;
}

template<typename T>
void compareList(const QString &element, const QList<T> &before, const QList<T> &after, QString (*nameOf)(const T &),
                 QList<Change> &changes)
{
    const QHash<Id, const T *> old = byId(before);
    const QHash<Id, const T *> now = byId(after);
    const QHash<Id, std::pair<int, int>> places = moved(before, after);
    for (const T &item : after) {
        const T *was = old.value(item.id);
        if (!was) {
            changes.append({element, Change::Kind::Added, item.id, 0, nameOf(item), {}});
            continue;
        }
        QList<FieldChange> fields = fieldChanges(*was, item);
        if (places.contains(item.id)) {
            const auto [from, to] = places.value(item.id);
            fields.append({u"position"_s, tr("Position"), from, to});
        }
        if (!fields.isEmpty())
            changes.append({element, Change::Kind::Changed, item.id, 0, nameOf(item), fields});
    }
    for (const T &item : before) {
        if (!now.contains(item.id))
            changes.append({element, Change::Kind::Removed, item.id, 0, nameOf(item), {}});
    }
}

QString stageName(const Stage &s) { return s.name; }
QString laneName(const Lane &l) { return l.name; }
QString personaName(const Persona &p) { return p.name; }
QString periodName(const BusinessPeriod &p) { return p.period; }

template<typename T>
QString nameIn(const QList<T> &items, Id id, QString (*nameOf)(const T &))
{
    for (const T &item : items) {
        if (item.id == id)
            return nameOf(item);
    }
    return {};
}

QString personaNames(const MapData &data, const QList<Id> &ids)
{
    QStringList names;
    for (const Id id : ids)
        names.append(nameIn(data.personas, id, personaName));
    return names.join(u", "_s);
}

void compareCards(const MapData &before, const MapData &after, QList<Change> &changes)
{
    const QHash<Id, const Card *> old = byId(before.cards);
    const QHash<Id, const Card *> now = byId(after.cards);
    for (const Card &card : after.cards) {
        const Card *was = old.value(card.id);
        if (!was) {
            changes.append({u"card"_s, Change::Kind::Added, card.id, 0, card.title, {}});
            continue;
        }
        QList<FieldChange> fields = fieldChanges(*was, card);
        if (was->stage != card.stage)
            fields.append({u"stage"_s, tr("Stage"), nameIn(before.stages, was->stage, stageName),
                           nameIn(after.stages, card.stage, stageName)});
        if (was->lane != card.lane)
            fields.append({u"lane"_s, tr("Lane"), nameIn(before.lanes, was->lane, laneName),
                           nameIn(after.lanes, card.lane, laneName)});
        if (was->personas != card.personas)
            fields.append({u"personas"_s, tr("Personas"), personaNames(before, was->personas), personaNames(after, card.personas)});
        if (!fields.isEmpty())
            changes.append({u"card"_s, Change::Kind::Changed, card.id, 0, card.title, fields});
    }
    for (const Card &card : before.cards) {
        if (!now.contains(card.id))
            changes.append({u"card"_s, Change::Kind::Removed, card.id, 0, card.title, {}});
    }
}

void compareEmotions(const MapData &before, const MapData &after, QList<Change> &changes)
{
    const auto key = [](const EmotionPoint &p) { return std::pair(p.persona, p.stage); };
    QHash<std::pair<Id, Id>, const EmotionPoint *> old;
    for (const EmotionPoint &point : before.emotionPoints)
        old.insert(key(point), &point);
    QSet<std::pair<Id, Id>> seen;
    const auto nameOf = [](const MapData &data, const EmotionPoint &p) -> QString {
        return tr("%1 at %2").arg(nameIn(data.personas, p.persona, personaName), nameIn(data.stages, p.stage, stageName));
    };
    for (const EmotionPoint &point : after.emotionPoints) {
        seen.insert(key(point));
        const EmotionPoint *was = old.value(key(point));
        if (!was) {
            changes.append({u"emotion"_s, Change::Kind::Added, point.persona, point.stage, nameOf(after, point), {}});
            continue;
        }
        QList<FieldChange> fields;
        if (was->score != point.score)
            fields.append({u"score"_s, tr("Score"), was->score, point.score});
        if (was->note != point.note)
            fields.append({u"note"_s, tr("Note"), was->note, point.note});
        if (!fields.isEmpty())
            changes.append({u"emotion"_s, Change::Kind::Changed, point.persona, point.stage, nameOf(after, point), fields});
    }
    for (const EmotionPoint &point : before.emotionPoints) {
        if (!seen.contains(key(point)))
            changes.append({u"emotion"_s, Change::Kind::Removed, point.persona, point.stage, nameOf(before, point), {}});
    }
}

void compareLinks(const MapData &before, const MapData &after, QList<Change> &changes)
{
    const auto titleOf = [](const MapData &data, Id id) -> QString {
        for (const Card &card : data.cards) {
            if (card.id == id)
                return card.title;
        }
        return {};
    };
    const auto nameOf = [&titleOf](const MapData &data, const CardLink &link) -> QString {
        return tr("%1 addresses %2").arg(titleOf(data, link.opportunity), titleOf(data, link.painPoint));
    };
    const QSet<std::pair<Id, Id>> old = [&before] {
        QSet<std::pair<Id, Id>> set;
        for (const CardLink &link : before.links)
            set.insert({link.opportunity, link.painPoint});
        return set;
    }();
    QSet<std::pair<Id, Id>> now;
    for (const CardLink &link : after.links) {
        now.insert({link.opportunity, link.painPoint});
        if (!old.contains({link.opportunity, link.painPoint}))
            changes.append({u"link"_s, Change::Kind::Added, link.opportunity, link.painPoint, nameOf(after, link), {}});
    }
    for (const CardLink &link : before.links) {
        if (!now.contains({link.opportunity, link.painPoint}))
            changes.append({u"link"_s, Change::Kind::Removed, link.opportunity, link.painPoint, nameOf(before, link), {}});
    }
}

QString kindKey(Change::Kind kind)
{
    switch (kind) {
    case Change::Kind::Added: return u"added"_s;
    case Change::Kind::Removed: return u"removed"_s;
    case Change::Kind::Changed: return u"changed"_s;
    }
    Q_UNREACHABLE();
}

QJsonValue jsonValue(const QVariant &value)
{
    if (value.metaType().id() == QMetaType::QByteArray)
        return qint64(value.toByteArray().size());
    return QJsonValue::fromVariant(value);
}

QString shown(const QVariant &value)
{
    if (value.metaType().id() == QMetaType::QByteArray)
        return QCoreApplication::translate("Waymark", "%n bytes", nullptr, int(value.toByteArray().size()));
    if (value.isNull())
        return tr("none");
    if (value.metaType().id() == QMetaType::QString)
        return MessageText::quoted(value.toString());
    return value.toString();
}

} // namespace

QList<Change> compare(const MapData &before, const MapData &after)
{
    QList<Change> changes;
    const QList<FieldChange> info = fieldChanges(before.info, after.info);
    if (!info.isEmpty())
        changes.append({u"map"_s, Change::Kind::Changed, 0, 0, after.info.title, info});
    compareList(u"stage"_s, before.stages, after.stages, stageName, changes);
    compareList(u"lane"_s, before.lanes, after.lanes, laneName, changes);
    compareCards(before, after, changes);
    compareList(u"persona"_s, before.personas, after.personas, personaName, changes);
    compareEmotions(before, after, changes);
    compareList(u"business"_s, before.businessPeriods, after.businessPeriods, periodName, changes);
    compareLinks(before, after, changes);
    return changes;
}

QJsonArray toJson(const QList<Change> &changes)
{
    QJsonArray array;
    for (const Change &change : changes) {
        QJsonObject object{{u"element"_s, change.element}, {u"change"_s, kindKey(change.kind)}, {u"name"_s, change.name}};
        if (change.element != u"map"_s)
            object.insert(u"id"_s, change.id);
        if (change.element == u"emotion"_s)
            object.insert(u"stage"_s, change.otherId);
        if (change.element == u"link"_s)
            object.insert(u"pain_point"_s, change.otherId);
        QJsonArray fields;
        for (const FieldChange &field : change.fields)
            fields.append(QJsonObject{{u"field"_s, field.key}, {u"old"_s, jsonValue(field.before)}, {u"new"_s, jsonValue(field.after)}});
        if (change.kind == Change::Kind::Changed)
            object.insert(u"fields"_s, fields);
        array.append(object);
    }
    return array;
}

QStringList toText(const QList<Change> &changes)
{
    QStringList lines;
    for (const Change &change : changes) {
        QString subject = change.element == u"map"_s ? tr("map") : u"%1 %2"_s.arg(change.element, QString::number(change.id));
        if (change.element == u"emotion"_s || change.element == u"link"_s)
            subject = change.element;
        subject += u' ' + MessageText::quoted(change.name);
        switch (change.kind) {
        case Change::Kind::Added:
            lines.append(tr("added %1").arg(subject));
            break;
        case Change::Kind::Removed:
            lines.append(tr("removed %1").arg(subject));
            break;
        case Change::Kind::Changed: {
            QStringList fields;
            for (const FieldChange &field : change.fields)
                fields.append(tr("%1 %2 \u2192 %3").arg(field.key, shown(field.before), shown(field.after)));
            lines.append(tr("changed %1: %2").arg(subject, fields.join(u"; "_s)));
            break;
        }
        }
    }
    return lines;
}

QList<Id> changedCards(const QList<Change> &changes)
{
    QList<Id> cards;
    for (const Change &change : changes) {
        if (change.element == u"card"_s && change.kind != Change::Kind::Removed)
            cards.append(change.id);
    }
    return cards;
}

} // namespace Waymark::MapDiff
