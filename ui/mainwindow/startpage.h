#pragma once

#include <QWidget>

class QListWidget;

namespace Waymark {

// What a window without a map shows: start a new map, open one, or pick a recent one.
class StartPage : public QWidget
{
    Q_OBJECT

public:
    explicit StartPage(QWidget *parent = nullptr);
    void refresh();

signals:
    void newRequested();
    void openRequested();
    void openFileRequested(const QString &path); // a map, or a file to import
    void importRequested();

protected:
    // A map or a file in a format Waymark reads, dropped here, is opened or imported.
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    QListWidget *m_recent;
};

} // namespace Waymark
