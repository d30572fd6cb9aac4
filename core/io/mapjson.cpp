#include "mapjson.h"

#include "formaterror.h"
#include "model/defaultcolors.h"
#include "model/fields.h"
#include "model/valuebounds.h"
#include "io/translate.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Waymark::MapJson {

namespace {

[[noreturn]] void fail(const QString &where, const QString &problem)
{
    throw FormatError(where.isEmpty() ? problem : where + u": "_s + problem);
}

// "cards[3]" + "stage" -> "cards[3].stage"; at the top level just "stage".
QString member(const QString &where, const QString &key)
{
    return where.isEmpty() ? key : where + u'.' + key;
}

template<typename T>
void writeFields(QJsonObject &object, const T &entity, Detail detail = Detail::Interchange)
{
    for (const auto &access : EntityTraits<T>::fields()) {
        if (detail == Detail::Interchange && access.applies && !access.applies(entity))
            continue;
        const QString key = QString::fromLatin1(access.spec.key);
        const QVariant value = access.get(entity);
        switch (access.spec.type) {
        case FieldType::Text:
        case FieldType::Key:
        case FieldType::Color:
            object.insert(key, value.toString());
            break;
        case FieldType::Integer:
            if (value.isNull())
                object.insert(key, QJsonValue::Null);
            else
                object.insert(key, value.toLongLong());
            break;
        case FieldType::Real:
            if (value.isNull())
                object.insert(key, QJsonValue::Null);
            else
                object.insert(key, value.toDouble());
            break;
        case FieldType::Blob:
            if (!value.toByteArray().isEmpty())
                object.insert(key, QString::fromLatin1(value.toByteArray().toBase64()));
            break;
        }
    }
}

// Reads the entity's fields that the object has; every other key must be in `extra`.
template<typename T>
T readFields(const QJsonObject &object, const QString &where, const QStringList &extra = {})
{
    T entity;
    QSet<QString> known(extra.begin(), extra.end());
    for (const auto &access : EntityTraits<T>::fields()) {
        const QString key = QString::fromLatin1(access.spec.key);
        known.insert(key);
        const auto it = object.constFind(key);
        if (it == object.constEnd())
            continue;
        QVariant value;
        if (access.spec.type == FieldType::Blob) {
            if (!it->isString())
                fail(member(where, key), tr("expected base64 text"));
            const auto decoded = QByteArray::fromBase64Encoding(it->toString().toLatin1(),
                                                                QByteArray::AbortOnBase64DecodingErrors);
            if (!decoded)
                fail(member(where, key), tr("not valid base64"));
            value = *decoded;
        } else {
            value = it->isNull() ? QVariant() : it->toVariant();
        }
        const QString problem = normalizeValue(access.spec, value);
        if (!problem.isEmpty())
            fail(member(where, key), problem);
        access.set(entity, value);
    }
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (!known.contains(it.key()))
            fail(where, tr("unknown key \"%1\"").arg(it.key()));
    }
    return entity;
}

QJsonArray arrayAt(const QJsonObject &object, const QString &key)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return {};
    if (!value.isArray())
        fail(key, tr("expected a list"));
    return value.toArray();
}

QJsonObject objectAt(const QJsonArray &array, qsizetype i, const QString &where)
{
    if (!array.at(i).isObject())
        fail(where, tr("expected an object"));
    return array.at(i).toObject();
}

int indexAt(const QJsonObject &object, const QString &key, qsizetype count, const QString &where, const char *what)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined())
        fail(where, tr("missing \"%1\"").arg(key));
    const double d = value.toDouble(-1);
    if (!value.isDouble() || d != std::floor(d))
        fail(member(where, key), tr("expected a 0-based index"));
    if (d < 0 || d >= double(count))
        fail(member(where, key), tr("index %1 is out of range (the map has %2 %3)")
                                     .arg(QString::number(qint64(d)), QString::number(count), tr(what)));
    return int(d);
}

template<typename T>
QHash<Id, int> indexById(const QList<T> &list)
{
    QHash<Id, int> index;
    for (int i = 0; i < list.size(); ++i)
        index.insert(list.at(i).id, i);
    return index;
}

// `idOfListed`: the id of each card by its index in the file's list of cards. The result is
// in document order, which the ids follow.
QList<CardLink> readLinks(const QJsonArray &array, const QList<Id> &idOfListed)
{
    QList<CardLink> links;
    QSet<std::pair<Id, Id>> seen;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString where = u"links[%1]"_s.arg(i);
        const QJsonObject object = objectAt(array, i, where);
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            if (it.key() != u"opportunity"_s && it.key() != u"pain_point"_s)
                fail(where, tr("unknown key \"%1\"").arg(it.key()));
        }
        const qsizetype count = idOfListed.size();
        const int opportunity = indexAt(object, u"opportunity"_s, count, where, QT_TRANSLATE_NOOP("Waymark", "cards"));
        const int painPoint = indexAt(object, u"pain_point"_s, count, where, QT_TRANSLATE_NOOP("Waymark", "cards"));
        if (opportunity == painPoint)
            fail(where, tr("card %1 cannot address itself").arg(opportunity));
        const CardLink link{idOfListed.at(opportunity), idOfListed.at(painPoint)};
        if (seen.contains({link.opportunity, link.painPoint}))
            fail(where, tr("card %1 is linked to card %2 already").arg(QString::number(opportunity), QString::number(painPoint)));
        seen.insert({link.opportunity, link.painPoint});
        links.append(link);
    }
    std::sort(links.begin(), links.end(), [](const CardLink &a, const CardLink &b) {
        return std::pair(a.opportunity, a.painPoint) < std::pair(b.opportunity, b.painPoint);
    });
    return links;
}

// Comments name their card or stage by index, and a reply its thread by its index in the
// list; a comment whose card is not in the map (deleted, its thread kept for undo) is left
// out with its replies.
QJsonArray writeComments(const MapData &data)
{
    const QHash<Id, int> stageIndex = indexById(data.stages);
    const QHash<Id, int> cardIndex = indexById(data.cards);
    QHash<Id, int> listed;
    QJsonArray array;
    for (const Comment &comment : data.comments) {
        QJsonObject object{{u"on"_s, CommentText::targetKey(comment.target)}};
        if (comment.target != Comment::Target::Map) {
            const QHash<Id, int> &index = comment.target == Comment::Target::Card ? cardIndex : stageIndex;
            const auto it = index.constFind(comment.targetId);
            if (it == index.constEnd())
                continue;
            object.insert(CommentText::targetKey(comment.target), *it);
        }
        if (comment.parent) {
            const auto thread = listed.constFind(comment.parent);
            if (thread == listed.constEnd())
                continue;
            object.insert(u"reply_to"_s, *thread);
        }
        object.insert(u"author"_s, comment.author);
        object.insert(u"created_at"_s, comment.createdAt);
        object.insert(u"text"_s, comment.text);
        object.insert(u"resolved"_s, comment.resolved);
        listed.insert(comment.id, int(array.size()));
        array.append(object);
    }
    return array;
}

QString textAt(const QJsonObject &object, const QString &key, qsizetype limit, const QString &where)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined())
        return {};
    if (!value.isString())
        fail(member(where, key), tr("expected text"));
    if (value.toString().size() > limit)
        fail(member(where, key), tr("is longer than %1 characters").arg(limit));
    return value.toString();
}

// Ids numbered from 1 in the list's order; `idOfListed` as for readLinks.
QList<Comment> readComments(const QJsonArray &array, const MapData &data, const QList<Id> &idOfListed)
{
    static const QStringList keys{u"on"_s, u"card"_s, u"stage"_s, u"reply_to"_s, u"author"_s, u"created_at"_s, u"text"_s, u"resolved"_s};
    QList<Comment> comments;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString where = u"comments[%1]"_s.arg(i);
        const QJsonObject object = objectAt(array, i, where);
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            if (!keys.contains(it.key()))
                fail(where, tr("unknown key \"%1\"").arg(it.key()));
        }
        Comment comment;
        comment.id = Id(i + 1);
        const std::optional<Comment::Target> target = CommentText::targetFromKey(object.value(u"on"_s).toString(u"map"_s));
        if (!target)
            fail(member(where, u"on"_s), tr("expected \"map\", \"stage\" or \"card\""));
        comment.target = *target;
        if (comment.target == Comment::Target::Card)
            comment.targetId = idOfListed.at(indexAt(object, u"card"_s, idOfListed.size(), where, QT_TRANSLATE_NOOP("Waymark", "cards")));
        else if (comment.target == Comment::Target::Stage)
            comment.targetId = indexAt(object, u"stage"_s, data.stages.size(), where, QT_TRANSLATE_NOOP("Waymark", "stages")) + 1;
        if (object.contains(u"reply_to"_s)) {
            const int thread = indexAt(object, u"reply_to"_s, comments.size(), where, QT_TRANSLATE_NOOP("Waymark", "comments before it"));
            if (comments.at(thread).parent)
                fail(member(where, u"reply_to"_s), tr("comment %1 is a reply; a reply answers a thread").arg(thread));
            comment.parent = comments.at(thread).id;
            comment.target = comments.at(thread).target;
            comment.targetId = comments.at(thread).targetId;
        }
        comment.author = textAt(object, u"author"_s, ValueBounds::LineLength, where);
        comment.createdAt = textAt(object, u"created_at"_s, ValueBounds::TimestampLength, where);
        comment.text = textAt(object, u"text"_s, ValueBounds::ParagraphLength, where);
        const QJsonValue resolved = object.value(u"resolved"_s);
        if (!resolved.isUndefined() && !resolved.isBool())
            fail(member(where, u"resolved"_s), tr("expected true or false"));
        comment.resolved = resolved.toBool();
        comments.append(comment);
    }
    return comments;
}

} // namespace

QJsonObject toJson(const MapData &data, Detail detail)
{
    QJsonObject json;
    json.insert(u"format"_s, u"waymark-map"_s);
    json.insert(u"version"_s, Version);
    writeFields(json, data.info, detail);

    const auto list = [detail](const auto &items) {
        QJsonArray array;
        for (const auto &item : items) {
            QJsonObject object;
            writeFields(object, item, detail);
            array.append(object);
        }
        return array;
    };
    // The colours the stages are shown in: an older map's stages without one of their own get
    // theirs for good when it is built again, and the JSON stays the same.
    QList<Stage> stages = data.stages;
    if (detail == Detail::Interchange)
        fixStageColors(stages);
    json.insert(u"stages"_s, list(stages));
    json.insert(u"lanes"_s, list(data.lanes));
    json.insert(u"personas"_s, list(data.personas));
    json.insert(u"business"_s, list(data.businessPeriods));

    const QHash<Id, int> stageIndex = indexById(data.stages);
    const QHash<Id, int> laneIndex = indexById(data.lanes);
    const QHash<Id, int> personaIndex = indexById(data.personas);

    QJsonArray cards;
    for (const Card &card : data.cards) {
        QJsonObject object;
        object.insert(u"stage"_s, stageIndex.value(card.stage));
        object.insert(u"lane"_s, laneIndex.value(card.lane));
        writeFields(object, card, detail);
        QJsonArray tags;
        for (const Id persona : card.personas)
            tags.append(personaIndex.value(persona));
        object.insert(u"personas"_s, tags);
        cards.append(object);
    }
    json.insert(u"cards"_s, cards);

    const QHash<Id, int> cardIndex = indexById(data.cards);
    QJsonArray links;
    for (const CardLink &link : data.links) {
        links.append(QJsonObject{{u"opportunity"_s, cardIndex.value(link.opportunity)},
                                 {u"pain_point"_s, cardIndex.value(link.painPoint)}});
    }
    json.insert(u"links"_s, links);

    QJsonArray emotions;
    for (const EmotionPoint &point : data.emotionPoints) {
        emotions.append(QJsonObject{{u"persona"_s, personaIndex.value(point.persona)},
                                    {u"stage"_s, stageIndex.value(point.stage)},
                                    {u"score"_s, point.score},
                                    {u"note"_s, point.note}});
    }
    json.insert(u"emotions"_s, emotions);
    // Only when there are some, so that a map without comments reads as it always has.
    if (const QJsonArray comments = writeComments(data); !comments.isEmpty())
        json.insert(u"comments"_s, comments);
    return json;
}

QJsonObject cardFields(const Card &card)
{
    QJsonObject object;
    writeFields(object, card);
    return object;
}

Card cardFromFields(const QJsonObject &json, const QString &where)
{
    return readFields<Card>(json, where);
}

MapData fromJson(const QJsonObject &json, Detail detail)
{
    const QString format = json.value(u"format"_s).toString(u"waymark-map"_s);
    if (format != u"waymark-map"_s)
        fail(u"format"_s, tr("\"%1\" is not a Waymark map").arg(format));
    const int version = json.value(u"version"_s).toInt(Version);
    if (version > Version)
        fail(u"version"_s, tr("written by a newer Waymark (interchange version %1, this version reads up to %2)")
                               .arg(QString::number(version), QString::number(Version)));

    MapData data;
    data.info = readFields<MapInfo>(json, {}, {u"format"_s, u"version"_s, u"stages"_s, u"lanes"_s, u"personas"_s,
                                               u"business"_s, u"cards"_s, u"emotions"_s, u"links"_s, u"comments"_s});

    const auto readList = [&json](const QString &key, auto &list) {
        using T = typename std::decay_t<decltype(list)>::value_type;
        const QJsonArray array = arrayAt(json, key);
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString where = u"%1[%2]"_s.arg(key, QString::number(i));
            T item = readFields<T>(objectAt(array, i, where), where);
            item.id = Id(i + 1);
            list.append(item);
        }
    };
    readList(u"stages"_s, data.stages);
    if (detail == Detail::Interchange)
        fixStageColors(data.stages); // "" in a template: the position's colour, from now on its own
    readList(u"lanes"_s, data.lanes);
    readList(u"personas"_s, data.personas);
    readList(u"business"_s, data.businessPeriods);

    const QJsonArray cards = arrayAt(json, u"cards"_s);
    for (qsizetype i = 0; i < cards.size(); ++i) {
        const QString where = u"cards[%1]"_s.arg(i);
        const QJsonObject object = objectAt(cards, i, where);
        const int stage = indexAt(object, u"stage"_s, data.stages.size(), where, QT_TRANSLATE_NOOP("Waymark", "stages"));
        const int lane = indexAt(object, u"lane"_s, data.lanes.size(), where, QT_TRANSLATE_NOOP("Waymark", "lanes"));
        Card card = readFields<Card>(object, where, {u"stage"_s, u"lane"_s, u"personas"_s});
        if (!object.contains(u"kind"_s))
            card.kind = defaultCardKind(data.lanes.at(lane).kind);
        card.id = Id(i); // indexes for now, ids below
        card.stage = stage;
        card.lane = lane;
        const QJsonValue tags = object.value(u"personas"_s);
        if (!tags.isUndefined() && !tags.isArray())
            fail(where + u".personas"_s, tr("expected a list of persona indexes"));
        const QJsonArray tagArray = tags.toArray();
        for (qsizetype t = 0; t < tagArray.size(); ++t) {
            const QString tagWhere = u"%1.personas[%2]"_s.arg(where, QString::number(t));
            const double d = tagArray.at(t).toDouble(-1);
            if (!tagArray.at(t).isDouble() || d != std::floor(d) || d < 0 || d >= double(data.personas.size()))
                fail(tagWhere, tr("expected the index of one of the map's %1 personas").arg(data.personas.size()));
            card.personas.append(Id(d) + 1);
        }
        std::sort(card.personas.begin(), card.personas.end());
        card.personas.erase(std::unique(card.personas.begin(), card.personas.end()), card.personas.end());
        data.cards.append(card);
    }
    // Document order: by stage, then lane, keeping the file's order inside a cell.
    std::stable_sort(data.cards.begin(), data.cards.end(), [](const Card &a, const Card &b) {
        return std::pair(a.stage, a.lane) < std::pair(b.stage, b.lane);
    });
    QHash<std::pair<Id, Id>, int> cellSize;
    QList<Id> idOfListed(data.cards.size()); // links name cards by their place in the file's list
    for (qsizetype i = 0; i < data.cards.size(); ++i) {
        Card &card = data.cards[i];
        card.position = cellSize[{card.stage, card.lane}]++;
        idOfListed[card.id] = Id(i + 1);
        card.id = Id(i + 1);
        card.stage += 1;
        card.lane += 1;
    }

    const QJsonArray emotions = arrayAt(json, u"emotions"_s);
    QSet<std::pair<Id, Id>> seen;
    for (qsizetype i = 0; i < emotions.size(); ++i) {
        const QString where = u"emotions[%1]"_s.arg(i);
        const QJsonObject object = objectAt(emotions, i, where);
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            if (!QStringList{u"persona"_s, u"stage"_s, u"score"_s, u"note"_s}.contains(it.key()))
                fail(where, tr("unknown key \"%1\"").arg(it.key()));
        }
        EmotionPoint point;
        point.persona = indexAt(object, u"persona"_s, data.personas.size(), where, QT_TRANSLATE_NOOP("Waymark", "personas")) + 1;
        point.stage = indexAt(object, u"stage"_s, data.stages.size(), where, QT_TRANSLATE_NOOP("Waymark", "stages")) + 1;
        const QJsonValue score = object.value(u"score"_s);
        if (score.isUndefined())
            fail(where, tr("missing \"score\""));
        if (!score.isDouble() || score.toDouble() != std::floor(score.toDouble()))
            fail(where + u".score"_s, tr("expected a whole number from -5 to 5"));
        if (score.toDouble() < EmotionPoint::MinScore || score.toDouble() > EmotionPoint::MaxScore)
            fail(where + u".score"_s, tr("%1 is out of range -5 to 5").arg(score.toDouble()));
        point.score = score.toInt();
        const QJsonValue note = object.value(u"note"_s);
        if (!note.isUndefined() && !note.isString())
            fail(where + u".note"_s, tr("expected text"));
        point.note = note.toString();
        if (seen.contains({point.persona, point.stage}))
            fail(where, tr("persona %1 already has a point at stage %2").arg(QString::number(point.persona - 1), QString::number(point.stage - 1)));
        seen.insert({point.persona, point.stage});
        data.emotionPoints.append(point);
    }
    std::sort(data.emotionPoints.begin(), data.emotionPoints.end(), [](const EmotionPoint &a, const EmotionPoint &b) {
        return std::pair(a.persona, a.stage) < std::pair(b.persona, b.stage);
    });

    data.links = readLinks(arrayAt(json, u"links"_s), idOfListed);
    data.comments = readComments(arrayAt(json, u"comments"_s), data, idOfListed);
    return data;
}

} // namespace Waymark::MapJson
