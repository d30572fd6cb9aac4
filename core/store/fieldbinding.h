#pragma once

#include "model/fields.h"
#include "model/valuebounds.h"
#include "store.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace Waymark {

// Moving an entity's fields in and out of a row, the same for a map file and a workspace:
// bound by position in field order, and read back within their bounds (ValueBounds).
namespace FieldBinding {

// An id column's value: NULL for "none" (0).
inline QVariant idValue(Id id)
{
    return id ? QVariant(id) : QVariant();
}

// Binds the entity's fields from position `first` on, in field order (sqlValue() spellings).
template<typename T>
void bind(QSqlQuery &query, const T &entity, int first)
{
    int column = first;
    for (const auto &access : EntityTraits<T>::fields())
        query.bindValue(column++, sqlValue(access.get(entity)));
}

// Reads the entity's fields from column `first` on, each within its bounds; what was out of
// bounds is cut, clamped or defaulted and said through `warn(what, problem)`, `what` naming
// the field ("stage 3 width").
template<typename T, typename Warn>
T read(const QSqlQuery &query, int first, const QString &what, Warn &&warn)
{
    T entity;
    int column = first;
    for (const auto &access : EntityTraits<T>::fields()) {
        QVariant value = query.value(column++);
        const ValueBounds::Verdict verdict = ValueBounds::bound(access.spec, value);
        if (!verdict.problem.isEmpty())
            warn(what + u' ' + QCoreApplication::translate("Waymark", access.spec.label).toLower(), verdict.problem);
        if (!verdict.useDefault)
            access.set(entity, value);
    }
    return entity;
}

} // namespace FieldBinding

} // namespace Waymark
