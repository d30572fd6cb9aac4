// A compound edit is one parent command: one undo step and one transaction, whichever view
// starts it. Deleting several rows from the outline must land on disk whole or not at all, even
// when the file refuses it (here another program holds the write lock),
// and a selection whose parts share what hangs on them (a card in a deleted stage and a deleted
// lane, a persona tagging cards of a deleted stage) must delete each thing once.

#include "commands/setcardpersonascommand.h"
#include "commands/setemotionpointcommand.h"
#include "document/document.h"
#include "editor/mapsession.h"
#include "editor/selection.h"
#include "outline/outlinedock.h"
#include "outline/outlinemodel.h"
#include "support/testsupport.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QMessageBox>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace Waymark;

namespace {

// Answers the "Delete …?" question the outline asks when cards go with the rows.
void confirmNextDelete(QObject *context)
{
    QTimer::singleShot(0, context, [] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            for (QAbstractButton *button : box->buttons()) {
                if (box->buttonRole(button) == QMessageBox::DestructiveRole)
                    button->click();
            }
        }
    });
}

template<typename T>
QList<Id> idsOf(const QList<T> &list)
{
    QList<Id> ids;
    for (const T &item : list)
        ids.append(item.id);
    return ids;
}

QList<Id> outlineIds(const OutlineModel &model, Entity entity)
{
    const QModelIndex group = model.groupIndex(entity);
    QList<Id> ids;
    for (int row = 0; row < model.rowCount(group); ++row)
        ids.append(model.index(row, 0, group).data(OutlineModel::ElementRefRole).value<ElementRef>().id);
    return ids;
}

} // namespace

class TestCompoundEdits : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void outlineDeleteIsOneTransaction_data();
    void outlineDeleteIsOneTransaction();
    void outlineDeletesSharedThingsOnce();
    void outlineMoveOfSeveralRowsIsOneStep();

private:
    Document &doc() const { return *m_session->document(); }
    void verifyOutlineMatchesDocument(const OutlineModel &model) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MapSession> m_session;
};

void TestCompoundEdits::init()
{
    m_dir = Test::scratchDir();
    m_session = std::make_unique<MapSession>(Test::documentFromTemplate(m_dir->filePath(u"map.waymark"_s), u"phone-store"_s), false);
}

void TestCompoundEdits::cleanup()
{
    m_session.reset();
    m_dir.reset();
}

void TestCompoundEdits::verifyOutlineMatchesDocument(const OutlineModel &model) const
{
    QCOMPARE(outlineIds(model, Entity::Stage), idsOf(doc().stages()));
    QCOMPARE(outlineIds(model, Entity::Lane), idsOf(doc().lanes()));
    QCOMPARE(outlineIds(model, Entity::Persona), idsOf(doc().personas()));
}

void TestCompoundEdits::outlineDeleteIsOneTransaction_data()
{
    QTest::addColumn<Entity>("entity");
    QTest::newRow("stages") << Entity::Stage;
    QTest::newRow("lanes") << Entity::Lane;
}

void TestCompoundEdits::outlineDeleteIsOneTransaction()
{
    QFETCH(Entity, entity);
    OutlineDock dock;
    QAbstractItemModelTester tester(dock.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    dock.setSession(m_session.get());
    const QList<Id> all = entity == Entity::Stage ? idsOf(doc().stages()) : idsOf(doc().lanes());
    const QList<Id> doomed = {all.at(0), all.at(1), all.at(2)};
    for (const Id id : doomed)
        QVERIFY(!(entity == Entity::Stage ? doc().cardsOfStage(id) : doc().cardsOfLane(id)).isEmpty());

    // Another program holds the write lock: the whole delete is refused, and nothing of it stays.
    Test::ForeignWriteLock lock(doc().path());
    QVERIFY(lock.isHeld());
    const QString file = Test::dumpTables(doc().path());
    const MapData model = doc().snapshot();
    QSignalSpy failures(m_session.get(), &MapSession::writeFailed);
    m_session->selection()->set({{entity, doomed.at(0)}, {entity, doomed.at(1)}, {entity, doomed.at(2)}});
    QCOMPARE(dock.treeView()->selectionModel()->selectedRows().size(), 3);
    confirmNextDelete(this);
    dock.deleteAction()->trigger();

    QCOMPARE(failures.size(), 1);
    QVERIFY2(failures.first().first().toString().contains(u"locked by another program"_s), qPrintable(failures.first().first().toString()));
    QCOMPARE(Test::dumpTables(doc().path()), file);
    QCOMPARE(doc().snapshot(), model);
    QCOMPARE(m_session->undoStack()->count(), 0);
    verifyOutlineMatchesDocument(*dock.model());

    // Once the lock is gone the same delete is one step, and its undo puts back every row.
    lock.release();
    const QString clean = Test::dumpTables(doc().path());
    m_session->selection()->set({{entity, doomed.at(0)}, {entity, doomed.at(1)}, {entity, doomed.at(2)}});
    confirmNextDelete(this);
    dock.deleteAction()->trigger();
    QCOMPARE(m_session->undoStack()->count(), 1);
    for (const Id id : doomed)
        QVERIFY(!doc().exists({entity, id, 0}));
    verifyOutlineMatchesDocument(*dock.model());
    m_session->undoStack()->undo();
    QCOMPARE(Test::dumpTables(doc().path()), clean);
    QCOMPARE(doc().snapshot(), model);
    verifyOutlineMatchesDocument(*dock.model());
}

void TestCompoundEdits::outlineDeletesSharedThingsOnce()
{
    OutlineDock dock;
    QAbstractItemModelTester tester(dock.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    dock.setSession(m_session.get());
    // A persona with a point on the curve of the doomed stage and a tag on a card in it.
    const Id stage = doc().stages().at(1).id;
    const Id lane = doc().lanes().first().id;
    const QList<Id> common = doc().cardsIn(stage, lane);
    QVERIFY(!common.isEmpty());
    const Id persona = doc().personas().first().id;
    m_session->push(new SetCardPersonasCommand(&doc(), common.first(), {persona}));
    m_session->push(new SetEmotionPointCommand(&doc(), {persona, stage, -3, u"lost"_s}));
    m_session->undoStack()->clear();
    QVERIFY(doc().card(common.first())->personas.contains(persona));
    const QString clean = Test::dumpTables(doc().path());
    const MapData model = doc().snapshot();
    const int cards = doc().cardCount();
    QSet<Id> gone;
    for (const Id id : doc().cardsOfStage(stage))
        gone.insert(id);
    for (const Id id : doc().cardsOfLane(lane))
        gone.insert(id);

    QSignalSpy failures(m_session.get(), &MapSession::writeFailed);
    m_session->selection()->set({{Entity::Stage, stage}, {Entity::Lane, lane}, {Entity::Persona, persona}});
    confirmNextDelete(this);
    dock.deleteAction()->trigger();

    QCOMPARE(failures.size(), 0);
    QCOMPARE(m_session->undoStack()->count(), 1);
    QVERIFY(!doc().stage(stage) && !doc().lane(lane) && !doc().persona(persona));
    QCOMPARE(doc().cardCount(), cards - int(gone.size()));
    QVERIFY(doc().cardsTagged(persona).isEmpty());
    verifyOutlineMatchesDocument(*dock.model());
    const QString deleted = Test::dumpTables(doc().path());

    m_session->undoStack()->undo();
    QCOMPARE(Test::dumpTables(doc().path()), clean);
    QCOMPARE(doc().snapshot(), model);
    m_session->undoStack()->redo();
    QCOMPARE(Test::dumpTables(doc().path()), deleted);
    verifyOutlineMatchesDocument(*dock.model());
}

void TestCompoundEdits::outlineMoveOfSeveralRowsIsOneStep()
{
    OutlineDock dock;
    dock.setSession(m_session.get());
    const QList<Id> before = idsOf(doc().stages());
    QVERIFY(before.size() >= 4);
    const QString clean = Test::dumpTables(doc().path());
    // The first two stages to the end: two ReorderCommands, one step.
    const QModelIndex group = dock.model()->groupIndex(Entity::Stage);
    QVERIFY(dock.model()->moveRows(group, 0, 2, group, int(before.size())));
    QList<Id> expected = before.mid(2);
    expected << before.at(0) << before.at(1);
    QCOMPARE(idsOf(doc().stages()), expected);
    QCOMPARE(m_session->undoStack()->count(), 1);
    m_session->undoStack()->undo();
    QCOMPARE(idsOf(doc().stages()), before);
    QCOMPARE(Test::dumpTables(doc().path()), clean);
}

QTEST_MAIN(TestCompoundEdits)
#include "tst_compoundedits.moc"
