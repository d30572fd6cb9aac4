#pragma once

#include <QString>

namespace Waymark {

struct MapInfo {
    QString title;
    QString description;

    bool operator==(const MapInfo &) const = default;
};

} // namespace Waymark
