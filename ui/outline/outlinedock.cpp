#include "outlinedock.h"

#include "app/messagebox.h"
#include "commands/addcommand.h"
#include "commands/documentcommand.h"
#include "commands/removecommand.h"
#include "document/document.h"
#include "editor/mapsession.h"
#include "editor/selection.h"
#include "outlinemodel.h"
#include "outlineselectionsync.h"

#include <QAction>
#include <QFile>
#include <QHeaderView>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSet>
#include <QTreeView>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace Waymark {

OutlineDock::OutlineDock(QWidget *parent)
    : QDockWidget(tr("Outline"), parent)
    , m_model(new OutlineModel(this))
    , m_view(new QTreeView(this))
{
    setObjectName(u"outlineDock"_s);

    m_view->setObjectName(u"outlineTree"_s);
    m_view->setHeaderHidden(true);
    m_view->setUniformRowHeights(true);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::DoubleClicked
                            | QAbstractItemView::SelectedClicked);
    m_view->setDragEnabled(true);
    m_view->setAcceptDrops(true);
    m_view->setDropIndicatorShown(true);
    m_view->setDragDropMode(QAbstractItemView::InternalMove);
    m_view->setDefaultDropAction(Qt::MoveAction);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setModel(m_model);
    setWidget(m_view);

    m_sync = new OutlineSelectionSync(m_view, m_model);

    // Groups are where rows are dropped and what the count is read from: always open.
    connect(m_model, &QAbstractItemModel::modelReset, m_view, &QTreeView::expandAll);

    const auto addIcon = [] { return QFile::exists(u":/waymark/icons/add.svg"_s) ? QIcon(u":/waymark/icons/add.svg"_s) : QIcon(); };
    m_addStage = createAction(tr("Add Stage"), "outlineAddStageAction");
    m_addLane = createAction(tr("Add Lane"), "outlineAddLaneAction");
    m_addPersona = createAction(tr("Add Persona"), "outlineAddPersonaAction");
    for (QAction *action : {m_addStage, m_addLane, m_addPersona})
        action->setIcon(addIcon());
    m_rename = createAction(tr("Rename"), "outlineRenameAction");
    m_moveUp = createAction(tr("Move Up"), "outlineMoveUpAction");
    m_moveDown = createAction(tr("Move Down"), "outlineMoveDownAction");
    m_delete = createAction(tr("Delete"), "outlineDeleteAction");
    m_rename->setShortcut(QKeySequence(Qt::Key_F2));
    m_delete->setShortcuts({QKeySequence(Qt::Key_Delete), QKeySequence(Qt::Key_Backspace)});

    connect(m_addStage, &QAction::triggered, this, [this] { add(Entity::Stage); });
    connect(m_addLane, &QAction::triggered, this, [this] { add(Entity::Lane); });
    connect(m_addPersona, &QAction::triggered, this, [this] { add(Entity::Persona); });
    connect(m_rename, &QAction::triggered, this, &OutlineDock::renameCurrent);
    connect(m_moveUp, &QAction::triggered, this, [this] { moveCurrent(-1); });
    connect(m_moveDown, &QAction::triggered, this, [this] { moveCurrent(+1); });
    connect(m_delete, &QAction::triggered, this, &OutlineDock::deleteSelected);
    connect(m_view, &QWidget::customContextMenuRequested, this, &OutlineDock::showContextMenu);

    QItemSelectionModel *rows = m_view->selectionModel();
    connect(rows, &QItemSelectionModel::selectionChanged, this, &OutlineDock::updateActions);
    connect(rows, &QItemSelectionModel::currentChanged, this, &OutlineDock::updateActions);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &OutlineDock::updateActions);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &OutlineDock::updateActions);
    connect(m_model, &QAbstractItemModel::rowsMoved, this, &OutlineDock::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &OutlineDock::updateActions);
    updateActions();
}

OutlineDock::~OutlineDock() = default;

// The model's, which it lets go of as soon as the document goes: a session being destroyed
// still exists as a QObject, but its document no longer does.
MapSession *OutlineDock::session() const
{
    return m_model->session();
}

QAction *OutlineDock::createAction(const QString &text, const char *name)
{
    auto *action = new QAction(text, this);
    action->setObjectName(QLatin1StringView(name));
    // Only while the tree has the focus: Delete in the canvas or a text field is theirs.
    action->setShortcutContext(Qt::WidgetShortcut);
    m_view->addAction(action);
    return action;
}

void OutlineDock::setSession(MapSession *session)
{
    if (session == m_model->session())
        return;
    // Ids are only unique within a map: let go of the old Selection before the rows change.
    m_sync->setSelection(nullptr);
    m_model->setSession(session);
    m_sync->setSelection(session ? session->selection() : nullptr);
    m_view->expandAll();
    updateActions();
}

// Which rows ----------------------------------------------------------------------------------

ElementRef OutlineDock::currentElement() const
{
    return m_model->elementAt(m_view->currentIndex());
}

QList<ElementRef> OutlineDock::elementsToDelete() const
{
    QList<ElementRef> elements;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows()) {
        const ElementRef ref = m_model->elementAt(index);
        if (OutlineModel::isListed(ref.entity) && ref.id != 0)
            elements.append(ref);
    }
    if (elements.isEmpty() && currentElement().id != 0)
        elements.append(currentElement());
    return elements;
}

bool OutlineDock::canDelete(const QList<ElementRef> &elements) const
{
    if (!session() || session()->document()->isReadOnly() || elements.isEmpty())
        return false;
    // A map needs a stage and a lane for its cards to stand in.
    const Document &doc = *session()->document();
    qsizetype stages = 0, lanes = 0;
    for (const ElementRef &ref : elements) {
        stages += ref.entity == Entity::Stage;
        lanes += ref.entity == Entity::Lane;
    }
    return stages < doc.stages().size() && lanes < doc.lanes().size();
}

void OutlineDock::updateActions()
{
    const bool editable = session() && !session()->document()->isReadOnly();
    for (QAction *action : {m_addStage, m_addLane, m_addPersona})
        action->setEnabled(editable);

    const QModelIndex current = m_view->currentIndex();
    const bool onRow = editable && currentElement().id != 0;
    m_rename->setEnabled(onRow);
    m_moveUp->setEnabled(onRow && current.row() > 0);
    m_moveDown->setEnabled(onRow && current.row() < m_model->rowCount(current.parent()) - 1);
    m_delete->setEnabled(canDelete(elementsToDelete()));
}

void OutlineDock::showContextMenu(const QPoint &position)
{
    updateActions();
    QMenu menu(this);
    menu.addAction(m_addStage);
    menu.addAction(m_addLane);
    menu.addAction(m_addPersona);
    if (m_model->elementAt(m_view->indexAt(position)).id != 0) {
        menu.addSeparator();
        menu.addAction(m_rename);
        menu.addAction(m_moveUp);
        menu.addAction(m_moveDown);
        menu.addSeparator();
        menu.addAction(m_delete);
    }
    menu.exec(m_view->viewport()->mapToGlobal(position));
}

// Edits -----------------------------------------------------------------------------------

void OutlineDock::add(Entity entity)
{
    if (!session() || session()->document()->isReadOnly())
        return;
    Document *doc = session()->document();
    // After the current row when it is of the same kind, else at the end of the group.
    const ElementRef current = currentElement();
    const bool after = current.entity == entity && current.id != 0;
    Id added = 0;
    switch (entity) {
    case Entity::Stage: {
        Stage stage;
        stage.name = tr("New stage");
        auto *command = new AddStageCommand(doc, after ? doc->stageIndex(current.id) + 1 : int(doc->stages().size()), stage);
        if (session()->push(command))
            added = command->addedId();
        break;
    }
    case Entity::Lane: {
        Lane lane;
        lane.name = tr("New lane");
        auto *command = new AddLaneCommand(doc, after ? doc->laneIndex(current.id) + 1 : int(doc->lanes().size()), lane);
        if (session()->push(command))
            added = command->addedId();
        break;
    }
    case Entity::Persona: {
        Persona persona;
        persona.name = tr("New persona");
        auto *command = new AddPersonaCommand(doc, after ? doc->personaIndex(current.id) + 1 : int(doc->personas().size()), persona);
        if (session()->push(command))
            added = command->addedId();
        break;
    }
    default:
        return;
    }
    if (added == 0)
        return; // the write failed; the session has said why
    // Select it everywhere, then let the user name it straight away.
    session()->selection()->select({entity, added});
    const QModelIndex index = m_model->indexOf({entity, added});
    if (index.isValid() && isVisible())
        m_view->edit(index);
}

void OutlineDock::renameCurrent()
{
    if (currentElement().id != 0)
        m_view->edit(m_view->currentIndex());
}

void OutlineDock::moveCurrent(int delta)
{
    const QModelIndex current = m_view->currentIndex();
    if (currentElement().id == 0)
        return;
    const int row = current.row();
    // moveRow() counts the destination before the move: one further when going down.
    const int destination = delta < 0 ? row - 1 : row + 2;
    if (destination < 0 || destination > m_model->rowCount(current.parent()))
        return;
    m_model->moveRow(current.parent(), row, current.parent(), destination);
}

void OutlineDock::deleteSelected()
{
    const QList<ElementRef> elements = elementsToDelete();
    if (!canDelete(elements) || !confirmDelete(elements))
        return;
    Document *doc = session()->document();
    // One command, whatever the selection holds: one undo step and one transaction. Each part
    // takes what hangs on its row when it runs, after the parts before it.
    const auto make = [doc](const ElementRef &ref, QUndoCommand *parent) -> QUndoCommand * {
        switch (ref.entity) {
        case Entity::Stage: return new RemoveStageCommand(doc, ref.id, parent);
        case Entity::Lane: return new RemoveLaneCommand(doc, ref.id, parent);
        case Entity::Persona: return new RemovePersonaCommand(doc, ref.id, parent);
        default: return nullptr;
        }
    };
    if (elements.size() == 1) {
        if (QUndoCommand *command = make(elements.first(), nullptr))
            session()->push(command);
        return;
    }
    auto *command = new DocumentCommand(doc, tr("Delete %1 Items").arg(elements.size()));
    for (const ElementRef &ref : elements)
        make(ref, command);
    session()->push(command);
}

bool OutlineDock::confirmDelete(const QList<ElementRef> &elements)
{
    const Document &doc = *session()->document();
    QSet<Id> cards;
    for (const ElementRef &ref : elements) {
        const QList<Id> held = ref.entity == Entity::Stage ? doc.cardsOfStage(ref.id)
                             : ref.entity == Entity::Lane  ? doc.cardsOfLane(ref.id)
                                                           : QList<Id>();
        cards.unite(QSet<Id>(held.cbegin(), held.cend()));
    }
    if (cards.isEmpty())
        return true; // nothing the user made goes with it, and undo brings the row back

    QString question;
    if (elements.size() > 1) {
        question = tr("Delete %1 items from the outline?").arg(elements.size());
    } else {
        const ElementRef ref = elements.first();
        if (ref.entity == Entity::Stage)
            question = tr("Delete the stage “%1”?").arg(doc.stage(ref.id)->name);
        else
            question = tr("Delete the lane “%1”?").arg(doc.lane(ref.id)->name);
    }
    const qsizetype count = cards.size();
    const QString detail = elements.size() > 1
        ? (count == 1 ? tr("1 card in them is deleted with them.") : tr("%1 cards in them are deleted with them.").arg(count))
        : (count == 1 ? tr("1 card in it is deleted with it.") : tr("%1 cards in it are deleted with it.").arg(count));

    QMessageBox box(QMessageBox::Warning, tr("Delete"), QString(), QMessageBox::Cancel, this);
    box.setObjectName(u"outlineDeleteConfirmation"_s);
    MessageBox::setText(box, question, detail + u' ' + tr("You can undo this.")); // names from the file: plain text
    QPushButton *remove = box.addButton(tr("Delete"), QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.setEscapeButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == remove;
}

} // namespace Waymark
