#pragma once

#include <QList>
#include <QString>

namespace Waymark {

// One term of the view filter: the responses whose segment attribute has this value (ages in
// their bands). Several are combined with AND.
struct SegmentCondition {
    QString attribute;
    QString value;

    bool operator==(const SegmentCondition &) const = default;

    // "gender = female · age = 35-44"; empty for no condition.
    static QString describe(const QList<SegmentCondition> &conditions);
    // "ATTR=VALUE" as typed on the command line (spaces around both trimmed); throws
    // FormatError naming the text when it has no '=' or an empty side.
    static SegmentCondition parse(const QString &text);
};

} // namespace Waymark
