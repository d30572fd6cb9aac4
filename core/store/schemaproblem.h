#pragma once

#include <QList>
#include <QString>

namespace Waymark {

// A difference between a file's schema and the one this version of Waymark makes: an object
// Waymark did not create (a trigger, a view, a table, an index), one of Waymark's tables or
// indexes altered, replaced or missing.
struct SchemaProblem {
    enum class Kind {
        Extra,     // `type` `name` is not one of Waymark's
        InPlaceOf, // `type` `name` stands where Waymark keeps a `expectedType` of that name
        Altered,   // Waymark's `type` `name` has other columns, constraints or options
        Missing,   // Waymark's `type` `name` is not there
        Mismatch,  // the tables do not add up to any file format (`name`: the reason)
    };

    Kind kind = Kind::Extra;
    QString type; // "table", "index", "view", "trigger", "virtual table"
    QString name;
    QString expectedType;

    // For users: "trigger 'evil'", "view 'stage' in place of table 'stage'".
    QString describe() const;
    // The same as a sentence, for `waymark check`: "trigger 'evil' was not created by Waymark".
    QString sentence() const;

    bool operator==(const SchemaProblem &) const = default;
};

// "'F' contains objects Waymark did not create (trigger 'evil'); open a clean copy to edit it",
// naming the first few problems.
QString foreignObjectsMessage(const QString &path, const QList<SchemaProblem> &problems);

} // namespace Waymark
