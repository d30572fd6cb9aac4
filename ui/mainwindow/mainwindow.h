#pragma once

#include "model/mapdata.h"

#include <QMainWindow>
#include <QPointer>

#include <memory>

class QActionGroup;
class QLabel;
class QMenu;
class QStackedWidget;
class QUndoGroup;

namespace Waymark {

class CommentsDock;
class InspectorDock;
class MapEditor;
class DataActions;
class DockLayout;
class MapScene;
class MapSession;
class MapView;
class OutlineDock;
class OutputActions;
class PlanningActions;
class ReadOnlyBanner;
class StartPage;

// A window of the editor, showing one map (or the start page): the canvas in the middle, the
// outline and the inspector docked beside it, and the menus.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    bool hasMap() const { return bool(m_session); }
    MapSession *session() const { return m_session.get(); }
    MapScene *scene() const { return m_scene; }
    MapView *view() const { return m_view; }
    ReadOnlyBanner *banner() const { return m_banner; }
    MapEditor *editor() const { return m_editor; }
    OutputActions *output() const { return m_output; }
    PlanningActions *planning() const { return m_planning; }
    DataActions *data() const { return m_data; }
    CommentsDock *comments() const { return m_comments; }
    DockLayout *dockLayout() const { return m_dockLayout; }
    QAction *focusModeAction() const { return m_focusMode; }

    // Opens `path` here (or in a new window when this one holds a map); a file that cannot be
    // opened is explained in a dialog and nothing else changes. Returns the window showing it.
    MainWindow *openFile(const QString &path);
    // A new, never-saved map from `data`, kept in the recovery folder until saved.
    MainWindow *newMap(const MapData &data);
    // A new map from `data`, saved at once as `path` (and saved as it is edited from then on).
    MainWindow *newMapAt(const MapData &data, const QString &path);
    // A new, never-saved map from a file in a format the registry reads (mermaid, a cards
    // table…); a file that cannot be read is explained and nothing else changes.
    MainWindow *importFile(const QString &path);
    // File ▸ Open from Workspace…: a copy of a workspace's map as a new, never-saved map with
    // its responses. Returns the window showing it, or null when cancelled.
    MainWindow *openFromWorkspace();
    void adopt(std::unique_ptr<MapSession> session);
    // Asks what to do with a never-saved map; false when the user cancels.
    bool closeMap();

    static QList<MainWindow *> windows();
    static MainWindow *windowShowing(const QString &path);

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    MainWindow *openLocked(const QString &path, const QString &reason);
    void warnIfShared(const QString &path);
    void createActions();
    void createMenus();
    void createDocks();
    void createHelpMenu();
    void updateTitle();
    void updateActions();
    void updateZoomLabel();
    MainWindow *windowForNewMap();
    void newFromDialog();
    void openFromDialog();
    void importFromDialog();
    bool saveAs();
    // Rebuilds a map holding objects Waymark did not create into a clean file and opens it.
    void openCleanCopy();
    void showError(const QString &title, const QString &message);
    void fillRecentMenu();
    void fillLanesMenu();

    std::unique_ptr<MapSession> m_session;
    MapScene *m_scene = nullptr;
    MapView *m_view = nullptr;
    QWidget *m_mapPage = nullptr;
    ReadOnlyBanner *m_banner = nullptr;
    MapEditor *m_editor = nullptr;
    QStackedWidget *m_stack;
    StartPage *m_start;
    InspectorDock *m_inspector = nullptr;
    OutlineDock *m_outline = nullptr;
    CommentsDock *m_comments = nullptr;
    QUndoGroup *m_undoGroup;
    QLabel *m_zoomLabel;
    QLabel *m_selectionLabel;
    QLabel *m_presenceLabel; // who else has a workspace map open

    QMenu *m_recentMenu = nullptr;
    QMenu *m_lanesMenu = nullptr;
    QAction *m_saveAs = nullptr;
    QAction *m_close = nullptr;
    QAction *m_cut = nullptr;
    QAction *m_copy = nullptr;
    QAction *m_paste = nullptr;
    QAction *m_duplicate = nullptr;
    QAction *m_delete = nullptr;
    QAction *m_selectAll = nullptr;
    QAction *m_rename = nullptr;
    QAction *m_addCard = nullptr;
    QAction *m_addStage = nullptr;
    QAction *m_addLane = nullptr;
    QActionGroup *m_evidence = nullptr;
    QAction *m_zoomIn = nullptr;
    QAction *m_zoomOut = nullptr;
    QAction *m_zoomFit = nullptr;
    QAction *m_zoomReset = nullptr;
    QAction *m_focusMode = nullptr;
    DockLayout *m_dockLayout = nullptr;
    OutputActions *m_output = nullptr;
    PlanningActions *m_planning = nullptr;
    DataActions *m_data = nullptr;
    QList<QAction *> m_mapActions; // enabled only with a map
};

} // namespace Waymark
