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
    void openFileRequested(const QString &path);

private:
    QListWidget *m_recent;
};

} // namespace Waymark
