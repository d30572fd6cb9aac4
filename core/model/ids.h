#pragma once

#include <QtGlobal>

namespace Waymark {

// Row ids of the document's tables. 0 means "not stored yet" or "none".
using Id = qint64;

} // namespace Waymark
