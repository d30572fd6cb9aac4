#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPointer>

class QDockWidget;
class QMainWindow;

namespace Waymark {

// How the editor's docks share the window with the canvas. Each dock has a minimum width it
// stays usable at and a default width that is a share of the window's (within bounds), so that
// the canvas keeps most of a small window. A dock that is closed gives its room back to the
// canvas; a saved layout that comes back with a dock too narrow or too wide (another screen,
// an older version) is set right once the window is shown. Focus mode hides every dock and
// toolbar and brings them back exactly as they were.
class DockLayout : public QObject
{
    Q_OBJECT

public:
    explicit DockLayout(QMainWindow *window);

    struct Width {
        int minimum = 150;
        double share = 0.2; // of the window's width, by default
        int lowest = 180;   // bounds of the default
        int highest = 360;
    };
    void manage(QDockWidget *dock, const Width &width);
    // The default width of a dock in the window as it is now.
    int defaultWidth(const QDockWidget *dock) const;

    // The saved layout to restore (empty: the defaults) once the window is first shown.
    void restore(const QByteArray &state);
    // The layout to save: the one focus mode will bring back, while it is on.
    QByteArray state() const;
    // Gives the visible docks their default widths.
    void applyDefaults();
    // Puts docks of unusable widths to their defaults: called once the window has its size.
    void validate();

    bool inFocusMode() const { return !m_beforeFocus.isEmpty(); }
    void setFocusMode(bool on);

signals:
    void focusModeChanged(bool on);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    enum class Pending { Nothing, Defaults, Validate };
    struct Managed {
        QPointer<QDockWidget> dock;
        Width width;
    };
    void schedulePending();
    void keepCanvasShare();
    void dockClosed(QDockWidget *dock);
    bool sharesArea(const QDockWidget *a, const QDockWidget *b) const;

    QMainWindow *m_window;
    QList<Managed> m_docks;
    QByteArray m_beforeFocus;
    bool m_changingFocus = false;
    Pending m_pending = Pending::Nothing;
    bool m_fitQueued = false;
    // What the canvas keeps of a window's width before the docks give up their extra room.
    static constexpr double CanvasShare = 0.6;
};

} // namespace Waymark
