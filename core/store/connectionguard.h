#pragma once

#include <chrono>

struct sqlite3;

namespace Waymark {

// The limits every SQLite connection to a map runs under, since a map is untrusted input:
// - SQLITE_DBCONFIG_DEFENSIVE (no writable_schema, no journal_mode=OFF tricks, no direct
//   writes to shadow tables), trusted_schema off (functions with side effects never run from
//   the schema), extension loading off;
// - triggers and views off: Waymark creates neither, so one found in a file (or added by
//   another program while the map is open) can neither fire on Waymark's writes nor run a
//   query when read;
// - caps on the length of any value SQLite makes (a crafted printf() cannot take gigabytes)
//   and of any statement it parses;
// - a progress handler that ends a statement that runs past its budget.
// The budget restarts at every step (arm()): a million-row import is a million short steps,
// a runaway recursive query one long one.
class ConnectionGuard
{
public:
    using Duration = std::chrono::milliseconds;

    // The largest value (string or blob) SQLite may hold on these connections. Far above any
    // field's limit (ValueBounds), so that over-long values are still readable and cut to size.
    static constexpr int MaxValueBytes = 256 * 1024 * 1024;
    static constexpr int MaxStatementBytes = 1024 * 1024;

    // Applies every setting; isApplied() is false when SQLite refused one (then the connection
    // must not be used).
    explicit ConnectionGuard(sqlite3 *db);
    ~ConnectionGuard();
    ConnectionGuard(const ConnectionGuard &) = delete;
    ConnectionGuard &operator=(const ConnectionGuard &) = delete;

    bool isApplied() const { return m_applied; }

    // A statement (or its next step) begins: it may run for budget() from now.
    void arm();
    // Whether the last statement was ended by the budget.
    bool expired() const { return m_expired; }

    Duration budget() const { return m_budget; }
    void setBudget(Duration budget) { m_budget = budget; }
    // The budget for a file of `bytes`: the base budget plus time to read the file a few
    // times over, so that a whole-file statement on a large genuine map is never cut short.
    static Duration budgetFor(long long bytes);

    // The base budget of new connections: 5 s, or WAYMARK_STATEMENT_BUDGET_MS when set (for
    // tests and for slow machines).
    static Duration defaultBudget();
    static void setDefaultBudget(Duration budget); // for tests; Duration::zero() restores

private:
    static int onProgress(void *guard);

    sqlite3 *m_db;
    bool m_applied = false;
    bool m_expired = false;
    Duration m_budget;
    std::chrono::steady_clock::time_point m_deadline;
};

} // namespace Waymark
