#pragma once

#include "model/enums.h"

#include <QColor>
#include <QHash>
#include <QIcon>

namespace Waymark {

// The small pictures in front of the outline's rows: a colour swatch for stages and personas,
// the lane kind's icon for lanes. Made once per colour or kind, since a tree repaints often.
class OutlineIcons
{
public:
    // An invalid colour (the user chose none) gives a neutral swatch.
    QIcon swatch(const QColor &color);
    // The kind's icon from the resources; while a kind has none (or it cannot be drawn), the
    // lane's swatch, so that every row keeps the same indent.
    QIcon lane(LaneKind kind, const QColor &color);

private:
    QHash<QRgb, QIcon> m_swatches;
    QHash<QString, QIcon> m_laneIcons; // by icon name and tint
};

} // namespace Waymark
