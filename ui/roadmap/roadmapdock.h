#pragma once

#include <QDockWidget>
#include <QPointer>

class QLabel;
class QTableView;
class QTabWidget;

namespace Waymark {

class MapSession;
class OpportunityTableModel;
class PriorityMatrix;

// "Roadmap": the map's opportunities to prioritise, as an effort × impact matrix and as a
// list ranked by impact ÷ effort. Both follow and set the session's selection, so choosing
// an opportunity here shows it in the inspector and on the canvas.
class RoadmapDock : public QDockWidget
{
    Q_OBJECT

public:
    explicit RoadmapDock(QWidget *parent = nullptr);

    // nullptr: no map is open.
    void setSession(MapSession *session);

    PriorityMatrix *matrix() const { return m_matrix; }
    QTableView *rankedView() const { return m_table; }
    OpportunityTableModel *rankedModel() const { return m_model; }
    QTabWidget *tabs() const { return m_tabs; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fitTitleColumn();
    void selectionFromSession();
    void selectionToSession();

    QPointer<MapSession> m_session;
    QTabWidget *m_tabs;
    PriorityMatrix *m_matrix;
    QLabel *m_legend;
    OpportunityTableModel *m_model;
    QTableView *m_table;
    bool m_syncing = false;
    bool m_fitting = false;
};

} // namespace Waymark
