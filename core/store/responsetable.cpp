#include "responsetable.h"

#include "model/valuebounds.h"
#include "sqlitestatement.h"
#include "store.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Waymark::ResponseTable {

namespace {

constexpr qint64 ProgressEvery = 16384;
// Text is read at most one byte past its bound (ValueBounds), so that SQLite hands over no
// more than that whatever the file holds.
constexpr const char *Columns =
    "id, stage_id, touchpoint_id, substr(respondent, 1, 1025), nps, csat, ces, fcr, response_minutes, "
    "substr(submitted_at, 1, 65), substr(attributes, 1, 65537)";
static_assert(ValueBounds::RespondentLength == 1024 && ValueBounds::TimestampLength == 64
              && ValueBounds::AttributesLength == 65536, "the limits in Columns");

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

ResponseBatch read(SqliteStatement &statement)
{
    ResponseBatch batch;
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
    Id next = 0;
    SqliteStatement statement(store, "INSERT INTO response (id, stage_id, touchpoint_id, respondent, nps, csat, ces, "
                                     "fcr, response_minutes, submitted_at, attributes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    for (qsizetype i = 0; i < batch.size(); ++i) {
        ResponseBatch::Row &row = batch.row(i);
        if (row.id == 0) {
            if (next == 0)
                next = nextId(store);
            row.id = next++;
        }
        statement.bind(1, row.id);
        statement.bind(2, row.stage);
        if (row.touchpoint)
            statement.bind(3, row.touchpoint);
        else
            statement.bindNull(3);
        statement.bindText(4, batch.respondent(i));
        bindSmall(statement, 5, row.nps);
        bindSmall(statement, 6, row.csat);
        bindSmall(statement, 7, row.ces);
        bindSmall(statement, 8, row.fcr);
        if (std::isnan(row.minutes))
            statement.bindNull(9);
        else
            statement.bind(9, row.minutes);
        statement.bindText(10, batch.submittedAt(i));
        statement.bindText(11, batch.attributeJson(row.attributeSet));
        statement.step();
        statement.reset();
        if (progress && (i + 1) % ProgressEvery == 0 && !progress(i + 1))
            throw StoreError(StoreError::Code::Cancelled, QCoreApplication::translate("Waymark", "cancelled; nothing was imported"));
    }
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

} // namespace Waymark::ResponseTable
