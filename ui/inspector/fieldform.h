#pragma once

#include "model/fields.h"

#include <QList>
#include <QWidget>

class QFormLayout;
class QLabel;
class QUndoCommand;

namespace Waymark {

class Document;
class FieldEditor;
class MapSession;
class CardLinkList;
class PersonaChecklist;

// The editable fields of the inspected elements, one row each, built from the entity's field
// table. Several elements (cards) show the fields they all have, and an edit changes all of
// them as one undo step. Values follow the document as it changes.
class FieldForm : public QWidget
{
    Q_OBJECT

public:
    FieldForm(MapSession *session, Entity entity, const QList<Id> &ids, QWidget *parent = nullptr);
    ~FieldForm() override;

    Entity entity() const { return m_entity; }
    const QList<Id> &ids() const { return m_ids; }

    // What becomes of text typed and not committed yet when the form goes.
    enum class Pending {
        CommitNow,   // the caller is not inside a command
        CommitLater, // the caller may be a command's signal: push once the current event is done
        Discard,     // the session is gone
    };
    // The inspector moves on and the form stops editing.
    void finish(Pending pending);

private:
    struct Row {
        FieldEditor *editor = nullptr;
        QLabel *label = nullptr;
    };
    // The last commit of a run of quick changes, which the next one merges with.
    struct Run {
        const FieldEditor *editor = nullptr;
        const QUndoCommand *command = nullptr;
        int index = -1;
    };

    void addRows();
    void applyReadOnly();
    void refreshField(int field);
    void refreshAll();
    void updateRowVisibility();
    void valueChanged(const FieldRef &ref);
    void commit(const FieldEditor *editor, const QVariant &value);
    void focusChanged(QWidget *old, QWidget *now);
    bool runContinues(const FieldEditor *editor) const;
    QList<FieldRef> refs(int field) const;

    MapSession *m_session;
    Document *m_document;
    Entity m_entity;
    QList<Id> m_ids;
    QFormLayout *m_layout;
    QList<Row> m_rows; // by field; rows without an editor are left out
    PersonaChecklist *m_personas = nullptr;
    CardLinkList *m_links = nullptr; // one opportunity or pain point
    QLabel *m_linksLabel = nullptr;
    Run m_run;
    bool m_finished = false;
    Pending m_pending = Pending::Discard;
};

} // namespace Waymark
