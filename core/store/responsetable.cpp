#include "responsetable.h"

#include "model/valuebounds.h"
#include "connectionguard.h"
#include "sqlitestatement.h"
#include "store.h"
#include "io/translate.h"

#include <QCoreApplication>
#include <QScopeGuard>
#include <QSet>

#include <chrono>
#include <limits>

using namespace Qt::StringLiterals;

namespace Waymark::ResponseTable {

namespace {

constexpr qint64 ProgressEvery = 16384;
constexpr int RowsPerStatement = 64; // 704 bound values, well under SQLite's limit
constexpr int ColumnCount = 11;
// Text is read at most one byte past its bound (ValueBounds), so that SQLite hands over no
// more than that whatever the file holds.
constexpr const char *Columns =
    "id, stage_id, touchpoint_id, substr(respondent, 1, 1025), nps, csat, ces, fcr, response_minutes, "
    "substr(submitted_at, 1, 65), substr(attributes, 1, 65537)";
static_assert(ValueBounds::RespondentLength == 1024 && ValueBounds::TimestampLength == 64
              && ValueBounds::AttributesLength == 65536, "the limits in Columns");

// The touchpoint index as the schema makes it (core/store/schema.cpp). A large import drops
// it and makes it again after the rows, which sorts once instead of inserting a million
// entries one by one; only a map whose index is exactly this one gets that.
constexpr const char *TouchpointIndex = "response_touchpoint";
constexpr QByteArrayView TouchpointIndexSql =
    "CREATE INDEX response_touchpoint ON response (touchpoint_id) WHERE touchpoint_id IS NOT NULL";
// Time for the one statement that makes the index: 1 ms per 100 rows beside the base budget
// (about 20 times what it takes), so that a large import is not taken for a runaway statement.
constexpr qint64 RowsPerIndexMillisecond = 100;

QByteArray insertSql(int rows)
{
    QByteArray sql = "INSERT OR FAIL INTO response (id, stage_id, touchpoint_id, respondent, nps, csat, ces, fcr, "
                     "response_minutes, submitted_at, attributes) VALUES ";
    for (int r = 0; r < rows; ++r)
        sql += r ? ", (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)" : "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    return sql;
}

void bindSmall(SqliteStatement &statement, int index, qint8 value)
{
    if (value == ResponseBatch::None)
        statement.bindNull(index);
    else
        statement.bind(index, qint64(value));
}

// An answer outside its scale counts as no answer: it cannot come from a survey.
qint8 smallAt(const SqliteStatement &statement, int column, int min, int max)
{
    if (statement.isNull(column))
        return ResponseBatch::None;
    const qint64 value = statement.integer(column);
    return value < min || value > max ? ResponseBatch::None : qint8(value);
}

// At most `limit` bytes, never ending inside a UTF-8 sequence.
QByteArrayView bounded(QByteArrayView text, qsizetype limit)
{
    if (text.size() <= limit)
        return text;
    qsizetype end = limit;
    while (end > 0 && (quint8(text.at(end)) & 0xc0) == 0x80)
        --end;
    return text.first(end);
}

void readRows(SqliteStatement &statement, ResponseBatch &batch)
{
    while (statement.step()) {
        ResponseBatch::Row row;
        row.id = statement.integer(0);
        row.stage = statement.integer(1);
        row.touchpoint = statement.isNull(2) ? 0 : statement.integer(2);
        row.nps = smallAt(statement, 4, 0, 10);
        row.csat = smallAt(statement, 5, 1, 5);
        row.ces = smallAt(statement, 6, 1, 7);
        row.fcr = smallAt(statement, 7, 0, 1);
        if (!statement.isNull(8)) {
            const double minutes = statement.real(8);
            if (std::isfinite(minutes) && minutes >= 0)
                row.minutes = minutes;
        }
        const QByteArrayView attributes = statement.text(10);
        row.attributeSet = attributes == "{}" || attributes.size() > ValueBounds::AttributesLength
            ? 0
            : batch.attributeSetFromJson(attributes.toByteArray());
        batch.append(row, bounded(statement.text(3), ValueBounds::RespondentLength),
                     bounded(statement.text(9), ValueBounds::TimestampLength));
    }
}

// The distinct stages and touchpoint cards the rows name.
struct Parents {
    QList<Id> stages;
    QList<Id> cards;
};

Parents parentsOf(const ResponseBatch &batch)
{
    QSet<Id> stages;
    QSet<Id> cards;
    Id lastStage = std::numeric_limits<Id>::min();
    Id lastCard = 0;
    for (qsizetype i = 0; i < batch.size(); ++i) {
        const ResponseBatch::Row &row = batch.row(i);
        if (row.stage != lastStage) {
            lastStage = row.stage;
            stages.insert(row.stage);
        }
        if (row.touchpoint != lastCard && row.touchpoint != 0) {
            lastCard = row.touchpoint;
            cards.insert(row.touchpoint);
        }
    }
    Parents parents{QList<Id>(stages.begin(), stages.end()), QList<Id>(cards.begin(), cards.end())};
    std::sort(parents.stages.begin(), parents.stages.end());
    std::sort(parents.cards.begin(), parents.cards.end());
    return parents;
}

// What the foreign keys of the rows would say, said once per stage and card rather than once
// per row; throws StoreError::Code::Invalid for the first one the map does not have.
void checkParents(Store &store, const Parents &parents)
{
    SqliteStatement stage(store, "SELECT 1 FROM stage WHERE id = ?");
    for (const Id id : parents.stages) {
        stage.bind(1, id);
        const bool found = stage.step();
        stage.reset();
        if (!found)
            throw StoreError(StoreError::Code::Invalid, tr("a response names stage %1, which the map does not have; nothing was imported").arg(id));
    }
    SqliteStatement card(store, "SELECT 1 FROM card WHERE id = ?");
    for (const Id id : parents.cards) {
        card.bind(1, id);
        const bool found = card.step();
        card.reset();
        if (!found)
            throw StoreError(StoreError::Code::Invalid, tr("a response names touchpoint card %1, which the map does not have; nothing was imported").arg(id));
    }
}

// Whether the touchpoint index is the schema's own, so that it may be dropped and made again.
bool hasOwnTouchpointIndex(Store &store)
{
    SqliteStatement statement(store, "SELECT sql FROM sqlite_schema WHERE type = 'index' AND name = ? AND tbl_name = 'response'");
    statement.bindText(1, TouchpointIndex);
    return statement.step() && statement.text(0) == TouchpointIndexSql;
}

// At least `limit` responses in the map? Counts no further than that.
qint64 countUpTo(Store &store, qint64 limit)
{
    SqliteStatement statement(store, "SELECT count(*) FROM (SELECT 1 FROM response LIMIT ?)");
    statement.bind(1, limit);
    return statement.step() ? statement.integer(0) : 0;
}

void createTouchpointIndex(Store &store, qint64 rows)
{
    ConnectionGuard &guard = store.guard();
    const ConnectionGuard::Duration budget = guard.budget();
    const auto restore = qScopeGuard([&guard, budget] { guard.setBudget(budget); });
    guard.setBudget(budget + std::chrono::milliseconds(rows / RowsPerIndexMillisecond));
    SqliteStatement create(store, QByteArray(TouchpointIndexSql.data(), TouchpointIndexSql.size()).constData());
    create.step();
}

ResponseBatch read(SqliteStatement &statement)
{
    ResponseBatch batch;
    readRows(statement, batch);
    return batch;
}

} // namespace

Id nextId(Store &store)
{
    return store.scalar(u"SELECT coalesce(max(id), 0) + 1 FROM response"_s).toLongLong();
}

qint64 count(Store &store)
{
    return store.scalar(u"SELECT count(*) FROM response"_s).toLongLong();
}

void insert(Store &store, ResponseBatch &batch, const std::function<bool(qint64)> &progress)
{
    // Many rows a statement: SQLite's cost per statement (cursors, constraint bookkeeping) is
    // paid once per RowsPerStatement rows. A failing row ends the whole import (the enclosing
    // transaction is rolled back), so no statement needs undoing halfway: OR FAIL for the
    // CHECK constraints, and the foreign keys checked at the commit instead of per statement
    // (the pragma ends with the transaction). Either way SQLite would otherwise copy every page
    // a statement touches into a statement journal first: a million rows wrote it 800,000
    // times. A new row (id 0) is numbered by SQLite after the largest id, as nextId() says;
    // the rows of one statement get consecutive ids.
    //
    // The foreign keys are checked here once per distinct stage and card. When the caller
    // turned SQLite's own checks off for the import (ForeignKeysOff: a million rows then
    // look up no parents), the check after the rows, in the same transaction, is what keeps
    // the file sound; with them on, SQLite checks every row as well.
    const Parents parents = parentsOf(batch);
    checkParents(store, parents);
    const bool foreignKeysOn = store.scalar(u"PRAGMA foreign_keys"_s).toInt() != 0;
    if (foreignKeysOn)
        store.run(u"PRAGMA defer_foreign_keys = ON"_s);
    // More new rows than there are: the index is made again after them (same transaction, so
    // a failure anywhere restores it with everything else).
    const qint64 existing = countUpTo(store, batch.size());
    const bool remakeIndex = batch.size() > existing && hasOwnTouchpointIndex(store);
    if (remakeIndex) {
        SqliteStatement drop(store, "DROP INDEX response_touchpoint");
        drop.step();
    }
    SqliteStatement many(store, insertSql(RowsPerStatement).constData());
    SqliteStatement one(store, insertSql(1).constData());
    const auto bindRow = [&batch](SqliteStatement &statement, int base, qsizetype i) {
        const ResponseBatch::Row &row = batch.row(i);
        if (row.id)
            statement.bind(base + 1, row.id);
        else
            statement.bindNull(base + 1);
        statement.bind(base + 2, row.stage);
        if (row.touchpoint)
            statement.bind(base + 3, row.touchpoint);
        else
            statement.bindNull(base + 3);
        statement.bindText(base + 4, batch.respondent(i));
        bindSmall(statement, base + 5, row.nps);
        bindSmall(statement, base + 6, row.csat);
        bindSmall(statement, base + 7, row.ces);
        bindSmall(statement, base + 8, row.fcr);
        if (std::isnan(row.minutes))
            statement.bindNull(base + 9);
        else
            statement.bind(base + 9, row.minutes);
        statement.bindText(base + 10, batch.submittedAt(i));
        statement.bindText(base + 11, batch.attributeJson(row.attributeSet));
    };
    qint64 reported = 0;
    for (qsizetype i = 0; i < batch.size();) {
        // A full statement's rows, all new or all numbered already; else one row at a time.
        qsizetype n = std::min<qsizetype>(RowsPerStatement, batch.size() - i);
        const bool fresh = batch.row(i).id == 0;
        for (qsizetype k = 1; k < n; ++k) {
            if ((batch.row(i + k).id == 0) != fresh) {
                n = k;
                break;
            }
        }
        if (n < RowsPerStatement)
            n = 1;
        SqliteStatement &statement = n == 1 ? one : many;
        for (qsizetype k = 0; k < n; ++k)
            bindRow(statement, int(k) * ColumnCount, i + k);
        statement.step();
        statement.reset();
        if (fresh) {
            const Id last = statement.lastInsertId();
            for (qsizetype k = 0; k < n; ++k)
                batch.row(i + k).id = last - n + 1 + k;
        }
        i += n;
        if (progress && i - reported >= ProgressEvery) {
            reported = i;
            if (!progress(i))
                throw StoreError(StoreError::Code::Cancelled, tr("cancelled; nothing was imported"));
        }
    }
    if (remakeIndex)
        createTouchpointIndex(store, existing + batch.size());
    if (!foreignKeysOn)
        checkParents(store, parents);
}

ResponseBatch readStages(Store &store, const QList<Id> &stages)
{
    if (stages.isEmpty()) {
        const QByteArray sql = QByteArray("SELECT ") + Columns + " FROM response ORDER BY id";
        SqliteStatement statement(store, sql.constData());
        return read(statement);
    }
    // Stage by stage would lose the id order the sums depend on: one pass, filtered.
    QByteArray sql = QByteArray("SELECT ") + Columns + " FROM response WHERE stage_id IN (";
    for (qsizetype i = 0; i < stages.size(); ++i)
        sql += i ? ", ?" : "?";
    sql += ") ORDER BY id";
    SqliteStatement statement(store, sql.constData());
    for (qsizetype i = 0; i < stages.size(); ++i)
        statement.bind(int(i + 1), stages.at(i));
    return read(statement);
}

ResponseBatch readRange(Store &store, Id first, Id last)
{
    const QByteArray sql = QByteArray("SELECT ") + Columns + " FROM response WHERE id BETWEEN ? AND ? ORDER BY id";
    SqliteStatement statement(store, sql.constData());
    statement.bind(1, first);
    statement.bind(2, last);
    return read(statement);
}

QList<Id> stagesOfRange(Store &store, Id first, Id last)
{
    SqliteStatement statement(store, "SELECT DISTINCT stage_id FROM response WHERE id BETWEEN ? AND ? ORDER BY stage_id");
    statement.bind(1, first);
    statement.bind(2, last);
    QList<Id> stages;
    while (statement.step())
        stages.append(statement.integer(0));
    return stages;
}

void removeRange(Store &store, Id first, Id last)
{
    SqliteStatement statement(store, "DELETE FROM response WHERE id BETWEEN ? AND ?");
    statement.bind(1, first);
    statement.bind(2, last);
    statement.step();
}

ResponseBatch readIds(Store &store, QList<Id> ids)
{
    std::sort(ids.begin(), ids.end());
    const QByteArray sql = QByteArray("SELECT ") + Columns + " FROM response WHERE id = ?";
    SqliteStatement statement(store, sql.constData());
    ResponseBatch batch;
    for (const Id id : std::as_const(ids)) {
        statement.bind(1, id);
        readRows(statement, batch);
        statement.reset();
    }
    return batch;
}

QList<Id> stagesOfIds(Store &store, const QList<Id> &ids)
{
    SqliteStatement statement(store, "SELECT stage_id FROM response WHERE id = ?");
    QList<Id> stages;
    for (const Id id : ids) {
        statement.bind(1, id);
        if (statement.step() && !stages.contains(statement.integer(0)))
            stages.append(statement.integer(0));
        statement.reset();
    }
    std::sort(stages.begin(), stages.end());
    return stages;
}

void removeIds(Store &store, const QList<Id> &ids)
{
    SqliteStatement statement(store, "DELETE FROM response WHERE id = ?");
    for (const Id id : ids) {
        statement.bind(1, id);
        statement.step();
        statement.reset();
    }
}

void forEachRespondent(Store &store, const std::function<void(QByteArrayView respondent, Id id)> &visit)
{
    SqliteStatement statement(store, "SELECT id, respondent FROM response WHERE respondent <> '' ORDER BY id");
    while (statement.step())
        visit(statement.text(1), statement.integer(0));
}

} // namespace Waymark::ResponseTable
