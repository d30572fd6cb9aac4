#pragma once

#include "fieldform.h"
#include "model/fields.h"

#include <QDockWidget>
#include <QList>
#include <QPointer>

class QLabel;
class QScrollArea;
class QStackedWidget;

namespace Waymark {

class MapSession;

// Shows and edits the properties of what is selected: the map when nothing is, one stage,
// lane, persona or business period, or one or more cards. Every edit is an undoable command
// pushed on the session; the dock follows the document as it changes.
class InspectorDock : public QDockWidget
{
    Q_OBJECT

public:
    explicit InspectorDock(QWidget *parent = nullptr);
    ~InspectorDock() override;

    // nullptr: no map is open.
    void setSession(MapSession *session);
    MapSession *session() const;

private:
    // The elements the form edits; an empty id list when the selection is nothing to edit.
    struct Target {
        Entity entity = Entity::Map;
        QList<Id> ids;
        bool operator==(const Target &) const = default;
    };

    Target targetOfSelection() const;
    void selectionChanged();
    void rebuild();
    void dropForm(FieldForm::Pending pending);
    void updateHeader();
    void updateReadOnlyNote();
    void showMessage(const QString &text);

    QPointer<MapSession> m_session;
    QLabel *m_header;
    QLabel *m_readOnlyNote;
    QStackedWidget *m_pages;
    QLabel *m_message;
    QScrollArea *m_scroll;
    FieldForm *m_form = nullptr;
    Target m_target;
};

} // namespace Waymark
