#include "responsecopy.h"

#include "io/translate.h"
#include "model/response.h"
#include "model/valuebounds.h"
#include "store/storeerror.h"
#include "workspaceconnection.h"

#include <QSqlQuery>

#include <libpq-fe.h>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Waymark::ResponseCopy {

namespace {

// Bytes handed to libpq at a time.
constexpr qsizetype ChunkBytes = 1 << 20;

// COPY's text format: a backslash, tab, newline or carriage return in a value is escaped.
void appendText(QByteArray &out, QByteArrayView text)
{
    for (const char c : text) {
        switch (c) {
        case '\\': out.append("\\\\"); break;
        case '\t': out.append("\\t"); break;
        case '\n': out.append("\\n"); break;
        case '\r': out.append("\\r"); break;
        default: out.append(c); break;
        }
    }
}

void appendAnswer(QByteArray &out, qint8 value)
{
    if (value == ResponseBatch::None)
        out.append("\\N");
    else
        out.append(QByteArray::number(int(value)));
}

void appendRow(QByteArray &out, qint64 map, const ResponseBatch &batch, qsizetype i)
{
    const ResponseBatch::Row &row = batch.row(i);
    out.append(QByteArray::number(map)).append('\t');
    out.append(QByteArray::number(row.id)).append('\t');
    out.append(QByteArray::number(row.stage)).append('\t');
    if (row.touchpoint)
        out.append(QByteArray::number(row.touchpoint));
    else
        out.append("\\N");
    out.append('\t');
    appendText(out, batch.respondent(i));
    out.append('\t');
    appendAnswer(out, row.nps);
    out.append('\t');
    appendAnswer(out, row.csat);
    out.append('\t');
    appendAnswer(out, row.ces);
    out.append('\t');
    appendAnswer(out, row.fcr);
    out.append('\t');
    if (std::isnan(row.minutes))
        out.append("\\N");
    else
        out.append(QByteArray::number(row.minutes, 'g', 17));
    out.append('\t');
    appendText(out, batch.submittedAt(i));
    out.append('\t');
    appendText(out, batch.attributeJson(row.attributeSet));
    out.append('\n');
}

[[noreturn]] void failed(const WorkspaceConnection &connection, PGconn *pg)
{
    const QString detail = QString::fromUtf8(PQerrorMessage(pg)).section(u'\n', 0, 0).trimmed();
    throw StoreError(StoreError::Code::Io, tr("%1 refused the responses: %2").arg(connection.describe(), detail));
}

// The result of a finished COPY: an error, if the server found one in the rows.
void finish(const WorkspaceConnection &connection, PGconn *pg)
{
    QString error;
    QString state;
    while (PGresult *result = PQgetResult(pg)) {
        if (PQresultStatus(result) != PGRES_COMMAND_OK && error.isEmpty()) {
            error = QString::fromUtf8(PQresultErrorMessage(result)).section(u'\n', 0, 0).trimmed();
            if (const char *code = PQresultErrorField(result, PG_DIAG_SQLSTATE))
                state = QString::fromLatin1(code);
        }
        PQclear(result);
    }
    if (error.isEmpty())
        return;
    if (state == u"42501"_s)
        throw StoreError(StoreError::Code::ReadOnly, tr("the role may not import into %1: %2").arg(connection.describe(), error));
    throw StoreError(StoreError::Code::Io, tr("%1 refused the responses: %2").arg(connection.describe(), error));
}

qint8 answerFrom(const QVariant &value, int min, int max)
{
    if (value.isNull())
        return ResponseBatch::None;
    const int number = value.toInt();
    return number >= min && number <= max ? qint8(number) : ResponseBatch::None;
}

// A text as UTF-8 of at most `limit` bytes, cut before a character rather than inside one.
QByteArray boundedUtf8(const QVariant &value, qsizetype limit)
{
    QByteArray bytes = value.toString().toUtf8();
    if (bytes.size() > limit) {
        qsizetype end = limit;
        while (end > 0 && (uchar(bytes.at(end)) & 0xC0) == 0x80) // a continuation byte
            --end;
        bytes.truncate(end);
    }
    return bytes;
}

} // namespace

QString idArray(const QList<Id> &ids)
{
    QString text;
    text.reserve(ids.size() * 8 + 2);
    text += u'{';
    for (qsizetype i = 0; i < ids.size(); ++i) {
        if (i)
            text += u',';
        text += QString::number(ids.at(i));
    }
    text += u'}';
    return text;
}

ResponseBatch read(WorkspaceConnection &connection, qint64 map, const QList<Id> *ids)
{
    const QString columns = u"SELECT id, stage_id, touchpoint_id, respondent, nps, csat, ces, fcr, response_minutes, "
                            "submitted_at, attributes FROM response WHERE map_id = ?"_s;
    QSqlQuery &query = ids ? connection.select(columns + u" AND id = ANY (?::bigint[]) ORDER BY id"_s, {map, idArray(*ids)})
                           : connection.select(columns + u" ORDER BY id"_s, {map});
    ResponseBatch batch;
    while (query.next()) {
        ResponseBatch::Row row;
        row.id = query.value(0).toLongLong();
        row.stage = query.value(1).toLongLong();
        row.touchpoint = query.value(2).isNull() ? 0 : query.value(2).toLongLong();
        row.nps = answerFrom(query.value(4), Response::MinNps, Response::MaxNps);
        row.csat = answerFrom(query.value(5), Response::MinCsat, Response::MaxCsat);
        row.ces = answerFrom(query.value(6), Response::MinCes, Response::MaxCes);
        row.fcr = answerFrom(query.value(7), 0, 1);
        const QVariant minutes = query.value(8);
        if (!minutes.isNull() && minutes.toDouble() >= 0)
            row.minutes = minutes.toDouble();
        row.attributeSet = batch.attributeSetFromJson(boundedUtf8(query.value(10), ValueBounds::AttributesLength));
        batch.append(row, boundedUtf8(query.value(3), ValueBounds::RespondentLength),
                     boundedUtf8(query.value(9), ValueBounds::TimestampLength));
    }
    query.finish();
    return batch;
}

void write(WorkspaceConnection &connection, qint64 map, const ResponseBatch &batch)
{
    if (batch.isEmpty())
        return;
    PGconn *pg = static_cast<PGconn *>(connection.libpqHandle());
    PGresult *start = PQexec(pg, "COPY response (map_id, id, stage_id, touchpoint_id, respondent, nps, csat, ces, fcr, "
                                 "response_minutes, submitted_at, attributes) FROM STDIN");
    const ExecStatusType status = PQresultStatus(start);
    QString error = QString::fromUtf8(PQresultErrorMessage(start)).section(u'\n', 0, 0).trimmed();
    const char *code = PQresultErrorField(start, PG_DIAG_SQLSTATE);
    const QString state = code ? QString::fromLatin1(code) : QString();
    PQclear(start);
    if (status != PGRES_COPY_IN) {
        if (state == u"42501"_s)
            throw StoreError(StoreError::Code::ReadOnly, tr("the role may not import into %1: %2").arg(connection.describe(), error));
        throw StoreError(StoreError::Code::Io, tr("%1 refused the responses: %2").arg(connection.describe(), error));
    }

    QByteArray chunk;
    chunk.reserve(ChunkBytes + 4096);
    for (qsizetype i = 0; i < batch.size(); ++i) {
        appendRow(chunk, map, batch, i);
        if (chunk.size() >= ChunkBytes || i + 1 == batch.size()) {
            if (PQputCopyData(pg, chunk.constData(), int(chunk.size())) != 1) {
                PQputCopyEnd(pg, "waymark could not send the rows");
                finish(connection, pg);
                failed(connection, pg);
            }
            chunk.clear();
        }
    }
    if (PQputCopyEnd(pg, nullptr) != 1)
        failed(connection, pg);
    finish(connection, pg);
}

} // namespace Waymark::ResponseCopy
