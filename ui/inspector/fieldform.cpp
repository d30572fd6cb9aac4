#include "fieldform.h"

#include "commands/setvaluecommand.h"
#include "document/document.h"
#include "editor/mapsession.h"
#include "fieldeditor.h"
#include "fieldpresentation.h"
#include "cardlinklist.h"
#include "personachecklist.h"

#include <QApplication>
#include <QFormLayout>
#include <QLabel>
#include <QPointer>
#include <QTimer>
#include <QUndoStack>

#include <algorithm>

namespace Waymark {

namespace {

// The command that sets `value` in each of `refs` that does not hold it already: a plain
// SetValueCommand for one element, a compound step named for all of `selected` otherwise.
// nullptr when nothing would change.
QUndoCommand *makeCommand(Document *document, const QList<FieldRef> &refs, int selected, QVariant value,
                          bool mergeable)
{
    if (refs.isEmpty() || !normalizeValue(fieldSpec(refs.first().entity, refs.first().field), value).isEmpty())
        return nullptr;
    QList<FieldRef> changed;
    for (const FieldRef &ref : refs) {
        if (document->exists(ref) && document->value(ref) != value)
            changed.append(ref);
    }
    if (changed.isEmpty())
        return nullptr;
    if (selected == 1) {
        auto *command = new SetValueCommand(document, changed.first(), value);
        command->setMergeable(mergeable);
        return command;
    }
    const QString text = FieldForm::tr("%1 (%n cards)", nullptr, selected).arg(SetValueCommand::textFor(changed.first()));
    auto *command = new DocumentCommand(document, text);
    for (const FieldRef &ref : std::as_const(changed))
        new SetValueCommand(document, ref, value, command);
    return command;
}

} // namespace

FieldForm::FieldForm(MapSession *session, Entity entity, const QList<Id> &ids, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_document(session->document())
    , m_entity(entity)
    , m_ids(ids)
    , m_layout(new QFormLayout(this))
{
    m_layout->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_layout->setLabelAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    addRows();
    applyReadOnly();
    refreshAll();

    connect(m_document, &Document::valueChanged, this, &FieldForm::valueChanged);
    connect(m_document, &Document::reset, this, &FieldForm::refreshAll);
    // A workspace map going offline, or back: the fields follow in place, so that text being
    // typed stays where it is (rebuilding the form would drop it).
    connect(m_document, &Document::readOnlyChanged, this, &FieldForm::applyReadOnly);
    connect(qApp, &QApplication::focusChanged, this, &FieldForm::focusChanged);
}

void FieldForm::addRows()
{
    const int count = fieldCount(m_entity);
    m_rows.resize(count);
    for (int field = 0; field < count; ++field) {
        const FieldSpec &spec = fieldSpec(m_entity, field);
        FieldEditor *editor = FieldEditor::create(m_entity, spec, this);
        if (!editor)
            continue;
        auto *label = new QLabel(fieldLabel(m_entity, field), this);
        label->setBuddy(editor->focusTarget());
        label->setToolTip(editor->focusTarget()->toolTip());
        m_layout->addRow(label, editor->widget());
        m_rows[field] = {editor, label};
        connect(editor, &FieldEditor::edited, this, [this, editor](const QVariant &value) { commit(editor, value); });
    }
    if (m_entity == Entity::Card) {
        m_personas = new PersonaChecklist(m_session, m_ids, this);
        auto *label = new QLabel(tr("Personas"), this);
        label->setBuddy(m_personas);
        label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
        m_layout->addRow(label, m_personas);
        if (m_ids.size() == 1) {
            m_links = new CardLinkList(m_session, m_ids.first(), this);
            m_linksLabel = new QLabel(this);
            m_linksLabel->setBuddy(m_links);
            m_linksLabel->setAlignment(Qt::AlignLeft | Qt::AlignTop);
            m_layout->addRow(m_linksLabel, m_links);
        }
    }
}

void FieldForm::applyReadOnly()
{
    const bool readOnly = m_document->isReadOnly();
    for (const Row &row : std::as_const(m_rows)) {
        if (row.editor)
            row.editor->setReadOnly(readOnly);
    }
    if (m_personas)
        m_personas->setReadOnly(readOnly);
    if (m_links)
        m_links->setReadOnly(readOnly);
}

QList<FieldRef> FieldForm::refs(int field) const
{
    QList<FieldRef> refs;
    for (const Id id : m_ids)
        refs.append({m_entity, id, field});
    return refs;
}

void FieldForm::refreshField(int field)
{
    FieldEditor *editor = m_rows.value(field).editor;
    if (!editor)
        return;
    QList<QVariant> values;
    for (const FieldRef &ref : refs(field)) {
        if (m_document->exists(ref))
            values.append(m_document->value(ref));
    }
    if (!values.isEmpty())
        editor->setValues(values);
}

void FieldForm::refreshAll()
{
    for (int field = 0; field < m_rows.size(); ++field)
        refreshField(field);
    updateRowVisibility();
}

// Rows of fields that mean nothing for every inspected element (a pain point's channel)
// are hidden rather than removed, so that a change of kind keeps focus and tab order.
void FieldForm::updateRowVisibility()
{
    for (int field = 0; field < m_rows.size(); ++field) {
        if (!m_rows[field].editor)
            continue;
        const QList<FieldRef> all = refs(field);
        const bool applies = std::all_of(all.begin(), all.end(), [this](const FieldRef &ref) {
            return !m_document->exists(ref) || fieldApplies(*m_document, ref);
        });
        m_layout->setRowVisible(m_rows[field].label, applies);
    }
    if (m_links) {
        m_linksLabel->setText(m_links->label());
        m_layout->setRowVisible(m_links, m_links->applies());
    }
}

void FieldForm::valueChanged(const FieldRef &ref)
{
    if (ref.entity != m_entity || !m_ids.contains(ref.id))
        return;
    refreshField(ref.field);
    if (m_entity == Entity::Card && CardField(ref.field) == CardField::Kind)
        updateRowVisibility();
}

bool FieldForm::runContinues(const FieldEditor *editor) const
{
    const QUndoStack *stack = m_session->undoStack();
    // An undo, a redo or anybody else's command since the last commit ends the run: merging
    // now would fold this change into some other step.
    return editor->mergesRuns() && m_run.editor == editor && m_run.index == stack->index()
        && m_run.index > 0 && stack->command(m_run.index - 1) == m_run.command;
}

void FieldForm::commit(const FieldEditor *editor, const QVariant &value)
{
    const int field = editor->spec().field;
    const int selected = int(m_ids.size());
    if (m_finished) {
        if (m_pending == Pending::CommitNow) {
            if (QUndoCommand *command = makeCommand(m_document, refs(field), selected, value, false))
                m_session->push(command);
            return;
        }
        const QPointer<MapSession> session = m_session;
        const QList<FieldRef> targets = refs(field);
        QTimer::singleShot(0, m_session, [session, targets, selected, value] {
            if (QUndoCommand *command = makeCommand(session->document(), targets, selected, value, false))
                session->push(command);
        });
        return;
    }

    const bool continues = runContinues(editor);
    QUndoCommand *command = makeCommand(m_document, refs(field), selected, value, continues);
    if (!command) {
        // Nothing to change (the value came back to what is stored): show it as stored.
        refreshField(field);
        return;
    }
    const QUndoCommand *previous = continues ? m_run.command : nullptr;
    const bool kept = m_session->push(command); // false: merged into `previous`, or refused

    const QUndoStack *stack = m_session->undoStack();
    const QUndoCommand *top = stack->index() > 0 ? stack->command(stack->index() - 1) : nullptr;
    if (top && (kept || top == previous))
        m_run = {editor, top, stack->index()};
    else
        m_run = {}; // refused, or merged back to where it began
    // A refused write leaves the document as it was; the widget must say so too.
    refreshField(field);
}

void FieldForm::focusChanged(QWidget *, QWidget *now)
{
    if (m_run.editor && !(now && m_run.editor->widget()->isAncestorOf(now)) && now != m_run.editor->widget())
        m_run = {};
}

FieldForm::~FieldForm()
{
    // Destroying a focused line edit can still report it finished: not to a half-gone form.
    finish(Pending::Discard);
}

void FieldForm::finish(Pending pending)
{
    if (m_finished)
        return;
    m_finished = true;
    m_pending = pending;
    m_run = {};
    for (const Row &row : std::as_const(m_rows)) {
        if (row.editor && pending != Pending::Discard)
            row.editor->commitPending();
        if (row.editor)
            disconnect(row.editor, nullptr, this, nullptr);
    }
    disconnect(qApp, nullptr, this, nullptr);
}

} // namespace Waymark
