#include "rowmirror.h"

#include "model/ids.h"
#include "responsecopy.h"
#include "store/responsesummary.h"
#include "store/responsetable.h"
#include "store/store.h"
#include "workspaceconnection.h"

#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlField>
#include <QSqlQuery>
#include <QSqlRecord>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Waymark {

namespace {

const QString MapTable = u"map"_s;
const QString ResponseTable_ = u"response"_s;

// The key of each table, without map_id (the local copy holds one map).
const QHash<QString, QStringList> &keys()
{
    static const QHash<QString, QStringList> keys{
        {u"map"_s, {u"id"_s}},
        {u"stage"_s, {u"id"_s}},
        {u"lane"_s, {u"id"_s}},
        {u"persona"_s, {u"id"_s}},
        {u"business_period"_s, {u"id"_s}},
        {u"card"_s, {u"id"_s}},
        {u"card_persona"_s, {u"card_id"_s, u"persona_id"_s}},
        {u"card_link"_s, {u"opportunity_id"_s, u"pain_point_id"_s}},
        {u"emotion_point"_s, {u"persona_id"_s, u"stage_id"_s}},
        {u"comment"_s, {u"id"_s}},
        {u"import_mapping"_s, {u"signature"_s}},
        {u"response"_s, {u"id"_s}},
        {u"snapshot"_s, {u"id"_s}},
    };
    return keys;
}

QStringList namesOf(const QSqlRecord &record)
{
    // Column names are interpolated into statements: only plain lower-case names are taken.
    static const QRegularExpression plain(u"^[a-z_][a-z0-9_]*$"_s);
    QStringList names;
    for (int i = 0; i < record.count(); ++i) {
        if (plain.match(record.fieldName(i)).hasMatch())
            names.append(record.fieldName(i));
    }
    return names;
}

QString conditions(const QStringList &key)
{
    QStringList parts;
    for (const QString &column : key)
        parts.append(column + u" = ?"_s);
    return parts.join(u" AND "_s);
}

// Text the user typed into a row, for copying when the write fails: the longer texts only,
// not the keys and kinds a row also holds as text.
void collectTyped(const QString &table, const QStringList &names, const QVariantList &values, QStringList &typed)
{
    static const QSet<QString> words{u"title"_s, u"description"_s, u"name"_s, u"text"_s, u"quote"_s, u"goals"_s,
                                     u"needs"_s, u"pains"_s, u"motivations"_s, u"says"_s, u"thinks"_s, u"does"_s,
                                     u"feels"_s, u"owner"_s, u"role"_s, u"note"_s, u"period"_s};
    for (qsizetype i = 0; i < names.size(); ++i) {
        if (words.contains(names.at(i)) && values.at(i).metaType().id() == QMetaType::QString && !values.at(i).toString().isEmpty())
            typed.append(u"%1 %2: %3"_s.arg(table, names.at(i), values.at(i).toString()));
    }
}

} // namespace

RowMirror::RowMirror(Store &local, WorkspaceConnection &remote, qint64 map)
    : m_local(local)
    , m_remote(&remote)
    , m_map(map)
{
}

QStringList RowMirror::tables()
{
    return keys().keys();
}

void RowMirror::readColumns()
{
    for (const QString &table : tables())
        columns(table);
}

QStringList RowMirror::keyOf(const QString &table) const
{
    return keys().value(table);
}

const QStringList &RowMirror::columns(const QString &table)
{
    auto it = m_columns.find(table);
    if (it != m_columns.end())
        return *it;
    Q_ASSERT(keys().contains(table)); // the table name is one of ours, never a row's
    QSqlQuery &local = m_local.select(u"SELECT * FROM %1 LIMIT 0"_s.arg(table));
    const QStringList localNames = namesOf(local.record());
    local.finish();
    QSqlQuery &remote = m_remote->select(u"SELECT * FROM %1 LIMIT 0"_s.arg(table));
    const QStringList remoteNames = namesOf(remote.record());
    remote.finish();
    QStringList both;
    for (const QString &name : localNames) {
        // The map's own key differs between the two (id 1 here, map_id there).
        if (remoteNames.contains(name) && name != u"map_id"_s && !(table == MapTable && name == u"id"_s))
            both.append(name);
    }
    return *m_columns.insert(table, both);
}

QList<RowMirror::Row> RowMirror::readLocal(const QString &table, const QList<ChangedRows::Key> &keys)
{
    const QStringList &names = columns(table);
    const QString sql = u"SELECT %1 FROM %2 WHERE %3"_s.arg(names.join(u", "_s), table, conditions(keyOf(table)));
    QList<Row> rows;
    rows.reserve(keys.size());
    for (const ChangedRows::Key &key : keys) {
        QSqlQuery &query = m_local.query(sql);
        for (qsizetype i = 0; i < key.size(); ++i)
            query.bindValue(int(i), key.at(i));
        m_local.arm();
        if (!query.exec())
            m_local.fail(query.lastError());
        Row row{key, {}};
        if (m_local.next(query)) {
            for (qsizetype i = 0; i < names.size(); ++i)
                row.values.append(query.value(int(i)));
            query.finish();
        }
        rows.append(row);
    }
    return rows;
}

void RowMirror::upsertRemote(const QString &table, const QList<Row> &rows)
{
    const QStringList &names = columns(table);
    const QStringList key = keyOf(table);
    QStringList updates;
    for (const QString &name : names) {
        if (!key.contains(name))
            updates.append(u"%1 = excluded.%1"_s.arg(name));
    }
    QStringList marks(names.size() + 1, u"?"_s);
    const QString sql = u"INSERT INTO %1 (map_id, %2) VALUES (%3) ON CONFLICT (map_id, %4) DO %5"_s.arg(
        table, names.join(u", "_s), marks.join(u", "_s), key.join(u", "_s),
        updates.isEmpty() ? u"NOTHING"_s : u"UPDATE SET "_s + updates.join(u", "_s));
    for (const Row &row : rows) {
        if (row.values.isEmpty())
            continue;
        QSqlQuery &query = m_remote->query(sql);
        query.bindValue(0, m_map);
        for (qsizetype i = 0; i < row.values.size(); ++i)
            query.bindValue(int(i + 1), row.values.at(i));
        m_remote->run(query);
    }
}

void RowMirror::deleteRemote(const QString &table, const QList<Row> &rows)
{
    const QString sql = u"DELETE FROM %1 WHERE map_id = ? AND %2"_s.arg(table, conditions(keyOf(table)));
    for (const Row &row : rows) {
        if (!row.values.isEmpty())
            continue;
        QSqlQuery &query = m_remote->query(sql);
        query.bindValue(0, m_map);
        for (qsizetype i = 0; i < row.key.size(); ++i)
            query.bindValue(int(i + 1), row.key.at(i));
        m_remote->run(query);
    }
}

void RowMirror::pushMap()
{
    const QStringList &names = columns(MapTable);
    QSqlQuery &local = m_local.select(u"SELECT %1 FROM map"_s.arg(names.join(u", "_s)));
    if (!m_local.next(local))
        return;
    QVariantList values;
    for (qsizetype i = 0; i < names.size(); ++i)
        values.append(local.value(int(i)));
    local.finish();
    QStringList sets;
    for (const QString &name : names)
        sets.append(name + u" = ?"_s);
    QSqlQuery &query = m_remote->query(u"UPDATE map SET %1 WHERE map_id = ?"_s.arg(sets.join(u", "_s)));
    for (qsizetype i = 0; i < values.size(); ++i)
        query.bindValue(int(i), values.at(i));
    query.bindValue(int(values.size()), m_map);
    m_remote->run(query);
}

void RowMirror::pushResponses(const QList<ChangedRows::Key> &keys)
{
    // Every response the change touched goes, and those that are still here come back by
    // COPY: one statement and one stream however many rows an import added.
    QList<Id> ids;
    ids.reserve(keys.size());
    for (const ChangedRows::Key &key : keys)
        ids.append(key.value(0).toLongLong());
    m_remote->run(u"DELETE FROM response WHERE map_id = ? AND id = ANY (?::bigint[])"_s, {m_map, ResponseCopy::idArray(ids)});
    const ResponseBatch present = ResponseTable::readIds(m_local, ids);
    if (!present.isEmpty())
        ResponseCopy::write(*m_remote, m_map, present);
}

QStringList RowMirror::typedText(const ChangedRows &rows)
{
    QStringList typed;
    for (auto it = rows.keys.cbegin(); it != rows.keys.cend(); ++it) {
        if (it.key() == ResponseTable_ || it.key() == MapTable || !keys().contains(it.key()))
            continue;
        for (const Row &row : readLocal(it.key(), *it)) {
            if (!row.values.isEmpty())
                collectTyped(it.key(), columns(it.key()), row.values, typed);
        }
    }
    if (rows.keys.contains(MapTable)) {
        const QStringList &names = columns(MapTable);
        QSqlQuery &local = m_local.select(u"SELECT %1 FROM map"_s.arg(names.join(u", "_s)));
        if (m_local.next(local)) {
            QVariantList values;
            for (qsizetype i = 0; i < names.size(); ++i)
                values.append(local.value(int(i)));
            local.finish();
            collectTyped(MapTable, names, values, typed);
        }
    }
    return typed;
}

void RowMirror::push(const ChangedRows &rows)
{
    Q_ASSERT(!rows.everything && rows.whole.isEmpty()); // a capture names its rows
    QHash<QString, QList<Row>> state;
    for (auto it = rows.keys.cbegin(); it != rows.keys.cend(); ++it) {
        if (it.key() == MapTable || it.key() == ResponseTable_ || !keys().contains(it.key()))
            continue;
        QList<Row> read = readLocal(it.key(), *it);
        if (it.key() == u"comment"_s) // threads before their replies
            std::sort(read.begin(), read.end(), [](const Row &a, const Row &b) { return a.key.value(0).toLongLong() < b.key.value(0).toLongLong(); });
        state.insert(it.key(), read);
    }
    const auto upsert = [&](const QString &table) { upsertRemote(table, state.value(table)); };
    const auto remove = [&](const QString &table) { deleteRemote(table, state.value(table)); };

    const bool responses = rows.keys.contains(ResponseTable_);
    for (const QString &table : {u"stage"_s, u"lane"_s, u"persona"_s, u"business_period"_s})
        upsert(table);
    if (rows.keys.contains(MapTable))
        pushMap();
    for (const QString &table : {u"card_link"_s, u"card_persona"_s, u"emotion_point"_s, u"comment"_s})
        remove(table);
    upsert(u"card"_s);
    // Responses after the cards they may name now came, before those they no longer name go.
    if (responses)
        pushResponses(rows.keys.value(ResponseTable_));
    remove(u"card"_s);
    for (const QString &table : {u"stage"_s, u"lane"_s, u"persona"_s, u"business_period"_s})
        remove(table);
    for (const QString &table : {u"card_persona"_s, u"card_link"_s, u"emotion_point"_s, u"comment"_s, u"import_mapping"_s, u"snapshot"_s})
        upsert(table);
    remove(u"import_mapping"_s);
    remove(u"snapshot"_s);
}

// Pulling -------------------------------------------------------------------------------------

void RowMirror::writeLocal(const QString &table, const QStringList &names, const QVariantList &values)
{
    const QStringList key = keyOf(table);
    QStringList updates;
    for (const QString &name : names) {
        if (!key.contains(name))
            updates.append(u"%1 = excluded.%1"_s.arg(name));
    }
    QStringList marks(names.size(), u"?"_s);
    QSqlQuery &query = m_local.query(u"INSERT INTO %1 (%2) VALUES (%3) ON CONFLICT (%4) DO %5"_s.arg(
        table, names.join(u", "_s), marks.join(u", "_s), key.join(u", "_s),
        updates.isEmpty() ? u"NOTHING"_s : u"UPDATE SET "_s + updates.join(u", "_s)));
    for (qsizetype i = 0; i < values.size(); ++i)
        query.bindValue(int(i), values.at(i));
    m_local.run(query);
}

void RowMirror::pullTable(const QString &table, const ChangedRows &rows)
{
    const QStringList &names = columns(table);
    const QStringList key = keyOf(table);
    const QString select = u"SELECT %1 FROM %2 WHERE map_id = ?"_s.arg(names.join(u", "_s), table);
    const auto copyRows = [&](QSqlQuery &query) {
        while (query.next()) {
            QVariantList values;
            for (qsizetype i = 0; i < names.size(); ++i)
                values.append(query.value(int(i)));
            writeLocal(table, names, values);
        }
        query.finish();
    };
    if (rows.everything || rows.whole.contains(table)) {
        m_local.run(u"DELETE FROM %1"_s.arg(table));
        copyRows(m_remote->select(select, {m_map}));
        return;
    }
    const QString one = select + u" AND "_s + conditions(key);
    for (const ChangedRows::Key &values : rows.keys.value(table)) {
        if (values.size() != key.size())
            continue; // not a key of this table: another program's log row
        QSqlQuery &query = m_remote->query(one);
        query.bindValue(0, m_map);
        for (qsizetype i = 0; i < values.size(); ++i)
            query.bindValue(int(i + 1), values.at(i));
        if (!query.exec())
            m_remote->fail(query.lastError());
        if (query.next()) {
            QVariantList row;
            for (qsizetype i = 0; i < names.size(); ++i)
                row.append(query.value(int(i)));
            query.finish();
            writeLocal(table, names, row);
            continue;
        }
        query.finish();
        QSqlQuery &gone = m_local.query(u"DELETE FROM %1 WHERE %2"_s.arg(table, conditions(key)));
        for (qsizetype i = 0; i < values.size(); ++i)
            gone.bindValue(int(i), values.at(i));
        m_local.run(gone);
    }
}

void RowMirror::pullMap()
{
    const QStringList &names = columns(MapTable);
    QSqlQuery &remote = m_remote->select(u"SELECT %1 FROM map WHERE map_id = ?"_s.arg(names.join(u", "_s)), {m_map});
    if (!remote.next()) {
        remote.finish();
        return;
    }
    QVariantList values;
    for (qsizetype i = 0; i < names.size(); ++i)
        values.append(remote.value(int(i)));
    remote.finish();
    QStringList sets;
    for (const QString &name : names)
        sets.append(name + u" = ?"_s);
    QSqlQuery &query = m_local.query(u"UPDATE map SET %1"_s.arg(sets.join(u", "_s)));
    for (qsizetype i = 0; i < values.size(); ++i)
        query.bindValue(int(i), values.at(i));
    m_local.run(query);
}

void RowMirror::pullResponses(const ChangedRows &rows)
{
    QList<Id> stages;
    if (rows.everything || rows.whole.contains(ResponseTable_)) {
        m_local.run(u"DELETE FROM response"_s);
        ResponseBatch batch = ResponseCopy::read(*m_remote, m_map);
        ResponseTable::insert(m_local, batch);
        QSqlQuery &query = m_local.select(u"SELECT id FROM stage"_s);
        while (m_local.next(query))
            stages.append(query.value(0).toLongLong());
    } else {
        QList<Id> ids;
        for (const ChangedRows::Key &key : rows.keys.value(ResponseTable_))
            ids.append(key.value(0).toLongLong());
        stages = ResponseTable::stagesOfIds(m_local, ids);
        ResponseTable::removeIds(m_local, ids);
        ResponseBatch batch = ResponseCopy::read(*m_remote, m_map, &ids);
        for (qsizetype i = 0; i < batch.size(); ++i) {
            if (!stages.contains(batch.row(i).stage))
                stages.append(batch.row(i).stage);
        }
        ResponseTable::insert(m_local, batch);
    }
    ResponseSummary::rebuild(m_local, stages);
}

void RowMirror::pull(const ChangedRows &rows)
{
    // Checked at the end of the transaction: rows arrive in table order, not in the order
    // their references need.
    m_local.deferForeignKeys();
    if (rows.touches(MapTable))
        pullMap();
    for (const QString &table : {u"stage"_s, u"lane"_s, u"persona"_s, u"business_period"_s, u"card"_s, u"card_persona"_s,
                                 u"card_link"_s, u"emotion_point"_s, u"comment"_s, u"import_mapping"_s, u"snapshot"_s}) {
        if (rows.touches(table))
            pullTable(table, rows);
    }
    if (rows.touches(ResponseTable_))
        pullResponses(rows);
}

} // namespace Waymark
