#pragma once

#include <QObject>
#include <QPointer>

class QAction;
class QMenu;
class QMenuBar;

namespace Waymark {

class ChartsDock;
class MainWindow;
class MapScene;
class MapSession;

// What a window does with survey data: the Data menu (Import Survey Responses…, Business
// Figures…, Remove All Responses), the survey charts dock, and View ▸ Show Measured Emotion.
class DataActions : public QObject
{
    Q_OBJECT

public:
    explicit DataActions(MainWindow *window);

    QAction *importAction() const { return m_import; }
    QAction *businessFiguresAction() const { return m_businessFigures; }
    QAction *removeResponsesAction() const { return m_removeResponses; }
    QAction *measuredEmotionAction() const { return m_measuredEmotion; }
    ChartsDock *chartsDock() const { return m_charts; }
    QAction *chartsDockAction() const;

    // The Data menu, added to `bar`; the charts dock goes beside the inspector as a tab.
    QMenu *createMenu(QMenuBar *bar);
    // The map shown now, or none.
    void setMap(MapSession *session, MapScene *scene);

    void importResponses();
    void editBusinessFigures();
    void removeAllResponses();
    // Shows the charts dock, wide enough for its charts.
    void showCharts();

private:
    void updateActions();

    MainWindow *m_window;
    QPointer<MapSession> m_session;
    QPointer<MapScene> m_scene;
    ChartsDock *m_charts;
    QAction *m_import;
    QAction *m_businessFigures;
    QAction *m_removeResponses;
    QAction *m_measuredEmotion;
};

} // namespace Waymark
