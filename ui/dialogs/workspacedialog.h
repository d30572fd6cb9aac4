#pragma once

#include "workspace/workspace.h"

#include <QDialog>
#include <QFutureWatcher>

#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace Waymark {

// File ▸ Open from Workspace…: a team workspace's address (the recent ones offered; libpq
// supplies the password), its maps listed with their owner, review and responses, and the
// chosen one read in one snapshot. Connecting and reading run off the GUI thread, so a slow
// or unreachable server never freezes the window; what goes wrong is said in the dialog.
class WorkspaceDialog : public QDialog
{
    Q_OBJECT

public:
    explicit WorkspaceDialog(QWidget *parent = nullptr);
    ~WorkspaceDialog() override;

    // After accept(): the map read, and its name and workspace for messages.
    const Workspace::MapContent &content() const { return *m_content; }
    QString mapName() const { return m_mapName; }
    QString address() const;

    QComboBox *addressBox() const { return m_address; }
    QTreeWidget *maps() const { return m_maps; }
    QLabel *status() const { return m_status; }
    void listMaps();
    void openSelected();

    // The addresses opened from before, newest first.
    static QStringList recentAddresses();

signals:
    void mapsListed(); // the list is filled, or the error is shown
    void failed(const QString &message);

private:
    void showError(const QString &message);
    void setBusy(bool busy, const QString &what = {});
    void remember(const QString &address);
    void updateButtons();

    QComboBox *m_address;
    QPushButton *m_list;
    QTreeWidget *m_maps;
    QLabel *m_status;
    QPushButton *m_open;
    QString m_listedAddress;
    QString m_mapName;
    std::optional<Workspace::MapContent> m_content;
    bool m_busy = false;
};

} // namespace Waymark
