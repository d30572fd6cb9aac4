#pragma once

#include <QString>

namespace Waymark {

struct FieldSpec;

// The SQL that reads a column of a map within its bounds (ValueBounds), so that SQLite hands
// over at most a little more than a value may hold: a 150-million-character title is cut by
// SQLite, not converted whole to a QString first. Any column of an SQLite table may hold any
// type, so numbers are read only when they are numbers.
namespace BoundedColumns {

// For reading: text and blobs cut at one more than their limit (so that a longer one is seen
// and reported when it is cut to size), numbers only when they are numbers. `qualifier`
// names the table in a join ("c.").
QString forReading(const FieldSpec &spec, const QString &qualifier = {});
QString text(const QString &column, qsizetype limit, const QString &qualifier = {});
QString number(const QString &column, const QString &qualifier = {});

// What a column of `table` must satisfy in a clean map; for MapRepair.
struct Column {
    QString name;
    QString type;      // as declared: INTEGER, REAL, TEXT, BLOB
    bool notNull = false;
    QString defaultSql; // the schema's DEFAULT, as SQL; empty when none
    bool primaryKey = false;
};

// For copying into a clean map: cut, clamped into range, invalid keys and colours replaced,
// NULL where a value is unusable (then the column's default, or the row is left out).
QString forCopy(const QString &table, const Column &column);

} // namespace BoundedColumns

} // namespace Waymark
