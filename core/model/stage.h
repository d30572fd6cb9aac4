#pragma once

#include "ids.h"

#include <QColor>
#include <QString>

#include <optional>

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
    // What the stage's NPS (-100..100) and CSAT (0..100 %) should reach; unset: no target.
    std::optional<double> npsTarget;
    std::optional<double> csatTarget;

    bool operator==(const Stage &) const = default;
};

} // namespace Waymark
