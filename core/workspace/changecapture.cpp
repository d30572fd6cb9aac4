#include "changecapture.h"

#include "io/translate.h"
#include "store/storeerror.h"

// The session extension's declarations are guarded in sqlite3.h; Debian's libsqlite3 is built
// with both (sqlite3session_create and sqlite3_preupdate_hook are exported).
#define SQLITE_ENABLE_SESSION 1
#define SQLITE_ENABLE_PREUPDATE_HOOK 1
#include <sqlite3.h>

#include <memory>

namespace Waymark {

namespace {

QVariant fromValue(sqlite3_value *value)
{
    if (!value)
        return {};
    switch (sqlite3_value_type(value)) {
    case SQLITE_INTEGER: return qint64(sqlite3_value_int64(value));
    case SQLITE_FLOAT: return sqlite3_value_double(value);
    case SQLITE_TEXT:
        return QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_value_text(value)), sqlite3_value_bytes(value));
    default: return {};
    }
}

[[noreturn]] void failed(int code)
{
    throw StoreError(StoreError::Code::Io, tr("changes of the map could not be followed for the workspace (%1)")
                                               .arg(QString::fromUtf8(sqlite3_errstr(code))));
}

} // namespace

ChangeCapture::ChangeCapture(sqlite3 *db, const QStringList &tables)
{
    if (const int rc = sqlite3session_create(db, "main", &m_session); rc != SQLITE_OK)
        failed(rc);
    for (const QString &table : tables) {
        if (const int rc = sqlite3session_attach(m_session, table.toUtf8().constData()); rc != SQLITE_OK) {
            sqlite3session_delete(m_session);
            failed(rc);
        }
    }
}

ChangeCapture::~ChangeCapture()
{
    sqlite3session_delete(m_session);
}

ChangedRows ChangeCapture::changes() const
{
    int size = 0;
    void *buffer = nullptr;
    if (const int rc = sqlite3session_changeset(m_session, &size, &buffer); rc != SQLITE_OK)
        failed(rc);
    const std::unique_ptr<void, decltype(&sqlite3_free)> owned(buffer, &sqlite3_free);
    ChangedRows rows;
    if (size == 0)
        return rows;
    sqlite3_changeset_iter *iterator = nullptr;
    if (const int rc = sqlite3changeset_start(&iterator, size, buffer); rc != SQLITE_OK)
        failed(rc);
    while (sqlite3changeset_next(iterator) == SQLITE_ROW) {
        const char *table = nullptr;
        int columns = 0, operation = 0, indirect = 0;
        sqlite3changeset_op(iterator, &table, &columns, &operation, &indirect);
        unsigned char *primaryKey = nullptr;
        sqlite3changeset_pk(iterator, &primaryKey, &columns);
        ChangedRows::Key key;
        for (int i = 0; i < columns; ++i) {
            if (!primaryKey[i])
                continue;
            sqlite3_value *value = nullptr;
            // A deleted row has only old values; an inserted one only new ones; an update both,
            // with the key among the old.
            if (operation == SQLITE_INSERT)
                sqlite3changeset_new(iterator, i, &value);
            else
                sqlite3changeset_old(iterator, i, &value);
            key.append(fromValue(value));
        }
        rows.add(QString::fromUtf8(table), key);
    }
    if (const int rc = sqlite3changeset_finalize(iterator); rc != SQLITE_OK)
        failed(rc);
    return rows;
}

} // namespace Waymark
