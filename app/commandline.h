#pragma once

#include <QStringList>

namespace Waymark::CommandLine {

// Whether the arguments ask for a subcommand (headless) or for the editor.
bool isSubcommand(const QStringList &arguments);
// Whether the subcommand draws (export to an image or PDF) and so needs a QApplication.
bool needsGui(const QStringList &arguments);

// Runs a subcommand; returns the exit code: 0 done, 1 error, 2 usage error.
int run(const QStringList &arguments);

// The hint printed when the editor is asked for on a machine without a display.
QString noDisplayHint();

} // namespace Waymark::CommandLine
