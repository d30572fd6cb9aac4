#pragma once

#include "model/enums.h"

#include <QColor>

namespace Waymark {

// The colour of an opportunity's status on the roadmap (dots and legend), the same in light
// and dark themes, and a readable text colour on it.
QColor statusColor(OpportunityStatus status);
QColor statusTextColor(OpportunityStatus status);

} // namespace Waymark
