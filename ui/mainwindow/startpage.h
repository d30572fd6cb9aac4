#pragma once

#include "model/mapinfo.h"

#include <QWidget>

#include <optional>

class QListWidget;

namespace Waymark {

// What a window without a map shows: start a new map, open one, or pick a recent one.
class StartPage : public QWidget
{
    Q_OBJECT

public:
    // What each recent map's row holds beside its path (Qt::UserRole).
    enum Role { ReviewDueRole = Qt::UserRole + 1 };

    explicit StartPage(QWidget *parent = nullptr);
    // Lists the recent maps at once, then adds each one's owner and review date as they are
    // read, off the GUI thread: a recent map may be on a slow or hung network drive.
    void refresh();

signals:
    void newRequested();
    void openRequested();
    void openFileRequested(const QString &path); // a map, or a file to import
    void importRequested();
    // The owner and review dates of the recent maps are shown (after refresh()).
    void recentDetailsShown();

protected:
    // A map or a file in a format Waymark reads, dropped here, is opened or imported.
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void showDetails(const QList<std::optional<MapInfo>> &infos);

    QListWidget *m_recent;
    // Which refresh() the details being read belong to: a newer one outdates them.
    int m_generation = 0;
};

} // namespace Waymark
