#pragma once

#include <QObject>
#include <QPointer>

class QAction;
class QActionGroup;
class QLabel;
class QMenu;

namespace Waymark {

class MainWindow;
class MapScene;
class MapSession;
class PersonasDialog;
class RoadmapDock;

// What a window offers to plan with personas and opportunities: the Roadmap dock, the
// Personas editor, File ▸ Import Personas from File…, and the canvas filters View ▸ Persona
// and View ▸ Evidence, which dim the cards that do not match.
class PlanningActions : public QObject
{
    Q_OBJECT

public:
    explicit PlanningActions(MainWindow *window);

    // The map the window shows now; nullptr when none.
    void setMap(MapSession *session, MapScene *scene);

    RoadmapDock *roadmapDock() const { return m_roadmap; }
    QAction *personasAction() const { return m_personas; }
    QAction *importPersonasAction() const { return m_importPersonas; }
    QMenu *personaFilterMenu() const { return m_personaMenu; }
    QMenu *evidenceFilterMenu() const { return m_evidenceMenu; }
    // "Showing persona Priya Shah · gender = female · n 36 · assumed cards  Show all", a bar
    // the window puts over the canvas, while a filter is on.
    QLabel *filterStatus() const { return m_filterStatus; }
    QList<QAction *> actions() const; // enabled only with a map

    PersonasDialog *showPersonas();
    void importPersonas();

private:
    void fillPersonaMenu();
    void fillEvidenceMenu();
    void updateFilterStatus();

    MainWindow *m_window;
    QPointer<MapSession> m_session;
    QPointer<MapScene> m_scene;
    RoadmapDock *m_roadmap;
    QAction *m_personas;
    QAction *m_importPersonas;
    QMenu *m_personaMenu;
    QMenu *m_evidenceMenu;
    QLabel *m_filterStatus;
    QPointer<PersonasDialog> m_dialog;
};

} // namespace Waymark
