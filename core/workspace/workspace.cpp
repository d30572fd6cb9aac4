#include "workspace.h"

#include "document/document.h"
#include "io/messagetext.h"
#include "io/translate.h"
#include "model/valuebounds.h"
#include "survey/importmapping.h"
#include "store/fieldbinding.h"
#include "store/mapreader.h"
#include "store/store.h"
#include "store/storeerror.h"
#include "store/tablenames.h"
#include "changedrows.h"
#include "responsecopy.h"
#include "workspaceconnection.h"

#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Waymark {

namespace {

using FieldBinding::idValue;

// Fields read back within their bounds, as MapReader does for a file: a workspace is another
// program's database, and what its rows hold is checked the same way (the first 50 said).
template<typename T>
T readFields(const QSqlQuery &query, int first, const QString &what, QStringList &warnings)
{
    return FieldBinding::read<T>(query, first, what, [&warnings](const QString &field, const QString &problem) {
        if (warnings.size() < 50)
            warnings.append(field + u' ' + problem);
    });
}

template<typename T>
void insertOrdered(WorkspaceConnection &connection, qint64 map, Entity entity, const T &value, int position)
{
    const QStringList columns = fieldColumns<T>();
    QSqlQuery &query = connection.query(u"INSERT INTO %1 (map_id, id, position, %2) VALUES (?, ?, ?, %3)"_s.arg(
        tableOf(entity), columns.join(u", "_s), placeholders(columns.size())));
    query.bindValue(0, map);
    query.bindValue(1, value.id);
    query.bindValue(2, position);
    FieldBinding::bind(query, value, 3);
    connection.run(query);
}

template<typename T>
QList<T> readOrdered(WorkspaceConnection &connection, qint64 map, Entity entity, QStringList &warnings)
{
    QSqlQuery &query = connection.select(u"SELECT id, %1 FROM %2 WHERE map_id = ? ORDER BY position, id"_s.arg(
                                             fieldColumns<T>().join(u", "_s), tableOf(entity)),
                                         {map});
    QList<T> list;
    while (query.next()) {
        const Id id = query.value(0).toLongLong();
        T value = readFields<T>(query, 1, u"%1 %2"_s.arg(entityName(entity).toLower(), QString::number(id)), warnings);
        value.id = id;
        list.append(value);
    }
    query.finish();
    return list;
}

} // namespace

Workspace::Workspace(const WorkspaceAddress &address)
    : m_connection(std::make_unique<WorkspaceConnection>(address))
{
    WorkspaceSchema::require(*m_connection);
}

Workspace::~Workspace() = default;

WorkspaceSchema::InitResult Workspace::init(const WorkspaceAddress &address)
{
    WorkspaceConnection connection(address);
    return WorkspaceSchema::init(connection);
}

QString Workspace::notifyChannel()
{
    return u"waymark_changes"_s;
}

QList<WorkspaceMapEntry> Workspace::maps()
{
    QSqlQuery &query = m_connection->select(
        u"SELECT m.name, m.title, m.owner, m.review_date, m.published_by, m.published_at, m.change_seq, "
        "(SELECT count(*) FROM stage s WHERE s.map_id = m.map_id), "
        "(SELECT count(*) FROM card c WHERE c.map_id = m.map_id), "
        "(SELECT count(*) FROM response r WHERE r.map_id = m.map_id), "
        "(SELECT count(*) FROM comment k WHERE k.map_id = m.map_id AND k.parent_id IS NULL AND k.resolved = 0) "
        "FROM map m ORDER BY m.name"_s);
    QList<WorkspaceMapEntry> entries;
    while (query.next()) {
        WorkspaceMapEntry entry;
        entry.name = query.value(0).toString();
        entry.info.title = query.value(1).toString();
        entry.info.owner = query.value(2).toString();
        entry.info.reviewDate = query.value(3).toString();
        entry.publishedBy = query.value(4).toString();
        entry.publishedAt = query.value(5).toDateTime().toUTC();
        entry.changeSeq = query.value(6).toLongLong();
        entry.stages = query.value(7).toLongLong();
        entry.cards = query.value(8).toLongLong();
        entry.responses = query.value(9).toLongLong();
        entry.openComments = query.value(10).toLongLong();
        entries.append(entry);
    }
    query.finish();
    return entries;
}

bool Workspace::hasMap(const QString &name)
{
    return !m_connection->scalar(u"SELECT map_id FROM map WHERE name = ?"_s, {name}).isNull();
}

qint64 Workspace::mapId(const QString &name)
{
    const QVariant id = m_connection->scalar(u"SELECT map_id FROM map WHERE name = ?"_s, {name});
    if (!id.isNull())
        return id.toLongLong();
    QStringList names;
    for (const WorkspaceMapEntry &entry : maps())
        names.append(MessageText::quoted(entry.name, 60));
    throw StoreError(StoreError::Code::NotFound,
                     names.isEmpty() ? tr("%1 has no map named %2 (it has no maps yet)").arg(m_connection->describe(), MessageText::quoted(name))
                                     : tr("%1 has no map named %2 (its maps: %3)")
                                           .arg(m_connection->describe(), MessageText::quoted(name), names.join(u", "_s)));
}

qint64 Workspace::logChange(WorkspaceConnection &c, qint64 map, const QString &what, const QString &author, const QVariant &rows)
{
    // One statement, one round trip: the map's row locked (one change of a map at a time, each
    // numbered after the one before), the entry appended, the map's sequence moved on and the
    // NOTIFY queued, which is delivered when the transaction commits, and only then. A map that
    // is gone locks no row, and so logs nothing.
    const QVariant seq = c.scalar(
        u"WITH locked AS (SELECT map_id FROM map WHERE map_id = ?::bigint FOR UPDATE), "
        "entry AS (INSERT INTO change_log (map_id, what, author, changed_rows) "
        "SELECT map_id, ?::text, coalesce(nullif(?::text, ''), current_user), ?::text FROM locked RETURNING seq), "
        "moved AS (UPDATE map SET change_seq = entry.seq FROM entry WHERE map.map_id = ?::bigint) "
        "SELECT entry.seq, pg_notify(?::text, ?::text || entry.seq) FROM entry"_s,
        {map, what, author, rows.isNull() ? QVariant(QMetaType::fromType<QString>()) : rows, map, notifyChannel(),
         u"%1:"_s.arg(map)});
    if (seq.isNull())
        throw StoreError(StoreError::Code::NotFound, tr("the map is no longer in %1").arg(c.describe()));
    return seq.toLongLong();
}

void Workspace::rememberMapping(qint64 map, const QPair<QString, QByteArray> &mapping)
{
    if (mapping.first.isEmpty() || mapping.second.isEmpty() || mapping.second.size() > ImportMapping::MaxJsonBytes)
        return;
    m_connection->run(u"INSERT INTO import_mapping (map_id, signature, mapping) VALUES (?, ?, ?) "
                      "ON CONFLICT (map_id, signature) DO UPDATE SET mapping = excluded.mapping"_s,
                      {map, mapping.first, QString::fromUtf8(mapping.second)});
}

qint64 Workspace::publish(const QString &name, const MapData &data, const ResponseBatch &responses, bool replace,
                          const ImportMappings &mappings)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty() || trimmed.size() > ValueBounds::LineLength)
        throw StoreError(StoreError::Code::Invalid, tr("a map in a workspace needs a name (of at most a line)"));
    WorkspaceConnection &c = *m_connection;
    WorkspaceConnection::Transaction transaction(c);
    // One publisher of a name at a time: a second waits, then sees the first one's map.
    c.run(u"SELECT pg_advisory_xact_lock(hashtext(?))"_s, {QString(u"waymark map "_s + trimmed)});
    if (hasMap(trimmed)) {
        if (!replace)
            throw StoreError(StoreError::Code::Exists,
                             tr("%1 already has a map named %2; publish under another --name, or --replace it")
                                 .arg(c.describe(), MessageText::quoted(trimmed)));
        c.run(u"DELETE FROM map WHERE name = ?"_s, {trimmed});
    }

    QSqlQuery &insertMap = c.query(u"INSERT INTO map (name, %1) VALUES (?, %2) RETURNING map_id"_s.arg(
        fieldColumns<MapInfo>().join(u", "_s), placeholders(fieldColumns<MapInfo>().size())));
    insertMap.bindValue(0, trimmed);
    FieldBinding::bind(insertMap, data.info, 1);
    if (!insertMap.exec() || !insertMap.next())
        c.fail(insertMap.lastError());
    const qint64 map = insertMap.value(0).toLongLong();
    insertMap.finish();

    for (int i = 0; i < data.stages.size(); ++i)
        insertOrdered(c, map, Entity::Stage, data.stages.at(i), i);
    for (int i = 0; i < data.lanes.size(); ++i)
        insertOrdered(c, map, Entity::Lane, data.lanes.at(i), i);
    for (int i = 0; i < data.personas.size(); ++i)
        insertOrdered(c, map, Entity::Persona, data.personas.at(i), i);
    for (int i = 0; i < data.businessPeriods.size(); ++i)
        insertOrdered(c, map, Entity::BusinessPeriod, data.businessPeriods.at(i), i);

    const QStringList cardColumns = fieldColumns<Card>();
    QSqlQuery &insertCard = c.query(u"INSERT INTO card (map_id, id, stage_id, lane_id, position, %1) VALUES (?, ?, ?, ?, ?, %2)"_s.arg(
        cardColumns.join(u", "_s), placeholders(cardColumns.size())));
    for (const Card &card : data.cards) {
        insertCard.bindValue(0, map);
        insertCard.bindValue(1, card.id);
        insertCard.bindValue(2, card.stage);
        insertCard.bindValue(3, card.lane);
        insertCard.bindValue(4, card.position);
        FieldBinding::bind(insertCard, card, 5);
        c.run(insertCard);
        for (const Id persona : card.personas)
            c.run(u"INSERT INTO card_persona (map_id, card_id, persona_id) VALUES (?, ?, ?)"_s, {map, card.id, persona});
    }
    for (const CardLink &link : data.links)
        c.run(u"INSERT INTO card_link (map_id, opportunity_id, pain_point_id) VALUES (?, ?, ?)"_s,
              {map, link.opportunity, link.painPoint});
    for (const EmotionPoint &point : data.emotionPoints)
        c.run(u"INSERT INTO emotion_point (map_id, persona_id, stage_id, score, note) VALUES (?, ?, ?, ?, ?)"_s,
              {map, point.persona, point.stage, point.score, sqlValue(point.note)});
    for (const Comment &comment : data.comments)
        c.run(u"INSERT INTO comment (map_id, id, target_kind, target_id, parent_id, author, created_at, text, resolved) "
              "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
              {map, comment.id, CommentText::targetKey(comment.target), comment.targetId, idValue(comment.parent),
               sqlValue(comment.author), sqlValue(comment.createdAt), sqlValue(comment.text), int(comment.resolved)});
    ResponseCopy::write(c, map, responses);
    for (const auto &mapping : mappings)
        rememberMapping(map, mapping);

    const qint64 seq = logChange(c, map, u"publish"_s);
    transaction.commit();
    return seq;
}

qint64 Workspace::importResponses(const QString &name, ResponseBatch &batch, const QList<Id> &replaced,
                                  const QPair<QString, QByteArray> &mapping)
{
    WorkspaceConnection &c = *m_connection;
    WorkspaceConnection::Transaction transaction(c);
    const qint64 map = mapId(name.trimmed());
    // One import into a map at a time, so that two never number their rows alike.
    c.run(u"SELECT pg_advisory_xact_lock(?)"_s, {map});

    // Every stage and card the rows name, checked once each (the map may have changed since
    // the rows were read against it): a clear refusal rather than a foreign key's.
    QSet<Id> stages, cards;
    for (qsizetype i = 0; i < batch.size(); ++i) {
        stages.insert(batch.row(i).stage);
        if (batch.row(i).touchpoint)
            cards.insert(batch.row(i).touchpoint);
    }
    for (const auto &[table, ids] : {std::pair(u"stage"_s, &stages), std::pair(u"card"_s, &cards)}) {
        for (const Id id : *ids) {
            if (c.scalar(u"SELECT 1 FROM %1 WHERE map_id = ? AND id = ?"_s.arg(table), {map, id}).isNull())
                throw StoreError(StoreError::Code::Invalid,
                                 tr("a response names %1 %2, which %3 no longer has (someone changed the map meanwhile); "
                                    "nothing was imported")
                                     .arg(table, QString::number(id), MessageText::quoted(name)));
        }
    }
    for (const Id id : replaced)
        c.run(u"DELETE FROM response WHERE map_id = ? AND id = ?"_s, {map, id});

    Id next = c.scalar(u"SELECT coalesce(max(id), 0) + 1 FROM response WHERE map_id = ?"_s, {map}).toLongLong();
    for (qsizetype i = 0; i < batch.size(); ++i) {
        if (batch.row(i).id == 0)
            batch.row(i).id = next++;
    }
    ResponseCopy::write(c, map, batch);
    rememberMapping(map, mapping);
    ChangedRows rows;
    rows.addWhole(u"response"_s);
    rows.addWhole(u"import_mapping"_s);
    const qint64 seq = logChange(c, map, u"import %1 responses"_s.arg(batch.size()), {}, rows.toLog());
    transaction.commit();
    return seq;
}

Workspace::MapContent Workspace::read(const QString &name)
{
    WorkspaceConnection &c = *m_connection;
    // One snapshot of the map, however many statements read it.
    WorkspaceConnection::Transaction transaction(c);
    c.execute(u"SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY"_s);
    const qint64 map = mapId(name.trimmed());
    MapContent content;
    content.mapId = map;
    content.changeSeq = c.scalar(u"SELECT change_seq FROM map WHERE map_id = ?"_s, {map}).toLongLong();
    MapData &data = content.data;
    QStringList &warnings = content.warnings;
    {
        QSqlQuery &query = c.select(u"SELECT %1 FROM map WHERE map_id = ?"_s.arg(fieldColumns<MapInfo>().join(u", "_s)), {map});
        if (query.next())
            data.info = readFields<MapInfo>(query, 0, u"map"_s, warnings);
        query.finish();
    }
    data.stages = readOrdered<Stage>(c, map, Entity::Stage, warnings);
    data.lanes = readOrdered<Lane>(c, map, Entity::Lane, warnings);
    data.personas = readOrdered<Persona>(c, map, Entity::Persona, warnings);
    data.businessPeriods = readOrdered<BusinessPeriod>(c, map, Entity::BusinessPeriod, warnings);

    // Cards in document order: by their stage's and lane's order, then position.
    QHash<Id, int> stageIndex, laneIndex, personaIndex;
    for (int i = 0; i < data.stages.size(); ++i)
        stageIndex.insert(data.stages.at(i).id, i);
    for (int i = 0; i < data.lanes.size(); ++i)
        laneIndex.insert(data.lanes.at(i).id, i);
    for (int i = 0; i < data.personas.size(); ++i)
        personaIndex.insert(data.personas.at(i).id, i);
    {
        QSqlQuery &query = c.select(u"SELECT id, stage_id, lane_id, position, %1 FROM card WHERE map_id = ?"_s.arg(
                                        fieldColumns<Card>().join(u", "_s)),
                                    {map});
        while (query.next()) {
            const Id id = query.value(0).toLongLong();
            Card card = readFields<Card>(query, 4, u"card %1"_s.arg(id), warnings);
            card.id = id;
            card.stage = query.value(1).toLongLong();
            card.lane = query.value(2).toLongLong();
            card.position = query.value(3).toInt();
            data.cards.append(card);
        }
        query.finish();
    }
    std::sort(data.cards.begin(), data.cards.end(), [&](const Card &a, const Card &b) {
        return std::tuple(stageIndex.value(a.stage), laneIndex.value(a.lane), a.position, a.id)
            < std::tuple(stageIndex.value(b.stage), laneIndex.value(b.lane), b.position, b.id);
    });
    // Positions are contiguous per cell in a map, whatever the rows say.
    QHash<QPair<Id, Id>, int> nextInCell;
    QHash<Id, qsizetype> cardIndex;
    for (qsizetype i = 0; i < data.cards.size(); ++i) {
        Card &card = data.cards[i];
        card.position = nextInCell[{card.stage, card.lane}]++;
        cardIndex.insert(card.id, i);
    }
    {
        QSqlQuery &query = c.select(u"SELECT card_id, persona_id FROM card_persona WHERE map_id = ? ORDER BY card_id, persona_id"_s, {map});
        while (query.next()) {
            const qsizetype card = cardIndex.value(query.value(0).toLongLong(), -1);
            if (card >= 0)
                data.cards[card].personas.append(query.value(1).toLongLong());
        }
        query.finish();
    }
    {
        QSqlQuery &query = c.select(u"SELECT opportunity_id, pain_point_id FROM card_link WHERE map_id = ?"_s, {map});
        while (query.next())
            data.links.append({query.value(0).toLongLong(), query.value(1).toLongLong()});
        query.finish();
        MapReader::sortLinks(data.links, cardIndex);
    }
    {
        QSqlQuery &query = c.select(u"SELECT persona_id, stage_id, score, note FROM emotion_point WHERE map_id = ?"_s, {map});
        while (query.next()) {
            EmotionPoint point;
            point.persona = query.value(0).toLongLong();
            point.stage = query.value(1).toLongLong();
            point.score = std::clamp(query.value(2).toInt(), EmotionPoint::MinScore, EmotionPoint::MaxScore);
            point.note = query.value(3).toString().left(ValueBounds::LineLength);
            data.emotionPoints.append(point);
        }
        query.finish();
        std::sort(data.emotionPoints.begin(), data.emotionPoints.end(), [&](const EmotionPoint &a, const EmotionPoint &b) {
            return std::pair(personaIndex.value(a.persona), stageIndex.value(a.stage))
                < std::pair(personaIndex.value(b.persona), stageIndex.value(b.stage));
        });
    }
    {
        QSqlQuery &query = c.select(u"SELECT id, target_kind, target_id, parent_id, author, created_at, text, resolved "
                                    "FROM comment WHERE map_id = ? ORDER BY id"_s,
                                    {map});
        while (query.next()) {
            const std::optional<Comment::Target> target = CommentText::targetFromKey(query.value(1).toString());
            if (!target)
                continue;
            Comment comment;
            comment.id = query.value(0).toLongLong();
            comment.target = *target;
            comment.targetId = query.value(2).toLongLong();
            comment.parent = query.value(3).isNull() ? 0 : query.value(3).toLongLong();
            comment.author = query.value(4).toString().left(ValueBounds::LineLength);
            comment.createdAt = query.value(5).toString().left(ValueBounds::KeyLength);
            comment.text = query.value(6).toString().left(ValueBounds::ParagraphLength);
            comment.resolved = query.value(7).toInt() != 0;
            data.comments.append(comment);
        }
        query.finish();
    }
    content.responses = ResponseCopy::read(c, map);
    {
        QSqlQuery &query = c.select(u"SELECT signature, mapping FROM import_mapping WHERE map_id = ? AND octet_length(mapping) <= ? "
                                    "ORDER BY signature"_s,
                                    {map, qint64(ImportMapping::MaxJsonBytes)});
        while (query.next())
            content.importMappings.append({query.value(0).toString(), query.value(1).toString().toUtf8()});
        query.finish();
    }
    transaction.commit();
    return content;
}

void Workspace::writeFile(const MapContent &content, const QString &path)
{
    const auto document = Document::create(path, content.data);
    for (const auto &[signature, json] : content.importMappings)
        document->setImportMapping(signature, json);
    if (!content.responses.isEmpty()) {
        ResponseBatch responses = content.responses; // the store numbers rows in place
        document->insertResponses(responses);
    }
}

} // namespace Waymark
