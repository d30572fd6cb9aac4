#pragma once

#include <QObject>
#include <QPointer>

class QAction;
class QMenu;
class QPrinter;
class QScreen;

namespace Waymark {

class MainWindow;
class PresentationWindow;
class PresenterConsole;

// What a window does to show its map to others: File ▸ Export, File ▸ Print (with a preview)
// and View ▸ Present, full screen on the screen chosen (with the presenter console on the other
// screen when there are two).
class OutputActions : public QObject
{
    Q_OBJECT

public:
    explicit OutputActions(MainWindow *window);

    QAction *exportAction() const { return m_export; }
    QAction *printAction() const { return m_print; }
    QAction *presentAction() const { return m_present; }
    QAction *presentFromStageAction() const { return m_presentFromStage; }
    QMenu *screenMenu() const { return m_screens; }
    QList<QAction *> actions() const;

    void exportMap();
    void print();
    // From the overview, or from the stage of the selection.
    PresentationWindow *present(bool fromSelectedStage = false);
    PresentationWindow *presentation() const { return m_presentation; }

    // The screen to present on: the one chosen, else another than the window's (the
    // projector), else the window's own.
    QScreen *presentationScreen() const;
    // The screen for the presenter console: another than the slides' (the window's own
    // first); none with one screen.
    QScreen *consoleScreen(QScreen *slides) const;
    PresenterConsole *console() const;

private:
    void fillScreenMenu();
    void paintPages(QPrinter *printer);

    MainWindow *m_window;
    QAction *m_export;
    QAction *m_print;
    QAction *m_present;
    QAction *m_presentFromStage;
    QMenu *m_screens;
    QString m_chosenScreen;
    QPointer<PresentationWindow> m_presentation;
    QPointer<PresenterConsole> m_console;
};

} // namespace Waymark
