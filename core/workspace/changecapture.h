#pragma once

#include "changedrows.h"

#include <QStringList>

struct sqlite3;
struct sqlite3_session;

namespace Waymark {

// Records which rows of the named tables one transaction on a local map copy changes, with
// SQLite's session extension (on the connection Qt's driver holds): the primary key of every
// row inserted, updated or deleted, whatever statement did it. Made when the transaction
// begins and read before it commits, so that a rolled-back transaction is never reported.
class ChangeCapture
{
public:
    // Throws StoreError when SQLite cannot record the tables.
    ChangeCapture(sqlite3 *db, const QStringList &tables);
    ~ChangeCapture();
    ChangeCapture(const ChangeCapture &) = delete;
    ChangeCapture &operator=(const ChangeCapture &) = delete;

    // The rows changed since the capture began (their net change: a row added and deleted
    // again within the transaction is not there).
    ChangedRows changes() const;

private:
    sqlite3_session *m_session = nullptr;
};

} // namespace Waymark
