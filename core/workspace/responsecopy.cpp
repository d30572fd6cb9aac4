#include "responsecopy.h"

#include "io/translate.h"
#include "store/storeerror.h"
#include "workspaceconnection.h"

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

} // namespace

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
