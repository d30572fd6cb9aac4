#pragma once

#include "editor/elementref.h"

#include <QDockWidget>

class QAction;
class QTreeView;

namespace Waymark {

class MapSession;
class OutlineModel;
class OutlineSelectionSync;

// The outline: the map's stages, lanes and personas as a tree, to find, select, rename,
// reorder (drag or Move Up/Down), add and delete them. Every change is an undo command
// pushed through the session; the tree and the canvas share the session's Selection.
class OutlineDock : public QDockWidget
{
    Q_OBJECT

public:
    explicit OutlineDock(QWidget *parent = nullptr);
    ~OutlineDock() override;

    void setSession(MapSession *session); // nullptr: an empty outline
    MapSession *session() const;

    QTreeView *treeView() const { return m_view; }
    OutlineModel *model() const { return m_model; }

    // For the window's menus and toolbars; enabled as fits the outline's current row.
    QAction *addStageAction() const { return m_addStage; }
    QAction *addLaneAction() const { return m_addLane; }
    QAction *addPersonaAction() const { return m_addPersona; }
    QAction *renameAction() const { return m_rename; }
    QAction *moveUpAction() const { return m_moveUp; }
    QAction *moveDownAction() const { return m_moveDown; }
    QAction *deleteAction() const { return m_delete; }

private:
    QAction *createAction(const QString &text, const char *name);
    void showContextMenu(const QPoint &position);
    void updateActions();

    ElementRef currentElement() const;
    QList<ElementRef> elementsToDelete() const;
    bool canDelete(const QList<ElementRef> &elements) const;
    bool confirmDelete(const QList<ElementRef> &elements);

    void add(Entity entity);
    void renameCurrent();
    void moveCurrent(int delta);
    void deleteSelected();

    OutlineModel *m_model;
    QTreeView *m_view;
    OutlineSelectionSync *m_sync;
    QAction *m_addStage;
    QAction *m_addLane;
    QAction *m_addPersona;
    QAction *m_rename;
    QAction *m_moveUp;
    QAction *m_moveDown;
    QAction *m_delete;
};

} // namespace Waymark
