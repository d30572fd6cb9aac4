#include "docklayout.h"

#include <QAction>
#include <QDockWidget>
#include <QEvent>
#include <QMainWindow>
#include <QTimer>
#include <QToolBar>

namespace Waymark {

DockLayout::DockLayout(QMainWindow *window)
    : QObject(window)
    , m_window(window)
{
    window->installEventFilter(this);
}

bool DockLayout::eventFilter(QObject *watched, QEvent *event)
{
    // Widths can only be set right once the window is shown at its size.
    if (watched == m_window && event->type() == QEvent::Show)
        schedulePending();
    if (watched == m_window && event->type() == QEvent::Resize && !m_fitQueued) {
        // A window made smaller takes the room from the canvas first: give some back.
        m_fitQueued = true;
        QTimer::singleShot(0, this, &DockLayout::keepCanvasShare);
    }
    return QObject::eventFilter(watched, event);
}

void DockLayout::schedulePending()
{
    if (m_pending == Pending::Nothing)
        return;
    const Pending pending = m_pending;
    m_pending = Pending::Nothing;
    QTimer::singleShot(0, this, pending == Pending::Defaults ? &DockLayout::applyDefaults : &DockLayout::validate);
}

void DockLayout::manage(QDockWidget *dock, const Width &width)
{
    m_docks.append({dock, width});
    dock->setMinimumWidth(width.minimum);
    // A dock the user closes gives its room to the canvas (not to the dock beside it).
    connect(dock->toggleViewAction(), &QAction::toggled, this, [this, dock](bool shown) {
        // Once Qt has shown the tab behind it, if there was one.
        if (!shown && !m_changingFocus)
            QTimer::singleShot(0, this, [this, dock = QPointer<QDockWidget>(dock)] {
                if (dock)
                    dockClosed(dock);
            });
    });
}

int DockLayout::defaultWidth(const QDockWidget *dock) const
{
    for (const Managed &managed : m_docks) {
        if (managed.dock == dock) {
            const int wanted = int(m_window->width() * managed.width.share);
            return std::clamp(wanted, std::max(managed.width.lowest, managed.width.minimum), managed.width.highest);
        }
    }
    return dock->width();
}

void DockLayout::restore(const QByteArray &state)
{
    // The first start gets the default widths; a restored layout is checked.
    m_pending = state.isEmpty() || !m_window->restoreState(state) ? Pending::Defaults : Pending::Validate;
    if (m_window->isVisible())
        schedulePending();
}

QByteArray DockLayout::state() const
{
    return inFocusMode() ? m_beforeFocus : m_window->saveState();
}

void DockLayout::applyDefaults()
{
    QList<QDockWidget *> docks;
    QList<int> widths;
    for (const Managed &managed : std::as_const(m_docks)) {
        if (managed.dock && managed.dock->isVisible() && !managed.dock->isFloating()) {
            docks.append(managed.dock);
            widths.append(defaultWidth(managed.dock));
        }
    }
    if (!docks.isEmpty())
        m_window->resizeDocks(docks, widths, Qt::Horizontal);
}

void DockLayout::validate()
{
    QList<QDockWidget *> docks;
    QList<int> widths;
    for (const Managed &managed : std::as_const(m_docks)) {
        QDockWidget *dock = managed.dock;
        if (!dock || !dock->isVisible() || dock->isFloating())
            continue;
        // Narrower than it can be used at, or taking more than its share many times over.
        const int usable = std::max(managed.width.minimum, managed.width.lowest);
        if (dock->width() < usable || dock->width() > std::max(managed.width.highest, int(m_window->width() * 0.45))) {
            docks.append(dock);
            widths.append(defaultWidth(dock));
        }
    }
    if (!docks.isEmpty())
        m_window->resizeDocks(docks, widths, Qt::Horizontal);
}

void DockLayout::keepCanvasShare()
{
    m_fitQueued = false;
    const QWidget *canvas = m_window->centralWidget();
    if (!canvas || !m_window->isVisible() || canvas->width() >= CanvasShare * m_window->width())
        return;
    QList<QDockWidget *> docks;
    QList<int> widths;
    for (const Managed &managed : std::as_const(m_docks)) {
        QDockWidget *dock = managed.dock;
        if (dock && dock->isVisible() && !dock->isFloating() && dock->width() > defaultWidth(dock)) {
            docks.append(dock);
            widths.append(defaultWidth(dock));
        }
    }
    if (!docks.isEmpty())
        m_window->resizeDocks(docks, widths, Qt::Horizontal);
}

bool DockLayout::sharesArea(const QDockWidget *a, const QDockWidget *b) const
{
    return m_window->dockWidgetArea(const_cast<QDockWidget *>(a)) == m_window->dockWidgetArea(const_cast<QDockWidget *>(b));
}

void DockLayout::dockClosed(QDockWidget *closed)
{
    if (closed->isFloating())
        return;
    // The docks left in its area go back to their default widths; the rest goes to the
    // canvas. (Qt would keep the area as wide as the widest dock it ever held. Their widths
    // now are not yet the ones Qt is about to give them: they are set whatever they are.)
    QList<QDockWidget *> docks;
    QList<int> widths;
    for (const Managed &managed : std::as_const(m_docks)) {
        QDockWidget *dock = managed.dock;
        if (dock && dock != closed && dock->isVisible() && !dock->isFloating() && sharesArea(dock, closed)) {
            docks.append(dock);
            widths.append(defaultWidth(dock));
        }
    }
    if (!docks.isEmpty())
        m_window->resizeDocks(docks, widths, Qt::Horizontal);
}

void DockLayout::setFocusMode(bool on)
{
    if (on == inFocusMode())
        return;
    m_changingFocus = true;
    if (on) {
        m_beforeFocus = m_window->saveState();
        for (QDockWidget *dock : m_window->findChildren<QDockWidget *>()) {
            if (dock->parentWidget() == m_window)
                dock->hide();
        }
        for (QToolBar *bar : m_window->findChildren<QToolBar *>()) {
            if (bar->parentWidget() == m_window)
                bar->hide();
        }
    } else {
        // The saved state holds which docks and toolbars were shown, where and how wide.
        m_window->restoreState(m_beforeFocus);
        m_beforeFocus.clear();
    }
    m_changingFocus = false;
    emit focusModeChanged(on);
}

} // namespace Waymark
