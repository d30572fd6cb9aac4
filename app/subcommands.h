#pragma once

#include <QStringList>

// The subcommands of the command line. Each takes the arguments after its name and returns
// the exit code: 0 done, 1 error (reported as "waymark: error: ..."), 2 wrong usage.
namespace Waymark::Subcommands {

int newMap(const QStringList &arguments);
int templates(const QStringList &arguments);
int info(const QStringList &arguments);
int check(const QStringList &arguments);
int exportMap(const QStringList &arguments);
int importResponses(const QStringList &arguments);
int metrics(const QStringList &arguments);
int repair(const QStringList &arguments); // repaircommand.cpp
int snapshot(const QStringList &arguments);  // versionscommand.cpp
int snapshots(const QStringList &arguments); // versionscommand.cpp
int diff(const QStringList &arguments);      // versionscommand.cpp
int restore(const QStringList &arguments);   // versionscommand.cpp
int comments(const QStringList &arguments);  // commentscommand.cpp
int comment(const QStringList &arguments);   // commentscommand.cpp
int workspace(const QStringList &arguments); // workspacecommand.cpp
int publish(const QStringList &arguments);   // workspacecommand.cpp
int pull(const QStringList &arguments);      // workspacecommand.cpp

// Whether these export arguments ask for a format that draws (and so needs a QApplication).
bool exportDraws(const QStringList &arguments);

// The usage lines of `new` and `export`, built from the format registry, for 'waymark --help'.
QString newHelpLine();
QString exportHelpLine();

} // namespace Waymark::Subcommands
