#include "snapshottable.h"

#include "boundedcolumns.h"
#include "model/valuebounds.h"
#include "store.h"

using namespace Qt::StringLiterals;

namespace Waymark::SnapshotTable {

namespace {

QString columns()
{
    return u"id, %1, %2, %3, CASE WHEN typeof(data) = 'blob' THEN length(data) ELSE -1 END"_s.arg(
        BoundedColumns::text(u"label"_s, ValueBounds::LineLength), BoundedColumns::text(u"created_at"_s, ValueBounds::TimestampLength),
        BoundedColumns::text(u"author"_s, ValueBounds::LineLength));
}

SnapshotEntry entryOf(const QSqlQuery &query)
{
    return {query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(), query.value(3).toString(),
            query.value(4).toLongLong()};
}

} // namespace

QList<SnapshotEntry> list(Store &store)
{
    QList<SnapshotEntry> entries;
    QSqlQuery &query = store.select(u"SELECT %1 FROM snapshot ORDER BY id"_s.arg(columns()));
    while (store.next(query))
        entries.append(entryOf(query));
    return entries;
}

std::optional<SnapshotEntry> find(Store &store, const QString &label)
{
    QSqlQuery &query = store.select(u"SELECT %1 FROM snapshot WHERE label = ?"_s.arg(columns()), {label});
    std::optional<SnapshotEntry> entry;
    if (store.next(query))
        entry = entryOf(query);
    query.finish();
    return entry;
}

bool exists(Store &store, const QString &label)
{
    return store.scalar(u"SELECT count(*) FROM snapshot WHERE label = ?"_s, {label}).toLongLong() > 0;
}

std::optional<QByteArray> data(Store &store, Id id)
{
    QSqlQuery &query = store.select(u"SELECT CASE WHEN typeof(data) = 'blob' AND length(data) <= ? THEN data END "
                                    "FROM snapshot WHERE id = ?"_s,
                                    {qint64(ValueBounds::SnapshotBytes), id});
    std::optional<QByteArray> blob;
    if (store.next(query) && !query.isNull(0))
        blob = query.value(0).toByteArray();
    query.finish();
    return blob;
}

Id insert(Store &store, const SnapshotEntry &entry, const QByteArray &data)
{
    store.run(u"INSERT INTO snapshot (id, label, created_at, author, data) VALUES (?, ?, ?, ?, ?)"_s,
              {entry.id ? QVariant(entry.id) : QVariant(), entry.label, entry.createdAt, entry.author, data});
    return store.scalar(u"SELECT id FROM snapshot WHERE label = ?"_s, {entry.label}).toLongLong();
}

void remove(Store &store, Id id)
{
    store.run(u"DELETE FROM snapshot WHERE id = ?"_s, {id});
}

} // namespace Waymark::SnapshotTable
