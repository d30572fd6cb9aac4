#pragma once

#include <QApplication>

namespace Waymark {

class MainWindow;

// The QApplication of the editor and of the drawing subcommands: identity for QSettings and
// data folders, the editor's windows. (The UI's file formats are registered by main().)
class Application : public QApplication
{
    Q_OBJECT

public:
    Application(int &argc, char **argv);

    // Name, organisation and version, for QSettings and QStandardPaths; also for the
    // headless QCoreApplication of the subcommands.
    static void setIdentity();
    // Whether a window system is reachable (X11, Wayland, or a platform chosen explicitly).
    static bool hasDisplay();
    // Gives a headless process a private XDG_RUNTIME_DIR when it has none, so that Qt does
    // not warn about it on every export.
    static void ensureRuntimeDir();

    // Opens the files given (or recovers unsaved maps, or starts a new one) and runs the loop.
    int runEditor(const QStringList &files);

private:
    void offerRecovery(MainWindow *window);
};

} // namespace Waymark
