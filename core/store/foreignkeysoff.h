#pragma once

namespace Waymark {

class Store;

// Turns SQLite's foreign-key enforcement off for a bulk write and back on at the end of the
// scope, whatever happens in between. SQLite ignores the pragma inside a transaction, so the
// guard must be made before the write's transaction begins, and it outlives that transaction;
// made inside one (an import that is part of a larger undo step), it does nothing and SQLite
// keeps checking every row. The bulk path checks the keys itself while it is active
// (ResponseTable::insert: every distinct stage and card once, in the same transaction).
class ForeignKeysOff
{
public:
    explicit ForeignKeysOff(Store &store);
    ~ForeignKeysOff();
    ForeignKeysOff(const ForeignKeysOff &) = delete;
    ForeignKeysOff &operator=(const ForeignKeysOff &) = delete;

    // Whether enforcement is off now, because of this guard.
    bool isActive() const { return m_active; }

private:
    Store &m_store;
    bool m_active = false;
};

} // namespace Waymark
