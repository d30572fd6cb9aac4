#pragma once

#include "io/mapdiff.h"

#include <QDialog>
#include <QPointer>

class QLabel;
class QListWidget;
class QPushButton;
class QTreeWidget;

namespace Waymark {

class MapSession;

// File ▸ Versions…: the labelled versions kept inside the map (MapVersions). Take Snapshot
// keeps the map as it is under a new label; Compare With Current lists what changed since the
// selected version and selects the cards that changed on the canvas (a change in the list
// selects its element); Restore brings the map back to it as one undo step, after keeping the
// map as it was in a snapshot of its own. Errors (a hostile snapshot, responses a version
// would orphan) are said in the dialog and change nothing.
class VersionsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit VersionsDialog(MapSession *session, QWidget *parent = nullptr);

    QTreeWidget *versions() const { return m_versions; }
    QListWidget *changes() const { return m_changes; }
    QLabel *status() const { return m_status; }

    void refresh();
    // The selected version's label; empty when none is selected.
    QString selectedLabel() const;
    void selectLabel(const QString &label);
    bool takeSnapshot(const QString &label);
    void compareWithCurrent();
    bool restoreSelected();

private:
    void askForLabel();
    void selectChanged(const QList<MapDiff::Change> &changes);
    void updateButtons();
    void showError(const QString &message);

    QPointer<MapSession> m_session;
    QTreeWidget *m_versions;
    QListWidget *m_changes;
    QLabel *m_status;
    QPushButton *m_take;
    QPushButton *m_compare;
    QPushButton *m_restore;
};

} // namespace Waymark
