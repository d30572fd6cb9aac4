#include "commandline.h"

#include "app/application.h"
#include "render/uiformats.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));

    // Every format there is, before anything asks the registry (which formats draw, and so
    // need a QApplication, is its answer too).
    Waymark::registerUiFormats();

    if (Waymark::CommandLine::isSubcommand(arguments)) {
        if (Waymark::CommandLine::needsGui(arguments)) {
            // Drawing needs fonts and a paint engine, never a screen: exports work headless.
            if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
                qputenv("QT_QPA_PLATFORM", "offscreen");
            Waymark::Application::ensureRuntimeDir();
            Waymark::Application app(argc, argv);
            return Waymark::CommandLine::run(arguments);
        }
        QCoreApplication app(argc, argv);
        Waymark::Application::setIdentity();
        return Waymark::CommandLine::run(arguments);
    }

    if (!Waymark::Application::hasDisplay()) {
        std::fputs(qPrintable(Waymark::CommandLine::noDisplayHint()), stderr);
        return 1;
    }
    Waymark::Application app(argc, argv);
    return app.runEditor(arguments.mid(1));
}
