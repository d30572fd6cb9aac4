#pragma once

#include "model/ids.h"

#include <QDialog>
#include <QPointer>

class QListWidget;
class QPushButton;
class QStackedWidget;

namespace Waymark {

class MapSession;
class PersonaEditor;

// The map's cast: the personas listed on the left (add, remove, import from another map) and
// the chosen one's profile and empathy map on the right. Not modal: the map stays editable
// beside it. Every change is an undo step of the map.
class PersonasDialog : public QDialog
{
    Q_OBJECT

public:
    PersonasDialog(MapSession *session, QWidget *parent = nullptr);
    ~PersonasDialog() override;

    void showPersona(Id persona);
    Id currentPersona() const;
    PersonaEditor *editor() const { return m_editor; }
    QListWidget *list() const { return m_list; }

    void addPersona();
    void removePersona();
    void importPersonas();

signals:
    // A line for the status bar ("Imported 2 personas…").
    void message(const QString &text);

private:
    void rebuildList();
    void currentChanged();
    void updateButtons();

    QPointer<MapSession> m_session;
    QListWidget *m_list;
    QPushButton *m_add;
    QPushButton *m_remove;
    QPushButton *m_import;
    QStackedWidget *m_pages;
    PersonaEditor *m_editor = nullptr;
    Id m_shown = 0;
    bool m_rebuilding = false;
};

} // namespace Waymark
