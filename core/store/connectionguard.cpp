#include "connectionguard.h"

#include <QtGlobal>

#include <sqlite3.h>

#include <atomic>

namespace Waymark {

namespace {

using namespace std::chrono_literals;

// How many virtual machine instructions run between two looks at the clock: a few
// microseconds of work, so a runaway statement is seen at once and a normal one pays nothing.
constexpr int InstructionsPerCheck = 1000;
constexpr ConnectionGuard::Duration BaseBudget = 5s;
// What SQLite reads per second on a slow disk, at the least: a statement that takes longer
// than reading the whole file at this rate, several times over, is not reading the file.
constexpr long long BytesPerSecond = 8ll * 1024 * 1024;

std::atomic<long long> overrideMs{0};

} // namespace

ConnectionGuard::ConnectionGuard(sqlite3 *db)
    : m_db(db)
    , m_budget(defaultBudget())
{
    if (!m_db)
        return;
    int applied = 0;
    const auto config = [this, &applied](int option, int value) {
        int now = -1;
        if (sqlite3_db_config(m_db, option, value, &now) == SQLITE_OK && now == value)
            ++applied;
    };
    config(SQLITE_DBCONFIG_DEFENSIVE, 1);
    config(SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0);
    config(SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 0);
    config(SQLITE_DBCONFIG_ENABLE_TRIGGER, 0);
    config(SQLITE_DBCONFIG_ENABLE_VIEW, 0);
    const bool extensionsOff = sqlite3_enable_load_extension(m_db, 0) == SQLITE_OK;
    sqlite3_limit(m_db, SQLITE_LIMIT_LENGTH, MaxValueBytes);
    // Waymark's own statements are a few kilobytes; a schema statement longer than this in a
    // file is not one Waymark wrote, and SQLite refuses to parse it.
    sqlite3_limit(m_db, SQLITE_LIMIT_SQL_LENGTH, MaxStatementBytes);
    // Extended codes tell a hot journal (SQLITE_READONLY_ROLLBACK) from a read-only file.
    sqlite3_extended_result_codes(m_db, 1);
    sqlite3_progress_handler(m_db, InstructionsPerCheck, &ConnectionGuard::onProgress, this);
    m_applied = applied == 5 && extensionsOff;
    arm();
}

ConnectionGuard::~ConnectionGuard()
{
    if (m_db)
        sqlite3_progress_handler(m_db, 0, nullptr, nullptr);
}

void ConnectionGuard::arm()
{
    m_expired = false;
    m_deadline = std::chrono::steady_clock::now() + m_budget;
}

int ConnectionGuard::onProgress(void *data)
{
    auto *guard = static_cast<ConnectionGuard *>(data);
    if (std::chrono::steady_clock::now() < guard->m_deadline)
        return 0;
    guard->m_expired = true;
    return 1; // the statement ends with SQLITE_INTERRUPT
}

ConnectionGuard::Duration ConnectionGuard::budgetFor(long long bytes)
{
    return defaultBudget() + Duration(4 * 1000 * std::max(0ll, bytes) / BytesPerSecond);
}

ConnectionGuard::Duration ConnectionGuard::defaultBudget()
{
    if (const long long ms = overrideMs.load(); ms > 0)
        return Duration(ms);
    bool ok = false;
    const int fromEnvironment = qEnvironmentVariableIntValue("WAYMARK_STATEMENT_BUDGET_MS", &ok);
    return ok && fromEnvironment > 0 ? Duration(fromEnvironment) : BaseBudget;
}

void ConnectionGuard::setDefaultBudget(Duration budget)
{
    overrideMs.store(budget.count());
}

} // namespace Waymark
