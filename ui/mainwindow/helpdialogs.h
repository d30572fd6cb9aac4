#pragma once

#include <QList>
#include <QString>
#include <QStringList>

class QMainWindow;
class QMenu;
class QMenuBar;

namespace Waymark {

// Help ▸ User Guide and Help ▸ Keyboard Shortcuts. The guide is docs/user-guide.md, shipped in
// the application's resources; the shortcuts are read from the window's menus, so the list is
// never out of date.
namespace HelpDialogs {

struct ShortcutGroup {
    QString menu;     // "Edit", "View ▸ Lanes"
    QList<std::pair<QString, QString>> actions; // what it does, its keys ("Ctrl+Y, Ctrl+Shift+Z")
};
// Every action of the menu bar's menus (and their submenus) that has a shortcut, by menu.
QList<ShortcutGroup> shortcuts(const QMenuBar *bar);

// The guide's Markdown, from the resources.
QString userGuide();

void showShortcuts(QMainWindow *window);
void showUserGuide(QMainWindow *window);

} // namespace HelpDialogs

} // namespace Waymark
