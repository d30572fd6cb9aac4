#include "application.h"

#include "mainwindow/mainwindow.h"

#include <QDir>
#include <QFile>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Waymark {

Application::Application(int &argc, char **argv)
    : QApplication(argc, argv)
{
    setIdentity();
}

void Application::setIdentity()
{
    QCoreApplication::setApplicationName(u"waymark"_s);
    QCoreApplication::setOrganizationName(u"Waymark"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(WAYMARK_VERSION));
    QGuiApplication::setApplicationDisplayName(u"Waymark"_s);
    QGuiApplication::setDesktopFileName(u"org.waymark.Waymark"_s);
}

bool Application::hasDisplay()
{
    return !qEnvironmentVariableIsEmpty("DISPLAY") || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
        || !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM");
}

void Application::ensureRuntimeDir()
{
    if (!qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR"))
        return;
    const QString dir = QDir::tempPath() + u"/waymark-runtime-%1"_s.arg(getuid());
    if (QDir().mkpath(dir) && QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner))
        qputenv("XDG_RUNTIME_DIR", QFile::encodeName(dir));
}

int Application::runEditor(const QStringList &files)
{
    auto *window = new MainWindow;
    window->setAttribute(Qt::WA_DeleteOnClose);
    if (!files.isEmpty())
        window->openFile(files.first());
    window->show();
    return exec();
}

} // namespace Waymark
