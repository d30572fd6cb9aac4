#include "mapwriter.h"

#include "commenttable.h"
#include "fieldbinding.h"
#include "store.h"
#include "tablenames.h"

using namespace Qt::StringLiterals;

namespace Waymark {

using FieldBinding::bind;
using FieldBinding::idValue;

template<typename T>
Id MapWriter::insertOrdered(Entity entity, const T &value, int position)
{
    static const QString sql = [entity] {
        const QStringList columns = fieldColumns<T>();
        return u"INSERT INTO %1 (id, position, %2) VALUES (?, ?, %3)"_s.arg(tableOf(entity), columns.join(u", "_s),
                                                                           placeholders(columns.size()));
    }();
    QSqlQuery &query = m_store.query(sql);
    query.bindValue(0, idValue(value.id));
    query.bindValue(1, position);
    bind(query, value, 2);
    return m_store.insert(query);
}

Id MapWriter::insertStage(const Stage &stage, int position)
{
    return insertOrdered(Entity::Stage, stage, position);
}

Id MapWriter::insertLane(const Lane &lane, int position)
{
    return insertOrdered(Entity::Lane, lane, position);
}

Id MapWriter::insertPersona(const Persona &persona, int position)
{
    return insertOrdered(Entity::Persona, persona, position);
}

Id MapWriter::insertBusinessPeriod(const BusinessPeriod &period, int position)
{
    return insertOrdered(Entity::BusinessPeriod, period, position);
}

Id MapWriter::insertCard(const Card &card)
{
    static const QString sql = [] {
        const QStringList columns = fieldColumns<Card>();
        return u"INSERT INTO card (id, stage_id, lane_id, position, %1) VALUES (?, ?, ?, ?, %2)"_s.arg(
            columns.join(u", "_s), placeholders(columns.size()));
    }();
    QSqlQuery &query = m_store.query(sql);
    query.bindValue(0, idValue(card.id));
    query.bindValue(1, card.stage);
    query.bindValue(2, card.lane);
    query.bindValue(3, card.position);
    bind(query, card, 4);
    const Id id = m_store.insert(query);
    for (const Id persona : card.personas)
        m_store.run(u"INSERT INTO card_persona (card_id, persona_id) VALUES (?, ?)"_s, {id, persona});
    return id;
}

void MapWriter::writeAll(const MapData &data)
{
    for (const auto &access : EntityTraits<MapInfo>::fields())
        setField({Entity::Map, 1, access.spec.field}, access.get(data.info));
    for (int i = 0; i < data.stages.size(); ++i)
        insertStage(data.stages.at(i), i);
    for (int i = 0; i < data.lanes.size(); ++i)
        insertLane(data.lanes.at(i), i);
    for (int i = 0; i < data.personas.size(); ++i)
        insertPersona(data.personas.at(i), i);
    for (int i = 0; i < data.businessPeriods.size(); ++i)
        insertBusinessPeriod(data.businessPeriods.at(i), i);
    for (const Card &card : data.cards)
        insertCard(card);
    for (const CardLink &link : data.links)
        insertLink(link);
    for (const EmotionPoint &point : data.emotionPoints)
        writeEmotionPoint(point);
    for (const Comment &comment : data.comments)
        CommentTable::insert(m_store, comment);
}

void MapWriter::clearContent()
{
    m_store.run(u"PRAGMA defer_foreign_keys = ON"_s); // until the rows come back
    for (const QString &table : {u"card_link"_s, u"card_persona"_s, u"emotion_point"_s, u"card"_s, u"persona"_s,
                                 u"lane"_s, u"business_period"_s, u"stage"_s})
        m_store.run(u"DELETE FROM %1"_s.arg(table));
}

void MapWriter::remove(Entity entity, Id id)
{
    m_store.run(u"DELETE FROM %1 WHERE id = ?"_s.arg(tableOf(entity)), {id});
}

void MapWriter::setField(const FieldRef &ref, const QVariant &value)
{
    const QString column = QString::fromLatin1(fieldSpec(ref.entity, ref.field).key);
    m_store.run(u"UPDATE %1 SET %2 = ? WHERE id = ?"_s.arg(tableOf(ref.entity), column), {value, ref.id});
}

void MapWriter::setPosition(Entity entity, Id id, int position)
{
    m_store.run(u"UPDATE %1 SET position = ? WHERE id = ?"_s.arg(tableOf(entity)), {position, id});
}

void MapWriter::shiftPositions(Entity entity, int first, int last, int delta)
{
    m_store.run(u"UPDATE %1 SET position = position + ? WHERE position BETWEEN ? AND ?"_s.arg(tableOf(entity)),
                 {delta, first, last});
}

void MapWriter::setCardPlacement(Id card, Id stage, Id lane, int position)
{
    m_store.run(u"UPDATE card SET stage_id = ?, lane_id = ?, position = ? WHERE id = ?"_s, {stage, lane, position, card});
}

void MapWriter::shiftCellPositions(Id stage, Id lane, int first, int last, int delta)
{
    m_store.run(u"UPDATE card SET position = position + ? WHERE stage_id = ? AND lane_id = ? AND position BETWEEN ? AND ?"_s,
                 {delta, stage, lane, first, last});
}

void MapWriter::setCardPersonas(Id card, const QList<Id> &personas)
{
    m_store.run(u"DELETE FROM card_persona WHERE card_id = ?"_s, {card});
    for (const Id persona : personas)
        m_store.run(u"INSERT INTO card_persona (card_id, persona_id) VALUES (?, ?)"_s, {card, persona});
}

void MapWriter::insertLink(const CardLink &link)
{
    m_store.run(u"INSERT INTO card_link (opportunity_id, pain_point_id) VALUES (?, ?)"_s, {link.opportunity, link.painPoint});
}

void MapWriter::removeLink(const CardLink &link)
{
    m_store.run(u"DELETE FROM card_link WHERE opportunity_id = ? AND pain_point_id = ?"_s, {link.opportunity, link.painPoint});
}

void MapWriter::writeEmotionPoint(const EmotionPoint &point)
{
    m_store.run(u"INSERT INTO emotion_point (persona_id, stage_id, score, note) VALUES (?, ?, ?, ?) "
                 "ON CONFLICT (persona_id, stage_id) DO UPDATE SET score = excluded.score, note = excluded.note"_s,
                 {point.persona, point.stage, point.score, point.note});
}

void MapWriter::removeEmotionPoint(Id persona, Id stage)
{
    m_store.run(u"DELETE FROM emotion_point WHERE persona_id = ? AND stage_id = ?"_s, {persona, stage});
}

void MapWriter::setResponsesTouchpoint(const QList<Id> &ids, Id touchpoint)
{
    for (const Id id : ids)
        m_store.run(u"UPDATE response SET touchpoint_id = ? WHERE id = ?"_s, {idValue(touchpoint), id});
}

} // namespace Waymark
