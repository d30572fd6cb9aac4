#include "mapchecker.h"

#include "model/fields.h"
#include "model/valuebounds.h"
#include "store.h"
#include "tablenames.h"
#include "io/translate.h"

#include <QColor>
#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Waymark::MapChecker {

namespace {

void checkPositions(Store &store, Entity entity, QStringList &problems)
{
    const QString table = tableOf(entity);
    QSqlQuery &q = store.select(u"SELECT count(*), coalesce(min(position), 0), coalesce(max(position), -1), "
                              "count(DISTINCT position) FROM %1"_s.arg(table));
    if (!store.next(q))
        return;
    const qint64 count = q.value(0).toLongLong();
    if (q.value(1).toLongLong() != 0 && count > 0)
        problems.append(tr("table %1: positions do not start at 0").arg(table));
    else if (q.value(2).toLongLong() != count - 1 || q.value(3).toLongLong() != count)
        problems.append(tr("table %1: positions are not numbered 0 to %2 without gaps or repeats").arg(table, QString::number(count - 1)));
    q.finish();
}

void checkCells(Store &store, QStringList &problems)
{
    QSqlQuery &q = store.select(u"SELECT stage_id, lane_id FROM card GROUP BY stage_id, lane_id "
                              "HAVING min(position) <> 0 OR max(position) <> count(*) - 1 "
                              "OR count(DISTINCT position) <> count(*)"_s);
    while (store.next(q)) {
        problems.append(tr("cards in stage %1, lane %2: positions are not numbered without gaps or repeats")
                            .arg(q.value(0).toString(), q.value(1).toString()));
    }
}

template<typename T>
void checkFields(Store &store, Entity entity, QStringList &problems)
{
    const QString table = tableOf(entity);
    for (const auto &access : EntityTraits<T>::fields()) {
        const FieldSpec &spec = access.spec;
        if (spec.type != FieldType::Key && spec.type != FieldType::Color)
            continue;
        const QString column = QString::fromLatin1(spec.key);
        QSqlQuery &q = store.select(u"SELECT id, %1 FROM %2 ORDER BY id"_s.arg(column, table));
        while (store.next(q)) {
            const QString value = q.value(1).toString();
            const bool valid = spec.type == FieldType::Key ? enumFromKey(spec.keys, value).has_value()
                                                           : value.isEmpty() || QColor::fromString(value).isValid();
            if (!valid)
                problems.append(tr("%1 %2: '%3' is not a valid %4").arg(table, q.value(0).toString(), value, column));
        }
    }
}

// The schema refuses a card linked to itself, unless its checks were switched off.
void checkLinks(Store &store, QStringList &problems)
{
    QSqlQuery &q = store.select(u"SELECT opportunity_id FROM card_link WHERE opportunity_id = pain_point_id"_s);
    while (store.next(q))
        problems.append(tr("card %1 is linked to itself").arg(q.value(0).toString()));
}

// Schema 5's values that have no field of their own: a review date that is not a date, a
// snapshot too large to be inflated, a comment on something that is not a card, stage or map
// (the schema's checks refuse the last unless they were switched off).
void checkSchema5(Store &store, QStringList &problems)
{
    // `check` inspects a file as it is: an older one has none of it yet.
    if (store.scalar(u"SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name IN ('snapshot', 'comment')"_s).toInt() != 2
        || store.scalar(u"SELECT count(*) FROM pragma_table_info('map') WHERE name = 'review_date'"_s).toInt() != 1)
        return;
    const QVariant date = store.scalar(u"SELECT substr(review_date, 1, 64) FROM map WHERE id = 1 AND review_date <> '' "
                                       "AND (typeof(review_date) <> 'text' OR date(review_date, '+0 days') IS NOT review_date)"_s);
    if (!date.isNull())
        problems.append(tr("the map's review date '%1' is not a date (yyyy-mm-dd)").arg(date.toString()));
    QSqlQuery &snapshots = store.select(u"SELECT substr(label, 1, 256) FROM snapshot WHERE typeof(data) <> 'blob' "
                                        "OR length(data) > ? ORDER BY id"_s, {qint64(ValueBounds::SnapshotBytes)});
    while (store.next(snapshots))
        problems.append(tr("snapshot '%1' is not a snapshot Waymark can read").arg(snapshots.value(0).toString()));
    QSqlQuery &comments = store.select(u"SELECT id FROM comment WHERE target_kind NOT IN ('map', 'stage', 'card') "
                                       "OR resolved NOT IN (0, 1) ORDER BY id"_s);
    while (store.next(comments))
        problems.append(tr("comment %1: its target or state is not one Waymark writes").arg(comments.value(0).toString()));
}

} // namespace

QStringList problems(Store &store)
{
    QStringList problems = store.integrityProblems();
    if (!problems.isEmpty())
        return problems; // the rest would only repeat the damage
    if (store.scalar(u"SELECT count(*) FROM map WHERE id = 1"_s).toInt() != 1)
        problems.append(tr("the map's title row is missing"));
    for (const Entity entity : {Entity::Stage, Entity::Lane, Entity::Persona, Entity::BusinessPeriod})
        checkPositions(store, entity, problems);
    checkCells(store, problems);
    checkLinks(store, problems);
    checkSchema5(store, problems);
    checkFields<Stage>(store, Entity::Stage, problems);
    checkFields<Lane>(store, Entity::Lane, problems);
    checkFields<Card>(store, Entity::Card, problems);
    checkFields<Persona>(store, Entity::Persona, problems);
    return problems;
}

} // namespace Waymark::MapChecker
