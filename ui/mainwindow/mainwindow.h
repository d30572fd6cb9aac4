#pragma once

#include <QMainWindow>

namespace Waymark {

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    bool openFile(const QString &path);
};

} // namespace Waymark
