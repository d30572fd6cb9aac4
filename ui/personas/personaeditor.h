#pragma once

#include "model/fields.h"

#include <QHash>
#include <QWidget>

class QUndoCommand;

namespace Waymark {

class FieldEditor;
class MapSession;
class PersonaPhotoWell;

// Everything about one persona on one page: photo and profile at the top, the quote, goals,
// needs, pains and motivations, and the empathy map as four quadrants (says, thinks, does,
// feels). Each field commits as an undo step; the page follows the document as it changes.
class PersonaEditor : public QWidget
{
    Q_OBJECT

public:
    PersonaEditor(MapSession *session, Id persona, QWidget *parent = nullptr);
    ~PersonaEditor() override;

    Id persona() const { return m_persona; }
    PersonaPhotoWell *photoWell() const { return m_photo; }
    // The editor widget of a field, for tests and focus.
    QWidget *editorWidget(PersonaField field) const;

    // Commits text typed and not committed yet (the dialog moves to another persona).
    void commitPending();

private:
    FieldEditor *addEditor(PersonaField field, QWidget *parent);
    QWidget *section(const QString &title, PersonaField field, const QColor &tint);
    void refresh(const FieldRef &ref);
    void commit(FieldEditor *editor, const QVariant &value);

    MapSession *m_session;
    Id m_persona;
    PersonaPhotoWell *m_photo = nullptr;
    QHash<int, FieldEditor *> m_editors; // by PersonaField
    const FieldEditor *m_lastEditor = nullptr;
    const QUndoCommand *m_lastCommand = nullptr;
};

} // namespace Waymark
