#include "application.h"

#include "app/messagebox.h"
#include "documentmanager.h"
#include "editdriver.h"
#include "editor/mapsession.h"
#include "mainwindow/mainwindow.h"
#include "store/storeerror.h"

#include <QMessageBox>
#include <QPushButton>

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
    window->show();
    for (const QString &file : files)
        window->openFile(file);
    if (EditDriver::isRequested()) { // test-only; see editdriver.h
        MainWindow *shown = files.isEmpty() ? nullptr : MainWindow::windowShowing(files.first());
        new EditDriver(shown ? shown : window);
    } else if (files.isEmpty()) {
        offerRecovery(window);
    }
    return exec();
}

void Application::offerRecovery(MainWindow *window)
{
    const QStringList files = DocumentManager::instance().recoverableFiles();
    if (files.isEmpty())
        return;
    QMessageBox box(QMessageBox::Question, tr("Recover Maps"),
                    tr("Waymark found %n map(s) that were never saved, from a session that did not end normally.",
                       nullptr, int(files.size())),
                    QMessageBox::NoButton, window);
    box.setInformativeText(tr("Recover them to go on working, or discard them for good."));
    QPushButton *recover = box.addButton(tr("Recover"), QMessageBox::AcceptRole);
    QPushButton *discard = box.addButton(tr("Discard"), QMessageBox::DestructiveRole);
    box.addButton(tr("Decide Later"), QMessageBox::RejectRole);
    box.setDefaultButton(recover);
    box.exec();
    if (box.clickedButton() == discard) {
        for (const QString &file : files)
            QFile::remove(file);
        return;
    }
    if (box.clickedButton() != recover)
        return;
    for (const QString &file : files) {
        try {
            MainWindow *target = window->hasMap() ? new MainWindow : window;
            target->setAttribute(Qt::WA_DeleteOnClose);
            target->adopt(DocumentManager::instance().recover(file));
            target->show();
        } catch (const StoreError &e) {
            MessageBox::warning(window, tr("Cannot Recover the Map"), e.message());
        }
    }
}

} // namespace Waymark
