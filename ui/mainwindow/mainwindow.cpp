#include "mainwindow.h"

namespace Waymark {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
}

bool MainWindow::openFile(const QString &)
{
    return false;
}

} // namespace Waymark
