#include "maprepair.h"

#include "boundedcolumns.h"
#include "io/messagetext.h"
#include "io/siblingfile.h"
#include "responsesummary.h"
#include "schema.h"
#include "sqlitestatement.h"
#include "sqlshape.h"
#include "store.h"
#include "tablenames.h"
#include "io/translate.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSet>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace Waymark::MapRepair {

namespace {

QString quote(const QString &identifier)
{
    return u'"' + QString(identifier).replace(u'"', u"\"\""_s) + u'"';
}

// The source's tables that are tables: not views, not virtual tables.
QSet<QString> realTables(Store &source)
{
    QSet<QString> tables;
    QSqlQuery &query = source.select(u"SELECT substr(name, 1, 256), substr(sql, 1, 64) FROM sqlite_schema WHERE type = 'table'"_s);
    while (source.next(query)) {
        const QStringList tokens = SqlShape::tokens(query.value(1).toString());
        if (tokens.value(0) == u"create"_s && tokens.value(1) == u"table"_s)
            tables.insert(query.value(0).toString().toLower());
    }
    return tables;
}

// The stored columns of a source table, by lower-case name: generated columns (hidden 2 and
// 3) compute a value from an expression the file chose, so they are never read.
QSet<QString> storedColumns(Store &source, const QString &table)
{
    QSet<QString> columns;
    QSqlQuery &query = source.select(u"SELECT name, hidden FROM pragma_table_xinfo(?)"_s, {table});
    while (source.next(query)) {
        if (query.value(1).toInt() == 0)
            columns.insert(query.value(0).toString().toLower());
    }
    return columns;
}

QList<BoundedColumns::Column> targetColumns(Store &target, const QString &table)
{
    QList<BoundedColumns::Column> columns;
    QSqlQuery &query = target.select(u"SELECT name, type, \"notnull\", dflt_value, pk FROM pragma_table_info(?)"_s, {table});
    while (target.next(query)) {
        columns.append({query.value(0).toString(), query.value(1).toString(), query.value(2).toBool(),
                        query.value(3).toString(), query.value(4).toInt() > 0});
    }
    return columns;
}

// Copies the rows of `table` whose values fit Waymark's schema; returns how many were read
// and how many were kept.
std::pair<qint64, qint64> copyTable(Store &source, Store &target, const QString &table)
{
    const QSet<QString> stored = storedColumns(source, table);
    QStringList expressions;
    QStringList names;
    for (const BoundedColumns::Column &column : targetColumns(target, table)) {
        if (!stored.contains(column.name.toLower()))
            continue;
        expressions.append(BoundedColumns::forCopy(table, column));
        names.append(quote(column.name));
    }
    if (names.isEmpty())
        return {0, 0};
    const QByteArray select = u"SELECT %1 FROM main.%2"_s.arg(expressions.join(u", "_s), quote(table)).toUtf8();
    const QByteArray insert = u"INSERT OR IGNORE INTO %1 (%2) VALUES (%3)"_s
                                  .arg(quote(table), names.join(u", "_s), placeholders(names.size()))
                                  .toUtf8();
    SqliteStatement reader(source, select.constData());
    SqliteStatement writer(target, insert.constData());
    qint64 read = 0;
    qint64 kept = 0;
    while (reader.step()) {
        ++read;
        for (int i = 0; i < names.size(); ++i)
            writer.bindColumn(i + 1, reader, i);
        writer.step();
        kept += sqlite3_changes(target.handle());
        writer.reset();
    }
    return {read, kept};
}

// Rows that refer to a missing row are left out (a reference that may be empty is emptied
// instead); tables come parents first, so what a removal orphans goes in the same pass.
void removeOrphans(Store &target, const QStringList &tables, QStringList &notes)
{
    for (const QString &table : tables) {
        const QList<BoundedColumns::Column> columns = targetColumns(target, table);
        QSqlQuery &keys = target.select(u"SELECT \"table\", \"from\", \"to\" FROM pragma_foreign_key_list(?)"_s, {table});
        QList<std::tuple<QString, QString, QString>> references;
        while (target.next(keys))
            references.append({keys.value(0).toString(), keys.value(1).toString(), keys.value(2).toString()});
        for (const auto &[parent, from, to] : std::as_const(references)) {
            bool nullable = false;
            for (const BoundedColumns::Column &column : columns)
                nullable = nullable || (column.name == from && !column.notNull);
            const QString missing = u"%1 IS NOT NULL AND %1 NOT IN (SELECT %2 FROM %3)"_s.arg(quote(from), quote(to), quote(parent));
            target.run(nullable ? u"UPDATE %1 SET %2 = NULL WHERE %3"_s.arg(quote(table), quote(from), missing)
                                : u"DELETE FROM %1 WHERE %2"_s.arg(quote(table), missing));
            const qint64 changed = sqlite3_changes(target.handle());
            if (changed > 0 && nullable)
                notes.append(tr("table %1: %2 rows referred to a missing row of table %3; the reference was removed")
                                 .arg(table, QString::number(changed), parent));
            else if (changed > 0)
                notes.append(tr("table %1: %2 rows referred to a missing row of table %3 and were left out")
                                 .arg(table, QString::number(changed), parent));
        }
    }
}

// Positions 0, 1, 2… in the order the file had them: per list, and per cell for cards.
void renumber(Store &target)
{
    for (const Entity entity : {Entity::Stage, Entity::Lane, Entity::Persona, Entity::BusinessPeriod}) {
        const QString table = tableOf(entity);
        target.run(u"UPDATE %1 SET position = r.p FROM (SELECT id, row_number() OVER (ORDER BY position, id) - 1 AS p "
                   "FROM %1) AS r WHERE %1.id = r.id AND %1.position IS NOT r.p"_s.arg(table));
    }
    target.run(u"UPDATE card SET position = r.p FROM (SELECT id, row_number() OVER (PARTITION BY stage_id, lane_id "
               "ORDER BY position, id) - 1 AS p FROM card) AS r WHERE card.id = r.id AND card.position IS NOT r.p"_s);
}

void fill(Store &source, Store &target, Report &report)
{
    const QSet<QString> available = realTables(source);
    QStringList tables = Schema::tables();
    tables.removeAll(u"response_summary"_s); // made again from the responses
    target.run(u"DELETE FROM map"_s);        // the source's row replaces the new map's
    for (const QString &table : std::as_const(tables)) {
        if (!available.contains(table)) {
            // An older format without the table has nothing to copy; say so for the rest.
            if (source.fileVersion() >= Schema::CurrentVersion)
                report.notes.append(tr("table %1 is missing; nothing of it was copied").arg(table));
            continue;
        }
        const auto [read, kept] = copyTable(source, target, table);
        if (kept < read)
            report.notes.append(tr("table %1: %2 of %3 rows held values Waymark cannot use and were left out")
                                    .arg(table, QString::number(read - kept), QString::number(read)));
    }
    if (target.scalar(u"SELECT count(*) FROM map"_s).toInt() == 0)
        target.run(u"INSERT INTO map (id, title, description) VALUES (1, '', '')"_s);
    removeOrphans(target, tables, report.notes);
    renumber(target);
    ResponseSummary::rebuild(target, {});
}

} // namespace

Report rebuild(Store &source, const QString &target)
{
    Report report;
    for (const SchemaProblem &problem : source.schemaProblems()) {
        // An altered table of Waymark's is rebuilt, not left out.
        if (problem.kind != SchemaProblem::Kind::Altered)
            report.leftOut.append(problem);
    }
    std::unique_ptr<Store> out = Store::create(target);
    try {
        // Off while rows are copied in any order and the orphans removed; checked at the end.
        out->run(u"PRAGMA foreign_keys = OFF"_s);
        {
            Store::Transaction transaction(*out);
            fill(source, *out, report);
            transaction.commit();
        }
        out->run(u"PRAGMA foreign_keys = ON"_s);
        const QStringList problems = out->integrityProblems();
        if (!problems.isEmpty())
            throw StoreError(StoreError::Code::Corrupt,
                             tr("cannot rebuild %1: %2").arg(source.quotedPath(), problems.first()));
    } catch (...) {
        out.reset();
        QFile::remove(target);
        throw;
    }
    return report;
}

Report repair(const QString &source, const QString &target)
{
    if (QFileInfo::exists(target))
        throw StoreError(StoreError::Code::Exists,
                         tr("%1 already exists; choose another name for the clean copy").arg(MessageText::quotedPath(target)));
    // Held until the copy is in place: no other writer starts a map under that name meanwhile.
    const std::unique_ptr<MapLock> lock = MapLock::acquire(target);
    std::unique_ptr<Store> store = Store::inspect(source);
    const QString temporary = SiblingFile::temporaryFor(target);
    Report report = rebuild(*store, temporary);
    store.reset();
    SiblingFile::replace(temporary, target);
    return report;
}

} // namespace Waymark::MapRepair
