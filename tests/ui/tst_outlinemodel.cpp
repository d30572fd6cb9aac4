// The outline: that its tree mirrors the document through every kind of change (its own
// drops and renames, commands pushed elsewhere, undo, redo, reload), that its own edits are
// single undo steps, and that the dock's selection and the session's follow each other.
// A QAbstractItemModelTester in Fatal mode watches the model throughout.

#include "commands/addcardcommand.h"
#include "commands/addcommand.h"
#include "commands/movecardcommand.h"
#include "commands/removecommand.h"
#include "commands/setvaluecommand.h"
#include "document/document.h"
#include "editor/mapsession.h"
#include "editor/selection.h"
#include "outline/outlinedock.h"
#include "outline/outlinedragpayload.h"
#include "outline/outlinemodel.h"
#include "outline/reorderplan.h"
#include "support/testsupport.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QIcon>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace Waymark;

namespace {

template<typename T>
QList<Id> idsOf(const QList<T> &list)
{
    QList<Id> ids;
    for (const T &item : list)
        ids.append(item.id);
    return ids;
}

QList<Id> documentIds(const Document &doc, Entity entity)
{
    switch (entity) {
    case Entity::Stage: return idsOf(doc.stages());
    case Entity::Lane: return idsOf(doc.lanes());
    case Entity::Persona: return idsOf(doc.personas());
    default: return {};
    }
}

QList<Id> modelIds(const OutlineModel &model, Entity entity)
{
    const QModelIndex group = model.groupIndex(entity);
    QList<Id> ids;
    for (int row = 0; row < model.rowCount(group); ++row)
        ids.append(model.index(row, 0, group).data(OutlineModel::ElementRefRole).value<ElementRef>().id);
    return ids;
}

QList<Id> selectedIds(const QTreeView &view)
{
    QList<Id> ids;
    for (const QModelIndex &index : view.selectionModel()->selectedRows())
        ids.append(index.data(OutlineModel::ElementRefRole).value<ElementRef>().id);
    std::sort(ids.begin(), ids.end());
    return ids;
}

// The order after moving the rows at `rows` so that they stand together before `before`.
QList<Id> movedOrder(QList<Id> ids, const QList<int> &rows, int before)
{
    QList<Id> moved;
    int above = 0;
    for (const int row : rows) {
        moved.append(ids.at(row));
        above += row < before;
    }
    for (const Id id : std::as_const(moved))
        ids.removeOne(id);
    for (qsizetype i = 0; i < moved.size(); ++i)
        ids.insert(before - above + i, moved.at(i));
    return ids;
}

} // namespace

class TestOutlineModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void structureMatchesDocument();
    void rolesDescribeRows();
    void dropReordersInOneUndoStep_data();
    void dropReordersInOneUndoStep();
    void dropOfSeveralRowsIsOneStep_data();
    void dropOfSeveralRowsIsOneStep();
    void dropRefusesForeignRows();
    void reorderPlanPlacesRowsTogether();
    void renameIsUndoable();
    void commandsElsewhereUpdateRows_data();
    void commandsElsewhereUpdateRows();
    void cardsAndValuesUpdateRows();
    void reloadResetsModel();
    void selectionFollowsBothWays();
    void dockEditsThroughCommands();
    void deletingCardsAsksFirst_data();
    void deletingCardsAsksFirst();
    void closingTheSessionEmptiesTheDock();
    void screenshot();

private:
    Document &doc() { return *m_session->document(); }
    QUndoStack &stack() { return *m_session->undoStack(); }
    void verifyStructure();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MapSession> m_session;
    std::unique_ptr<OutlineModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestOutlineModel::init()
{
    m_dir = Test::scratchDir();
    m_session = std::make_unique<MapSession>(
        Test::documentFromTemplate(m_dir->filePath(u"map.waymark"_s), u"phone-store"_s), false);
    m_model = std::make_unique<OutlineModel>();
    m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    m_model->setSession(m_session.get());
}

void TestOutlineModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_session.reset();
    m_dir.reset();
}

void TestOutlineModel::verifyStructure()
{
    QCOMPARE(m_model->rowCount(), 3);
    const QStringList groups{u"Stages (%1)"_s, u"Lanes (%1)"_s, u"Personas (%1)"_s};
    const QList<Entity> entities{Entity::Stage, Entity::Lane, Entity::Persona};
    for (int i = 0; i < 3; ++i) {
        const QList<Id> ids = documentIds(doc(), entities[i]);
        const QModelIndex group = m_model->groupIndex(entities[i]);
        QCOMPARE(group.row(), i);
        QCOMPARE(group.data().toString(), groups[i].arg(ids.size()));
        QCOMPARE(modelIds(*m_model, entities[i]), ids);
        for (int row = 0; row < ids.size(); ++row) {
            const QModelIndex index = m_model->index(row, 0, group);
            QCOMPARE(index.data(Qt::EditRole), doc().value({entities[i], ids[row], 0}));
            QCOMPARE(m_model->indexOf({entities[i], ids[row]}), index);
        }
    }
}

void TestOutlineModel::structureMatchesDocument()
{
    verifyStructure();
    QCOMPARE(m_model->groupIndex(Entity::Stage).data().toString(), u"Stages (7)"_s);
    QCOMPARE(m_model->index(0, 0, m_model->groupIndex(Entity::Stage)).data().toString(), u"Research online"_s);
    QCOMPARE(m_model->index(1, 0, m_model->groupIndex(Entity::Persona)).data().toString(), u"Graham Wilson"_s);

    m_model->setSession(nullptr);
    QCOMPARE(m_model->rowCount(), 0);
    m_model->setSession(m_session.get());
    verifyStructure();
}

void TestOutlineModel::rolesDescribeRows()
{
    const QModelIndex stages = m_model->groupIndex(Entity::Stage);
    QVERIFY(!(m_model->flags(stages) & Qt::ItemIsSelectable));
    QVERIFY(m_model->flags(stages) & Qt::ItemIsDropEnabled);

    const QModelIndex stage = m_model->index(1, 0, stages);
    const Id stageId = doc().stages().at(1).id;
    QCOMPARE(stage.data(OutlineModel::ElementRefRole).value<ElementRef>(), (ElementRef{Entity::Stage, stageId}));
    QCOMPARE(stage.data(Qt::ToolTipRole).toString(), u"%1 cards"_s.arg(doc().cardsOfStage(stageId).size()));
    QVERIFY(!stage.data(Qt::DecorationRole).value<QIcon>().isNull());
    const Qt::ItemFlags flags = m_model->flags(stage);
    QVERIFY(flags & Qt::ItemIsSelectable && flags & Qt::ItemIsEditable && flags & Qt::ItemIsDragEnabled);
    QVERIFY(!(flags & Qt::ItemIsDropEnabled));

    const QModelIndex lane = m_model->index(1, 0, m_model->groupIndex(Entity::Lane));
    QCOMPARE(lane.data(Qt::ToolTipRole).toString(), u"Touchpoints"_s);
    QVERIFY(!lane.data(Qt::DecorationRole).value<QIcon>().isNull());

    const QModelIndex persona = m_model->index(0, 0, m_model->groupIndex(Entity::Persona));
    QCOMPARE(persona.data(Qt::ToolTipRole).toString(), u"Marketing coordinator"_s);
    const QImage swatch = persona.data(Qt::DecorationRole).value<QIcon>().pixmap(16, 16).toImage();
    QCOMPARE(swatch.pixelColor(8, 8), QColor(u"#2e86de"_s));
}

void TestOutlineModel::dropReordersInOneUndoStep_data()
{
    QTest::addColumn<Entity>("entity");
    QTest::addColumn<int>("from");
    QTest::addColumn<int>("before"); // Qt's drop row: counted before the move
    QTest::addColumn<bool>("viaMoveRows");

    const struct {
        const char *name;
        Entity entity;
        int from;
        int before;
    } moves[] = {
        {"stage first to last", Entity::Stage, 0, 7},
        {"stage last to first", Entity::Stage, 6, 0},
        {"stage down by one", Entity::Stage, 2, 4},
        {"stage up by two", Entity::Stage, 4, 2},
        {"lane down", Entity::Lane, 1, 6},
        {"lane up", Entity::Lane, 7, 3},
        {"persona down", Entity::Persona, 0, 2},
        {"persona up", Entity::Persona, 1, 0},
    };
    for (const auto &move : moves) {
        QTest::addRow("%s (drop)", move.name) << move.entity << move.from << move.before << false;
        QTest::addRow("%s (moveRows)", move.name) << move.entity << move.from << move.before << true;
    }
}

void TestOutlineModel::dropReordersInOneUndoStep()
{
    QFETCH(Entity, entity);
    QFETCH(int, from);
    QFETCH(int, before);
    QFETCH(bool, viaMoveRows);

    const QModelIndex group = m_model->groupIndex(entity);
    const QList<Id> original = documentIds(doc(), entity);
    const QList<Id> expected = movedOrder(original, {from}, before);
    const QPersistentModelIndex dragged = m_model->index(from, 0, group);
    QSignalSpy moved(m_model.get(), &QAbstractItemModel::rowsMoved);

    if (viaMoveRows) {
        QVERIFY(m_model->moveRow(group, from, group, before));
    } else {
        std::unique_ptr<QMimeData> mime(m_model->mimeData({m_model->index(from, 0, group)}));
        QVERIFY(mime);
        QVERIFY(mime->hasFormat(OutlineDragPayload::mimeType()));
        QVERIFY(m_model->canDropMimeData(mime.get(), Qt::MoveAction, before, 0, group));
        QVERIFY(m_model->dropMimeData(mime.get(), Qt::MoveAction, before, 0, group));
    }

    QCOMPARE(stack().count(), 1);
    QCOMPARE(stack().undoText(), u"Move %1"_s.arg(entityName(entity)));
    QCOMPARE(documentIds(doc(), entity), expected);
    QCOMPARE(modelIds(*m_model, entity), expected);
    QCOMPARE(moved.size(), 1);
    QCOMPARE(dragged.row(), int(expected.indexOf(original.at(from))));

    stack().undo();
    QCOMPARE(documentIds(doc(), entity), original);
    QCOMPARE(modelIds(*m_model, entity), original);
    QCOMPARE(dragged.row(), from);
    stack().redo();
    QCOMPARE(documentIds(doc(), entity), expected);
    verifyStructure();
}

void TestOutlineModel::dropOfSeveralRowsIsOneStep_data()
{
    QTest::addColumn<QList<int>>("rows");
    QTest::addColumn<int>("before");

    QTest::newRow("two apart, down") << QList<int>{0, 2} << 5;
    QTest::newRow("two apart, up") << QList<int>{3, 6} << 1;
    QTest::newRow("around the target") << QList<int>{1, 5} << 3;
    QTest::newRow("three to the end") << QList<int>{0, 1, 4} << 7;
}

void TestOutlineModel::dropOfSeveralRowsIsOneStep()
{
    QFETCH(QList<int>, rows);
    QFETCH(int, before);

    const QModelIndex stages = m_model->groupIndex(Entity::Stage);
    const QList<Id> original = documentIds(doc(), Entity::Stage);
    const QList<Id> expected = movedOrder(original, rows, before);
    QModelIndexList dragged;
    for (const int row : rows)
        dragged.append(m_model->index(row, 0, stages));
    std::unique_ptr<QMimeData> mime(m_model->mimeData(dragged));
    QVERIFY(m_model->dropMimeData(mime.get(), Qt::MoveAction, before, 0, stages));

    QCOMPARE(stack().count(), 1);
    QCOMPARE(documentIds(doc(), Entity::Stage), expected);
    QCOMPARE(modelIds(*m_model, Entity::Stage), expected);
    stack().undo();
    QCOMPARE(documentIds(doc(), Entity::Stage), original);
    QCOMPARE(modelIds(*m_model, Entity::Stage), original);
}

void TestOutlineModel::dropRefusesForeignRows()
{
    const QModelIndex stages = m_model->groupIndex(Entity::Stage);
    const QModelIndex lanes = m_model->groupIndex(Entity::Lane);
    std::unique_ptr<QMimeData> lane(m_model->mimeData({m_model->index(0, 0, lanes)}));
    QVERIFY(!m_model->canDropMimeData(lane.get(), Qt::MoveAction, 1, 0, stages));
    QVERIFY(!m_model->dropMimeData(lane.get(), Qt::MoveAction, 1, 0, stages));
    QVERIFY(!m_model->canDropMimeData(lane.get(), Qt::MoveAction, 1, 0, {}));

    QMimeData text;
    text.setText(u"Research online"_s);
    QVERIFY(!m_model->canDropMimeData(&text, Qt::MoveAction, 1, 0, stages));
    QMimeData garbage;
    garbage.setData(OutlineDragPayload::mimeType(), "not a payload");
    QVERIFY(!m_model->dropMimeData(&garbage, Qt::MoveAction, 1, 0, stages));

    // The same row ids in another map are other stages.
    MapSession other(Test::documentFromTemplate(m_dir->filePath(u"other.waymark"_s), u"phone-store"_s), false);
    OutlineModel otherModel;
    otherModel.setSession(&other);
    std::unique_ptr<QMimeData> foreign(otherModel.mimeData({otherModel.index(0, 0, otherModel.groupIndex(Entity::Stage))}));
    QVERIFY(otherModel.canDropMimeData(foreign.get(), Qt::MoveAction, 3, 0, otherModel.groupIndex(Entity::Stage)));
    QVERIFY(!m_model->canDropMimeData(foreign.get(), Qt::MoveAction, 3, 0, stages));

    // Dropped where it already is: no command.
    std::unique_ptr<QMimeData> stage(m_model->mimeData({m_model->index(2, 0, stages)}));
    QVERIFY(!m_model->dropMimeData(stage.get(), Qt::MoveAction, 3, 0, stages));
    QCOMPARE(stack().count(), 0);
}

// Every set of rows of a five-row list, dropped before every row: the plan's result is the
// order asked for, and one row never takes more than one step.
void TestOutlineModel::reorderPlanPlacesRowsTogether()
{
    const QList<Id> rows{11, 12, 13, 14, 15};
    for (int mask = 1; mask < (1 << rows.size()); ++mask) {
        QList<int> picked;
        QList<Id> moving;
        for (int i = 0; i < rows.size(); ++i) {
            if (mask & (1 << i)) {
                picked.append(i);
                moving.append(rows[i]);
            }
        }
        for (int before = 0; before <= rows.size(); ++before) {
            const ReorderPlan plan(rows, moving, before);
            QList<Id> replayed = rows;
            for (const auto &[from, to] : plan.steps()) {
                QVERIFY(from != to && from >= 0 && to >= 0 && from < rows.size() && to < rows.size());
                replayed.move(from, to);
            }
            QCOMPARE(replayed, plan.result());
            QCOMPARE(plan.result(), movedOrder(rows, picked, before));
            QVERIFY(plan.steps().size() <= moving.size());
        }
    }
}

void TestOutlineModel::renameIsUndoable()
{
    const QModelIndex index = m_model->index(1, 0, m_model->groupIndex(Entity::Stage));
    const Id id = doc().stages().at(1).id;
    const QString old = doc().stage(id)->name;
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);

    QVERIFY(m_model->setData(index, u"  Window shopping "_s));
    QCOMPARE(doc().stage(id)->name, u"Window shopping"_s);
    QCOMPARE(index.data().toString(), u"Window shopping"_s);
    QCOMPARE(stack().count(), 1);
    QCOMPARE(stack().undoText(), u"Rename Stage"_s);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().at(0).value<QModelIndex>(), index);

    stack().undo();
    QCOMPARE(index.data().toString(), old);
    stack().redo();
    QCOMPARE(index.data().toString(), u"Window shopping"_s);

    QVERIFY(!m_model->setData(index, u"   "_s));
    QVERIFY(m_model->setData(index, u"Window shopping"_s)); // unchanged: no command
    QCOMPARE(stack().count(), 1);

    const QModelIndex persona = m_model->index(0, 0, m_model->groupIndex(Entity::Persona));
    QVERIFY(m_model->setData(persona, u"Priya S."_s));
    QCOMPARE(stack().undoText(), u"Rename Persona"_s);
    QCOMPARE(doc().personas().first().name, u"Priya S."_s);
}

void TestOutlineModel::commandsElsewhereUpdateRows_data()
{
    QTest::addColumn<Entity>("entity");
    QTest::newRow("stages") << Entity::Stage;
    QTest::newRow("lanes") << Entity::Lane;
    QTest::newRow("personas") << Entity::Persona;
}

void TestOutlineModel::commandsElsewhereUpdateRows()
{
    QFETCH(Entity, entity);
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);

    QUndoCommand *add = nullptr;
    switch (entity) {
    case Entity::Stage: add = new AddStageCommand(&doc(), 1, Stage{0, u"Unboxing"_s, {}, {}, Stage::DefaultWidth, std::nullopt, std::nullopt}); break;
    case Entity::Lane: add = new AddLaneCommand(&doc(), 1, Lane{0, u"Staff"_s, LaneKind::Backstage, {}}); break;
    default: {
        Persona persona;
        persona.name = u"Ada"_s;
        add = new AddPersonaCommand(&doc(), 1, persona);
        break;
    }
    }
    stack().push(add);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.first().at(0).value<QModelIndex>(), m_model->groupIndex(entity));
    QCOMPARE(inserted.first().at(1).toInt(), 1);
    verifyStructure();

    // The first row goes with whatever hangs on it.
    const Id first = documentIds(doc(), entity).first();
    switch (entity) {
    case Entity::Stage: stack().push(new RemoveStageCommand(&doc(), first)); break;
    case Entity::Lane: stack().push(new RemoveLaneCommand(&doc(), first)); break;
    default: stack().push(new RemovePersonaCommand(&doc(), first)); break;
    }
    QCOMPARE(removed.size(), 1);
    QVERIFY(!m_model->indexOf({entity, first}).isValid());
    verifyStructure();

    while (stack().canUndo())
        stack().undo();
    verifyStructure();
    while (stack().canRedo())
        stack().redo();
    verifyStructure();
    QCOMPARE(reset.size(), 0); // row by row, never by a reset
}

void TestOutlineModel::cardsAndValuesUpdateRows()
{
    const Id from = doc().stages().at(0).id;
    const Id to = doc().stages().at(3).id;
    const Id lane = doc().lanes().at(0).id;
    const QModelIndex fromIndex = m_model->indexOf({Entity::Stage, from});
    const QModelIndex toIndex = m_model->indexOf({Entity::Stage, to});
    const qsizetype fromCards = doc().cardsOfStage(from).size();
    const qsizetype toCards = doc().cardsOfStage(to).size();
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);

    Card card;
    card.stage = from;
    card.lane = lane;
    card.title = u"Compare plans"_s;
    auto *add = new AddCardCommand(&doc(), card);
    stack().push(add);
    QCOMPARE(fromIndex.data(Qt::ToolTipRole).toString(), u"%1 cards"_s.arg(fromCards + 1));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().at(0).value<QModelIndex>(), fromIndex);

    stack().push(new MoveCardCommand(&doc(), add->addedId(), to, lane, 0));
    QCOMPARE(fromIndex.data(Qt::ToolTipRole).toString(), u"%1 cards"_s.arg(fromCards));
    QCOMPARE(toIndex.data(Qt::ToolTipRole).toString(), u"%1 cards"_s.arg(toCards + 1));

    changed.clear();
    stack().push(new SetValueCommand(&doc(), fieldRef(from, StageField::Color), QColor(Qt::red)));
    QCOMPARE(changed.size(), 1);
    QVERIFY(changed.first().at(2).value<QList<int>>().contains(Qt::DecorationRole));
    QCOMPARE(fromIndex.data(Qt::DecorationRole).value<QIcon>().pixmap(16, 16).toImage().pixelColor(8, 8), QColor(Qt::red));

    changed.clear();
    stack().push(new SetValueCommand(&doc(), fieldRef(from, StageField::Description), u"Why it matters"_s));
    QCOMPARE(changed.size(), 0); // the outline does not show descriptions

    const Id laneId = doc().lanes().at(2).id;
    stack().push(new SetValueCommand(&doc(), fieldRef(laneId, LaneField::Kind), keyOf(LaneKind::Opportunities)));
    QCOMPARE(m_model->indexOf({Entity::Lane, laneId}).data(Qt::ToolTipRole).toString(), u"Opportunities"_s);
}

void TestOutlineModel::reloadResetsModel()
{
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    QVERIFY(m_model->moveRow(m_model->groupIndex(Entity::Lane), 0, m_model->groupIndex(Entity::Lane), 3));
    doc().reload();
    QCOMPARE(reset.size(), 1);
    verifyStructure();
    stack().undo();
    verifyStructure();
}

void TestOutlineModel::selectionFollowsBothWays()
{
    OutlineDock dock;
    dock.resize(300, 600);
    dock.setSession(m_session.get());
    dock.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dock));
    QTreeView &view = *dock.treeView();
    Selection &selection = *m_session->selection();
    QSignalSpy selectionChanged(&selection, &Selection::changed);

    // A click in the tree selects the element.
    const Id stage = doc().stages().at(2).id;
    const QModelIndex stageIndex = dock.model()->indexOf({Entity::Stage, stage});
    QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, view.visualRect(stageIndex).center());
    QCOMPARE(selection.elements(), (QList<ElementRef>{{Entity::Stage, stage}}));
    QCOMPARE(selection.current(), (ElementRef{Entity::Stage, stage}));
    QCOMPARE(selectionChanged.size(), 1);

    // Ctrl+click adds a lane.
    const Id lane = doc().lanes().at(1).id;
    QTest::mouseClick(view.viewport(), Qt::LeftButton, Qt::ControlModifier,
                      view.visualRect(dock.model()->indexOf({Entity::Lane, lane})).center());
    QCOMPARE(selection.elements(), (QList<ElementRef>{{Entity::Stage, stage}, {Entity::Lane, lane}}));
    QCOMPARE(selection.current(), (ElementRef{Entity::Lane, lane}));

    // The canvas selects a persona and a stage: the tree follows, without echoing back.
    const Id persona = doc().personas().at(1).id;
    const Id other = doc().stages().at(5).id;
    selectionChanged.clear();
    selection.set({{Entity::Persona, persona}, {Entity::Stage, other}}, {Entity::Persona, persona});
    QCOMPARE(selectionChanged.size(), 1);
    QCOMPARE(selectedIds(view), (QList<Id>{std::min(persona, other), std::max(persona, other)}));
    QCOMPARE(view.currentIndex(), dock.model()->indexOf({Entity::Persona, persona}));

    // A card picked on the canvas leaves the tree as it is...
    const Id card = doc().cardsOfStage(stage).first();
    selection.select({Entity::Card, card});
    QCOMPARE(selectedIds(view), (QList<Id>{std::min(persona, other), std::max(persona, other)}));
    QCOMPARE(selection.elements(), (QList<ElementRef>{{Entity::Card, card}}));
    // ...and clicking the row the tree still shows takes the selection back.
    selection.select({Entity::Stage, other});
    selection.select({Entity::Card, card});
    QCOMPARE(selectedIds(view), QList<Id>{other});
    QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, view.visualRect(dock.model()->indexOf({Entity::Stage, other})).center());
    QCOMPARE(selection.elements(), (QList<ElementRef>{{Entity::Stage, other}}));

    // Clearing elsewhere clears the tree; a reload keeps what is selected.
    selection.set({{Entity::Lane, lane}});
    doc().reload();
    QCOMPARE(selectedIds(view), QList<Id>{lane});
    selection.clear();
    QVERIFY(view.selectionModel()->selectedRows().isEmpty());

    // Deleting a selected row elsewhere deselects it everywhere.
    selection.select({Entity::Persona, persona});
    stack().push(new RemovePersonaCommand(&doc(), persona));
    QVERIFY(selection.isEmpty());
    QVERIFY(view.selectionModel()->selectedRows().isEmpty());

    dock.setSession(nullptr);
    QCOMPARE(view.model()->rowCount(), 0);
    selection.select({Entity::Stage, stage});
    QVERIFY(view.selectionModel()->selectedRows().isEmpty());
}

void TestOutlineModel::dockEditsThroughCommands()
{
    OutlineDock dock;
    dock.setSession(m_session.get());
    QTreeView &view = *dock.treeView();
    QCOMPARE(dock.objectName(), u"outlineDock"_s);
    QCOMPARE(dock.windowTitle(), u"Outline"_s);
    QVERIFY(view.isHeaderHidden());
    QVERIFY(view.isExpanded(dock.model()->groupIndex(Entity::Persona)));

    // Add after the current stage.
    const Id third = doc().stages().at(2).id;
    m_session->selection()->select({Entity::Stage, third});
    dock.addStageAction()->trigger();
    QCOMPARE(doc().stages().size(), 8);
    const Id added = doc().stages().at(3).id;
    QCOMPARE(doc().stage(added)->name, u"New stage"_s);
    QCOMPARE(m_session->selection()->elements(), (QList<ElementRef>{{Entity::Stage, added}}));
    QCOMPARE(view.currentIndex(), dock.model()->indexOf({Entity::Stage, added}));

    // Move it up and down.
    dock.moveUpAction()->trigger();
    QCOMPARE(doc().stageIndex(added), 2);
    dock.moveDownAction()->trigger();
    dock.moveDownAction()->trigger();
    QCOMPARE(doc().stageIndex(added), 4);
    QCOMPARE(stack().undoText(), u"Move Stage"_s);

    // The first lane cannot go further up; the last persona not further down.
    m_session->selection()->select({Entity::Lane, doc().lanes().first().id});
    QVERIFY(!dock.moveUpAction()->isEnabled());
    QVERIFY(dock.moveDownAction()->isEnabled());
    m_session->selection()->select({Entity::Persona, doc().personas().last().id});
    QVERIFY(!dock.moveDownAction()->isEnabled());
    dock.addPersonaAction()->trigger();
    QCOMPARE(doc().personas().last().name, u"New persona"_s);

    // An empty stage is deleted without a question, with the Delete key.
    m_session->selection()->select({Entity::Stage, added});
    dock.show();
    dock.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&dock));
    view.setFocus();
    const int steps = stack().count();
    QTest::keyClick(&view, Qt::Key_Delete);
    QVERIFY(!doc().stage(added));
    QCOMPARE(stack().count(), steps + 1);
    QCOMPARE(stack().undoText(), u"Delete Stage"_s);

    // A map keeps at least one stage and one lane.
    QItemSelection all(dock.model()->index(0, 0, dock.model()->groupIndex(Entity::Stage)),
                       dock.model()->index(6, 0, dock.model()->groupIndex(Entity::Stage)));
    view.selectionModel()->select(all, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QVERIFY(!dock.deleteAction()->isEnabled());
    view.selectionModel()->select(dock.model()->index(0, 0, dock.model()->groupIndex(Entity::Persona)),
                                  QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QVERIFY(!dock.deleteAction()->isEnabled());
    view.selectionModel()->select(dock.model()->index(0, 0, dock.model()->groupIndex(Entity::Stage)),
                                  QItemSelectionModel::Deselect | QItemSelectionModel::Rows);
    QVERIFY(dock.deleteAction()->isEnabled());
}

void TestOutlineModel::deletingCardsAsksFirst_data()
{
    QTest::addColumn<Entity>("entity");
    QTest::addColumn<bool>("confirm");
    QTest::newRow("stage, cancelled") << Entity::Stage << false;
    QTest::newRow("stage, confirmed") << Entity::Stage << true;
    QTest::newRow("lane, confirmed") << Entity::Lane << true;
}

void TestOutlineModel::deletingCardsAsksFirst()
{
    QFETCH(Entity, entity);
    QFETCH(bool, confirm);

    OutlineDock dock;
    dock.setSession(m_session.get());
    const Id id = documentIds(doc(), entity).at(1);
    const qsizetype cards = entity == Entity::Stage ? doc().cardsOfStage(id).size() : doc().cardsOfLane(id).size();
    QVERIFY(cards > 1);
    const int totalCards = doc().cardCount();
    const QString name = doc().value({entity, id, 0}).toString();
    m_session->selection()->select({entity, id});

    QString question, detail;
    bool cancelIsDefault = false;
    QTimer::singleShot(0, this, [&] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        QVERIFY(box);
        question = box->text();
        detail = box->informativeText();
        cancelIsDefault = box->defaultButton() == box->button(QMessageBox::Cancel);
        if (confirm) {
            for (QAbstractButton *button : box->buttons()) {
                if (box->buttonRole(button) == QMessageBox::DestructiveRole)
                    button->click();
            }
        } else {
            box->reject();
        }
    });
    dock.deleteAction()->trigger();

    QVERIFY(cancelIsDefault);
    QVERIFY2(question.contains(name), qPrintable(question));
    QVERIFY2(detail.contains(u"%1 cards"_s.arg(cards)), qPrintable(detail));
    if (!confirm) {
        QCOMPARE(stack().count(), 0);
        QCOMPARE(doc().cardCount(), totalCards);
        return;
    }
    QVERIFY(!doc().exists({entity, id, 0}));
    QCOMPARE(doc().cardCount(), totalCards - cards);
    QCOMPARE(stack().count(), 1);
    stack().undo();
    QCOMPARE(doc().cardCount(), totalCards);
    verifyStructure();
}

void TestOutlineModel::closingTheSessionEmptiesTheDock()
{
    auto session = std::make_unique<MapSession>(
        Test::documentFromTemplate(m_dir->filePath(u"closing.waymark"_s), u"phone-store"_s), false);
    OutlineDock dock;
    QAbstractItemModelTester tester(dock.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    dock.setSession(session.get());
    session->selection()->select({Entity::Stage, session->document()->stages().first().id});
    QCOMPARE(dock.treeView()->selectionModel()->selectedRows().size(), 1);
    session.reset();
    QCOMPARE(dock.session(), nullptr);
    QCOMPARE(dock.model()->rowCount(), 0);
    QVERIFY(!dock.addStageAction()->isEnabled());
}

void TestOutlineModel::screenshot()
{
    OutlineDock dock;
    dock.setSession(m_session.get());
    dock.resize(280, 520);
    m_session->selection()->select({Entity::Stage, doc().stages().at(1).id});
    dock.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dock));
    const QString path = Test::artifactPath(u"outline.png"_s);
    QVERIFY(dock.grab().save(path));
}

QTEST_MAIN(TestOutlineModel)
#include "tst_outlinemodel.moc"
