// What happens to a command after it is pushed. QUndoStack deletes a command whose first redo
// fails (the write is refused) and one that merges into its predecessor, so the views must
// never read it after the push: every editor action that adds something runs here against a
// file another program has locked. The model, the file and the undo history must stay as they
// were, nothing may be selected or opened for typing, and (in the sanitizer build) nothing may
// touch the deleted command. Also: a scene closed with a selection leaves the session's alone.

#include "canvasinput.h"

#include "canvas/inlineeditor.h"
#include "commands/setvaluecommand.h"
#include "outline/outlinedock.h"

#include <QAction>
#include <QClipboard>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTreeView>

using namespace Qt::StringLiterals;
using namespace Waymark;
using namespace Waymark::CanvasInput;

namespace {

bool inlineEditorOpen(const MapScene &scene)
{
    for (QGraphicsItem *item : scene.items()) {
        if (auto *editor = dynamic_cast<InlineEditor *>(item); editor && editor->isVisible())
            return true;
    }
    return false;
}

} // namespace

class TestEditLifetime : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void refusedAdd_data();
    void refusedAdd();
    void refusedWriteKeepsTheSelection();
    void pushSaysWhetherTheCommandStayed();
    void sceneClosedWithSelection();
};

void TestEditLifetime::initTestCase()
{
    QCoreApplication::setOrganizationName(u"WaymarkTests"_s);
    QCoreApplication::setApplicationName(u"tst_editlifetime"_s);
}

void TestEditLifetime::refusedAdd_data()
{
    QTest::addColumn<QString>("action");
    for (const char *action : {"canvas stage", "canvas lane", "canvas card", "paste", "duplicate", "outline stage",
                               "outline lane", "outline persona"})
        QTest::newRow(action) << QString::fromLatin1(action);
}

void TestEditLifetime::refusedAdd()
{
    QFETCH(QString, action);
    Canvas c;
    // Shown (so that it would start renaming what it adds) before the canvas takes the focus:
    // a tree view that gains it selects its current row.
    OutlineDock outline;
    outline.setSession(&c.session);
    outline.show();
    QVERIFY(QTest::qWaitForWindowExposed(&outline));
    QVERIFY(c.show());
    settle();
    Document *doc = c.doc();
    const Id stage = doc->stages().first().id;
    const Id lane = doc->lanes().first().id;
    const Id card = doc->cardsIn(stage, lane).first();
    c.session.selection()->select({Entity::Card, card});
    if (action == u"paste"_s)
        c.editor.copy();
    const MapData before = doc->snapshot();
    const QList<ElementRef> selected = c.session.selection()->elements();

    QSignalSpy failures(&c.session, &MapSession::writeFailed);
    {
        Test::ForeignWriteLock lock(doc->path());
        QVERIFY(lock.isHeld());
        if (action == u"canvas stage"_s)
            c.editor.addStage(1);
        else if (action == u"canvas lane"_s)
            c.editor.addLane(1);
        else if (action == u"canvas card"_s)
            c.editor.addCard(stage, lane, 0);
        else if (action == u"paste"_s)
            c.editor.pasteInto(stage, lane, 0);
        else if (action == u"duplicate"_s)
            c.editor.duplicate();
        else if (action == u"outline stage"_s)
            outline.addStageAction()->trigger();
        else if (action == u"outline lane"_s)
            outline.addLaneAction()->trigger();
        else
            outline.addPersonaAction()->trigger();
        settle();
    }

    QCOMPARE(failures.size(), 1);
    QVERIFY2(failures.first().first().toString().contains(u"locked"_s), qPrintable(failures.first().first().toString()));
    QCOMPARE(c.undo()->count(), 0);
    QCOMPARE(doc->snapshot(), before);
    QCOMPARE(c.session.selection()->elements(), selected);
    QVERIFY(!inlineEditorOpen(c.scene));
    for (const QLineEdit *editor : outline.treeView()->findChildren<QLineEdit *>())
        QVERIFY2(!editor->isVisible(), "the outline is renaming a row"); // it names what it added

    // Once the lock is gone, the same action works and is one step.
    if (action == u"canvas stage"_s) {
        c.editor.addStage(1);
        QCOMPARE(doc->stages().size(), before.stages.size() + 1);
        QCOMPARE(c.session.selection()->elements(), QList<ElementRef>({{Entity::Stage, doc->stages().at(1).id}}));
        QCOMPARE(c.undo()->count(), 1);
    }
}

// Refused half-way by the file itself (the disk is full), after which the document reloads and
// the scene makes new items: the selection must survive that.
void TestEditLifetime::refusedWriteKeepsTheSelection()
{
    Canvas c;
    QVERIFY(c.show());
    Document *doc = c.doc();
    const Id stage = doc->stages().first().id;
    const Id lane = doc->lanes().first().id;
    const Id card = doc->cardsIn(stage, lane).first();
    doc->store().limitPageCount(doc->store().scalar(u"PRAGMA page_count"_s).toInt());
    // The file may not grow: cards go in while its last pages have room, then one is refused.
    QSignalSpy resets(doc, &Document::reset);
    int added = 0;
    for (; resets.isEmpty() && added < 1000; ++added) {
        c.session.selection()->select({Entity::Card, card});
        c.undo()->clear();
        c.editor.addCard(stage, lane, 0);
        settle();
    }
    QCOMPARE(resets.size(), 1);
    QCOMPARE(c.undo()->count(), 0);
    QCOMPARE(c.session.selection()->elements(), QList<ElementRef>({{Entity::Card, card}}));
    QVERIFY(c.scene.cardItem(card) && c.scene.cardItem(card)->isSelected());
}

void TestEditLifetime::pushSaysWhetherTheCommandStayed()
{
    Canvas c;
    Document *doc = c.doc();
    const FieldRef title = fieldRef(1, MapField::Title);
    const QString original = doc->info().title;

    auto *first = new SetValueCommand(doc, title, u"First"_s);
    QVERIFY(c.session.push(first));
    QCOMPARE(c.undo()->command(0), static_cast<const QUndoCommand *>(first));

    // Merged into `first`: applied, but gone.
    auto *typing = new SetValueCommand(doc, title, u"First and more"_s);
    typing->setMergeable(true);
    QVERIFY(!c.session.push(typing));
    QCOMPARE(c.undo()->count(), 1);
    QCOMPARE(doc->info().title, u"First and more"_s);

    // Refused: dropped, and never merged into `first`, whose redo would then write a value
    // the file never had.
    {
        Test::ForeignWriteLock lock(doc->path());
        QVERIFY(lock.isHeld());
        auto *refused = new SetValueCommand(doc, title, u"Never written"_s);
        refused->setMergeable(true);
        QVERIFY(!c.session.push(refused));
    }
    QCOMPARE(c.undo()->count(), 1);
    QCOMPARE(doc->info().title, u"First and more"_s);
    c.undo()->undo();
    QCOMPARE(doc->info().title, original);
    c.undo()->redo();
    QCOMPARE(doc->info().title, u"First and more"_s);
    QCOMPARE(Document::open(doc->path(), Store::Access::ReadOnly)->info().title, u"First and more"_s);
}

void TestEditLifetime::sceneClosedWithSelection()
{
    Canvas c;
    const Id stage = c.doc()->stages().first().id;
    const QList<Id> cards = c.doc()->cardsOfStage(stage);
    QVERIFY(cards.size() > 1);
    QList<ElementRef> selected;
    for (const Id card : cards)
        selected.append({Entity::Card, card});
    c.session.selection()->set(selected);

    auto scene = std::make_unique<MapScene>(c.doc());
    scene->setSession(&c.session);
    QCOMPARE(scene->selectedItems().size(), cards.size());
    QSignalSpy changes(c.session.selection(), &Selection::changed);
    scene.reset();
    // Closing a second view of the map deselects nothing in the first.
    QCOMPARE(changes.size(), 0);
    QCOMPARE(c.session.selection()->elements(), selected);
    QCOMPARE(c.scene.selectedItems().size(), cards.size());
}

QTEST_MAIN(TestEditLifetime)
#include "tst_editlifetime.moc"
