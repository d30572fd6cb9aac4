#pragma once

#include "model/fields.h"

#include <QString>
#include <QStringList>

namespace Waymark {

// The table that holds an entity and the columns of its fields, in field order.
QString tableOf(Entity entity);

template<typename T>
QStringList fieldColumns()
{
    QStringList columns;
    for (const auto &access : EntityTraits<T>::fields())
        columns.append(QString::fromLatin1(access.spec.key));
    return columns;
}

QString placeholders(qsizetype count);

} // namespace Waymark
