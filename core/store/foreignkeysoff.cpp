#include "foreignkeysoff.h"

#include "store.h"

#include <sqlite3.h>

namespace Waymark {

ForeignKeysOff::ForeignKeysOff(Store &store)
    : m_store(store)
{
    sqlite3 *db = store.handle();
    if (store.isReadOnly() || !sqlite3_get_autocommit(db))
        return;
    int enabled = 1;
    // The C interface of PRAGMA foreign_keys; its answer says whether it took.
    if (sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_FKEY, 0, &enabled) == SQLITE_OK)
        m_active = enabled == 0;
}

ForeignKeysOff::~ForeignKeysOff()
{
    if (!m_active)
        return;
    // Also when the transaction could not be ended (it is rolled back with the connection): the
    // connection checks keys again for every later write.
    int enabled = 0;
    sqlite3_db_config(m_store.handle(), SQLITE_DBCONFIG_ENABLE_FKEY, 1, &enabled);
}

} // namespace Waymark
