#include "statuscolors.h"

namespace Waymark {

QColor statusColor(OpportunityStatus status)
{
    switch (status) {
    case OpportunityStatus::Idea: return QColor(0x94, 0xa3, 0xb8);
    case OpportunityStatus::Planned: return QColor(0x25, 0x63, 0xeb);
    case OpportunityStatus::InProgress: return QColor(0xf5, 0x9e, 0x0b);
    case OpportunityStatus::Done: return QColor(0x16, 0xa3, 0x4a);
    }
    return Qt::gray;
}

QColor statusTextColor(OpportunityStatus status)
{
    // Amber and slate are light: dark text reads better on them.
    return status == OpportunityStatus::InProgress || status == OpportunityStatus::Idea ? QColor(0x1f, 0x29, 0x37)
                                                                                         : QColor(Qt::white);
}

} // namespace Waymark
