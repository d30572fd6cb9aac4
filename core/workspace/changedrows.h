#pragma once

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QVariant>

namespace Waymark {

// The rows a change of a workspace map touched, by table and primary key (without map_id):
// what the change log records beside each change, so that a follower re-reads only those rows.
// A table can be marked whole (every row may have changed: a bulk import), and the change as
// a whole can be "everything" (a publish, or a log entry written without rows).
struct ChangedRows {
    using Key = QVariantList;

    QHash<QString, QList<Key>> keys;
    QSet<QString> whole;
    bool everything = false;

    bool isEmpty() const { return !everything && whole.isEmpty() && keys.isEmpty(); }
    bool touches(const QString &table) const { return everything || whole.contains(table) || keys.contains(table); }
    void add(const QString &table, const Key &key);
    void addWhole(const QString &table);
    void merge(const ChangedRows &other);
    // Whether the two name a row in common (or one of them a whole table the other touches).
    bool overlaps(const ChangedRows &other) const;

    // The change log's changed_rows: a JSON object {"card": [[5], [7]], "response": "*"};
    // null (a QVariant of no value) for everything. A table of more than MaxKeys rows is
    // written whole.
    static constexpr qsizetype MaxKeys = 20000;
    QVariant toLog() const;
    // Anything but an object of those shapes (another program's row, a damaged one) is
    // everything: the follower then re-reads the whole map, which is always right.
    static ChangedRows fromLog(const QVariant &value);
};

} // namespace Waymark
