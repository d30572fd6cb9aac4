#include "mapreader.h"

#include "boundedcolumns.h"
#include "commenttable.h"
#include "fieldbinding.h"
#include "model/valuebounds.h"
#include "store.h"
#include "tablenames.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Waymark {

namespace {

// Warnings beyond this are counted, not kept: a crafted file may have a million bad values.
constexpr int MaxWarnings = 50;

template<typename T>
QString boundedColumns(const QString &qualifier = {})
{
    QStringList columns;
    for (const auto &access : EntityTraits<T>::fields())
        columns.append(BoundedColumns::forReading(access.spec, qualifier));
    return columns.join(u", "_s);
}

} // namespace

void MapReader::warn(const QString &what, const QString &problem)
{
    if (m_warnings.size() < MaxWarnings)
        m_warnings.append(what + u' ' + problem);
    ++m_warningCount;
}

template<typename T>
T MapReader::readFields(const QSqlQuery &query, int firstColumn, const QString &what)
{
    return FieldBinding::read<T>(query, firstColumn, what, [this](const QString &field, const QString &problem) { warn(field, problem); });
}

// Lists stored with a position column: stages, lanes, personas, business periods.
template<typename T>
QList<T> MapReader::readOrdered(Entity entity)
{
    const QString sql = u"SELECT id, %1 FROM %2 ORDER BY position, id"_s.arg(boundedColumns<T>(), tableOf(entity));
    QSqlQuery &query = m_store.select(sql);
    QList<T> list;
    while (m_store.next(query)) {
        const Id id = query.value(0).toLongLong();
        T value = readFields<T>(query, 1, u"%1 %2"_s.arg(entityName(entity).toLower(), QString::number(id)));
        value.id = id;
        list.append(value);
    }
    return list;
}

void MapReader::sortLinks(QList<CardLink> &links, const QHash<Id, qsizetype> &cardIndex)
{
    std::sort(links.begin(), links.end(), [&cardIndex](const CardLink &a, const CardLink &b) {
        return std::pair(cardIndex.value(a.opportunity), cardIndex.value(a.painPoint))
            < std::pair(cardIndex.value(b.opportunity), cardIndex.value(b.painPoint));
    });
}

MapInfo MapReader::loadInfo()
{
    MapInfo info;
    QSqlQuery &query = m_store.select(u"SELECT %1 FROM map WHERE id = 1"_s.arg(boundedColumns<MapInfo>()));
    if (m_store.next(query))
        info = readFields<MapInfo>(query, 0, entityName(Entity::Map).toLower());
    query.finish();
    return info;
}

MapData MapReader::load()
{
    m_warnings.clear();
    m_warningCount = 0;
    MapData data;
    data.info = loadInfo();
    data.stages = readOrdered<Stage>(Entity::Stage);
    data.lanes = readOrdered<Lane>(Entity::Lane);
    data.personas = readOrdered<Persona>(Entity::Persona);
    data.businessPeriods = readOrdered<BusinessPeriod>(Entity::BusinessPeriod);

    // Positions give the order; the model numbers each cell 0, 1, 2… whatever the file says.
    QSqlQuery &cards = m_store.select(
        u"SELECT c.id, c.stage_id, c.lane_id, %1 FROM card c "
        "JOIN stage s ON s.id = c.stage_id JOIN lane l ON l.id = c.lane_id "
        "ORDER BY s.position, s.id, l.position, l.id, c.position, c.id"_s.arg(boundedColumns<Card>(u"c."_s)));
    QHash<Id, qsizetype> cardIndex;
    QHash<std::pair<Id, Id>, int> cellSize;
    while (m_store.next(cards)) {
        const Id id = cards.value(0).toLongLong();
        Card card = readFields<Card>(cards, 3, u"%1 %2"_s.arg(entityName(Entity::Card).toLower(), QString::number(id)));
        card.id = id;
        card.stage = cards.value(1).toLongLong();
        card.lane = cards.value(2).toLongLong();
        card.position = cellSize[{card.stage, card.lane}]++;
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
        u"SELECT e.persona_id, e.stage_id, %1, %2 FROM emotion_point e "
        "JOIN persona p ON p.id = e.persona_id JOIN stage s ON s.id = e.stage_id "
        "ORDER BY p.position, p.id, s.position, s.id"_s.arg(BoundedColumns::number(u"score"_s, u"e."_s),
                                                           BoundedColumns::text(u"note"_s, ValueBounds::LineLength + 1, u"e."_s)));
    while (m_store.next(points)) {
        const QString of = u"of persona %1's emotion point in stage %2"_s.arg(points.value(0).toString(), points.value(1).toString());
        bool changed = false;
        const double score = ValueBounds::clamped(points.value(2), EmotionPoint::MinScore, EmotionPoint::MaxScore, 0, &changed);
        if (changed)
            warn(u"the score "_s + of, QCoreApplication::translate("Waymark", "is not a number from -5 to 5; %1 is used instead")
                                           .arg(QString::number(int(score))));
        QString note = points.value(3).toString();
        if (note.size() > ValueBounds::LineLength) {
            note = ValueBounds::cut(note, ValueBounds::LineLength);
            warn(u"the note "_s + of, QCoreApplication::translate("Waymark", "is longer than %1 characters; only the first %1 are kept")
                                          .arg(QLocale().toString(ValueBounds::LineLength)));
        }
        data.emotionPoints.append({points.value(0).toLongLong(), points.value(1).toLongLong(), int(score), note});
    }
    data.comments = CommentTable::readAll(m_store, [this](const QString &what, const QString &problem) { warn(what, problem); });
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
