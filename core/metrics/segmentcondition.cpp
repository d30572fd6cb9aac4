#include "segmentcondition.h"

#include "io/formaterror.h"

#include <QCoreApplication>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace Waymark {

QString SegmentCondition::describe(const QList<SegmentCondition> &conditions)
{
    QStringList parts;
    for (const SegmentCondition &condition : conditions)
        parts.append(condition.attribute + u" = "_s + condition.value);
    return parts.join(u" \u00b7 "_s);
}

SegmentCondition SegmentCondition::parse(const QString &text)
{
    const qsizetype equals = text.indexOf(u'=');
    SegmentCondition condition;
    if (equals > 0) {
        condition.attribute = text.left(equals).trimmed();
        condition.value = text.mid(equals + 1).trimmed();
    }
    if (condition.attribute.isEmpty() || condition.value.isEmpty())
        throw FormatError(QCoreApplication::translate("Waymark", "a segment is ATTRIBUTE=VALUE, as in gender=female (got '%1')").arg(text));
    return condition;
}

} // namespace Waymark
