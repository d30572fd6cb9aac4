#pragma once

#include "ids.h"

#include <QColor>
#include <QString>

namespace Waymark {

// A column of the journey: awareness, consideration, purchase...
struct Stage {
    static constexpr double DefaultWidth = 280;
    static constexpr double MinWidth = 160;
    static constexpr double MaxWidth = 1200;

    Id id = 0;
    QString name;
    QString description;
    QColor color; // invalid: the palette's colour for the stage's position
    double width = DefaultWidth;

    bool operator==(const Stage &) const = default;
};

} // namespace Waymark
