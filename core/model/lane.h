#pragma once

#include "enums.h"
#include "ids.h"

#include <QColor>
#include <QString>

namespace Waymark {

// A row of the journey; its kind says what it collects and how the canvas draws it.
struct Lane {
    Id id = 0;
    QString name;
    LaneKind kind = LaneKind::Notes;
    QColor color; // invalid: the default colour of the kind

    bool operator==(const Lane &) const = default;
};

} // namespace Waymark
