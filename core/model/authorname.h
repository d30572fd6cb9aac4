#pragma once

#include <QString>

namespace Waymark::AuthorName {

// The settings key of the name comments are signed with.
inline constexpr const char *SettingsKey = "comments/author";

// The name comments are signed with: the one set in the settings, else the account's full
// name (its GECOS field), else the login name.
QString current();

} // namespace Waymark::AuthorName
