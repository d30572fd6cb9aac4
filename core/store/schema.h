#pragma once

#include <QStringList>

namespace Waymark::Schema {

// "WYMK": marks a SQLite file as a Waymark map (PRAGMA application_id).
constexpr int ApplicationId = 0x57594D4B;

// PRAGMA user_version of the files this build writes. Raise it with each schema change and
// add the step from the previous version to migrationSteps().
constexpr int CurrentVersion = 5;

// The statements that create an empty document of the current version.
QStringList createStatements();

// The statements that bring a document of version `from` to `from + 1`.
QStringList migrationSteps(int from);
// Whether the step from `from` also needs the response summary rebuilt from the responses.
bool migrationRebuildsSummary(int from);

// The tables of a document, parents before children: the order to write and dump them in.
QStringList tables();

} // namespace Waymark::Schema
