#pragma once

#include <QString>

namespace Waymark {

// Age bands already in the data ("25 - 34", "25–34", "65 or older", "Under 18") spelled as the
// metrics' own bands (25-34, 65+, under 18), so that an export of band labels and one of
// numeric ages break down alike. Numbers and other labels stay as they are.
namespace AgeBand {

bool isAgeAttribute(const QString &name);
QString normalized(const QString &value);

} // namespace AgeBand

} // namespace Waymark
