#include "labeltally.h"

namespace Waymark {

void LabelTally::seen(const QString &value)
{
    if (m_seen.size() < MaxSeen && !value.isEmpty() && !m_seen.contains(value))
        m_seen.append(value);
}

void LabelTally::unknown(const QString &value)
{
    const auto it = m_unknown.find(value);
    if (it != m_unknown.end()) {
        ++*it;
    } else if (m_unknown.size() < MaxUnknown) {
        m_unknown.insert(value, 1);
        m_unknownOrder.append(value);
    }
}

} // namespace Waymark
