#pragma once

#include <QStringList>

namespace Waymark {

class WorkspaceConnection;

// The tables of a workspace: those of a map file, each with a map id in front of its key so
// that one database holds many maps, plus the change log that followers catch up from.
// Versioned as the file is (waymark_workspace.version), with migrations from each older
// version.
namespace WorkspaceSchema {

// The version this build creates and reads. Raise it with each change and add the step from
// the previous version to migrationSteps(). 2: the change log names the rows each change
// touched (change_log.changed_rows).
constexpr int CurrentVersion = 2;

// What init() found.
enum class InitResult { Created, AlreadyCurrent, Migrated };

// Creates the workspace's tables in one transaction, or brings an older workspace forward.
// Throws StoreError: Code::Newer for a workspace of a newer Waymark, Code::Foreign when the
// database already has tables of the same names that are not a workspace's.
InitResult init(WorkspaceConnection &connection);

// The version of the workspace behind `connection`: 0 when it is not a workspace. Throws
// StoreError (Code::Newer) for a version this build cannot read.
int version(WorkspaceConnection &connection);
// Throws StoreError unless the database is a workspace of this version (Code::NotWaymark
// with "run 'waymark workspace init'", Code::Newer, or Code::Invalid to migrate first).
void require(WorkspaceConnection &connection);

QStringList createStatements();
QStringList migrationSteps(int fromVersion);
// The tables, in the order they can be created (and in reverse, dropped).
QStringList tables();

} // namespace WorkspaceSchema

} // namespace Waymark
