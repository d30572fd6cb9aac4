#include "mapreader.h"

#include "store.h"
#include "tablenames.h"

#include <QHash>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Waymark {

namespace {

template<typename T>
T readFields(const QSqlQuery &query, int firstColumn)
{
    T entity;
    int column = firstColumn;
    for (const auto &access : EntityTraits<T>::fields())
        access.set(entity, query.value(column++));
    return entity;
}

// Lists stored with a position column: stages, lanes, personas, business periods.
template<typename T>
QList<T> readOrdered(Store &store, Entity entity)
{
    const QString sql = u"SELECT id, %1 FROM %2 ORDER BY position, id"_s
                            .arg(fieldColumns<T>().join(u", "_s), tableOf(entity));
    QSqlQuery &query = store.select(sql);
    QList<T> list;
    while (store.next(query)) {
        T entity = readFields<T>(query, 1);
        entity.id = query.value(0).toLongLong();
        list.append(entity);
    }
    return list;
}

} // namespace

void MapReader::sortLinks(QList<CardLink> &links, const QHash<Id, qsizetype> &cardIndex)
{
    std::sort(links.begin(), links.end(), [&cardIndex](const CardLink &a, const CardLink &b) {
        return std::pair(cardIndex.value(a.opportunity), cardIndex.value(a.painPoint))
            < std::pair(cardIndex.value(b.opportunity), cardIndex.value(b.painPoint));
    });
}

MapData MapReader::load()
{
    MapData data;
    {
        QSqlQuery &query = m_store.select(u"SELECT %1 FROM map WHERE id = 1"_s.arg(fieldColumns<MapInfo>().join(u", "_s)));
        if (m_store.next(query))
            data.info = readFields<MapInfo>(query, 0);
        query.finish();
    }
    data.stages = readOrdered<Stage>(m_store, Entity::Stage);
    data.lanes = readOrdered<Lane>(m_store, Entity::Lane);
    data.personas = readOrdered<Persona>(m_store, Entity::Persona);
    data.businessPeriods = readOrdered<BusinessPeriod>(m_store, Entity::BusinessPeriod);

    QStringList cardColumns;
    for (const QString &column : fieldColumns<Card>())
        cardColumns.append(u"c."_s + column);
    QSqlQuery &cards = m_store.select(
        u"SELECT c.id, c.stage_id, c.lane_id, c.position, %1 FROM card c "
        "JOIN stage s ON s.id = c.stage_id JOIN lane l ON l.id = c.lane_id "
        "ORDER BY s.position, l.position, c.position, c.id"_s.arg(cardColumns.join(u", "_s)));
    QHash<Id, qsizetype> cardIndex;
    while (m_store.next(cards)) {
        Card card = readFields<Card>(cards, 4);
        card.id = cards.value(0).toLongLong();
        card.stage = cards.value(1).toLongLong();
        card.lane = cards.value(2).toLongLong();
        card.position = cards.value(3).toInt();
        cardIndex.insert(card.id, data.cards.size());
        data.cards.append(card);
    }

    QSqlQuery &tags = m_store.select(u"SELECT card_id, persona_id FROM card_persona ORDER BY card_id, persona_id"_s);
    while (m_store.next(tags)) {
        const auto it = cardIndex.constFind(tags.value(0).toLongLong());
        if (it != cardIndex.constEnd())
            data.cards[*it].personas.append(tags.value(1).toLongLong());
    }

    QSqlQuery &links = m_store.select(u"SELECT opportunity_id, pain_point_id FROM card_link"_s);
    while (m_store.next(links))
        data.links.append({links.value(0).toLongLong(), links.value(1).toLongLong()});
    sortLinks(data.links, cardIndex);

    QSqlQuery &points = m_store.select(
        u"SELECT e.persona_id, e.stage_id, e.score, e.note FROM emotion_point e "
        "JOIN persona p ON p.id = e.persona_id JOIN stage s ON s.id = e.stage_id "
        "ORDER BY p.position, s.position"_s);
    while (m_store.next(points)) {
        data.emotionPoints.append({points.value(0).toLongLong(), points.value(1).toLongLong(),
                                   points.value(2).toInt(), points.value(3).toString()});
    }
    return data;
}

QList<Id> MapReader::responsesNamingTouchpoint(Id card)
{
    QSqlQuery &query = m_store.select(u"SELECT id FROM response WHERE touchpoint_id = ? ORDER BY id"_s, {card});
    QList<Id> ids;
    while (m_store.next(query))
        ids.append(query.value(0).toLongLong());
    return ids;
}

} // namespace Waymark
