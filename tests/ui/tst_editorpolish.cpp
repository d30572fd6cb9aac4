// The editor's rough edges, each driven with keys and mouse as a user would: Esc keeps what was
// typed (and Ctrl+Z takes it back), redo and quit keys whatever the platform, stage colours that
// stay put, emotion labels that never collide (with a value axis and a persona picker), the
// canvas's focus ring, the outline revealing what it selects, the help menu, and a new map
// saved the moment it is made. (The roadmap's are in tst_roadmap.)

#include "canvasinput.h"

#include "canvas/emotionlaneitem.h"
#include "commands/setvaluecommand.h"
#include "canvas/emotionpointitem.h"
#include "dialogs/newmapdialog.h"
#include "mainwindow/planningactions.h"
#include "personas/personaeditor.h"
#include "personas/personasdialog.h"

#include <QDockWidget>
#include <QLineEdit>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTextBrowser>
#include <QTreeView>
#include <QTreeWidget>

using namespace Waymark;
using namespace Waymark::CanvasInput;

namespace {

QWidget *inspectorField(MainWindow &window, const QString &key)
{
    return window.findChild<QDockWidget *>(u"inspectorDock"_s)->findChild<QWidget *>(key);
}

// Runs `act` on the next modal dialog of type T once it shows.
template<typename T>
void onNextDialog(std::function<void(T *)> act)
{
    auto *timer = new QTimer(qApp);
    auto tries = std::make_shared<int>(0);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, tries, act] {
        auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget());
        if (!dialog) {
            if (++*tries > 200)
                timer->deleteLater();
            return;
        }
        timer->stop();
        timer->deleteLater();
        act(dialog);
    });
    timer->start(10);
}

} // namespace

class TestEditorPolish : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void escapeKeepsWhatWasTyped_data();
    void escapeKeepsWhatWasTyped();
    void redoAndQuitKeys();
    void stageColoursStayPut();
    void emotionLabelsNeverOverlap_data();
    void emotionLabelsNeverOverlap();
    void emotionAxisAndPersonaPicker();
    void canvasShowsItsFocus();
    void outlineSelectionRevealsOnCanvas();
    void helpListsShortcutsAndShowsTheGuide();
    void newMapIsSavedAtOnce();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestEditorPolish::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"WaymarkTests"_s);
    QCoreApplication::setApplicationName(u"tst_editorpolish"_s);
    QSettings().clear();
    m_dir = Test::scratchDir();
}

void TestEditorPolish::escapeKeepsWhatWasTyped_data()
{
    QTest::addColumn<QString>("where");
    QTest::newRow("inspector title") << u"title"_s;
    QTest::newRow("inspector description") << u"description"_s;
    QTest::newRow("personas feels") << u"feels"_s;
    QTest::newRow("card on the canvas") << u"canvas"_s;
}

void TestEditorPolish::escapeKeepsWhatWasTyped()
{
    QFETCH(QString, where);
    Window w;
    QVERIFY(w.open());
    const Id card = cardTitled(*w.doc(), u"Handset and tariff pages"_s);
    const Id persona = w.doc()->personas().first().id;
    FieldRef ref = fieldRef(card, CardField::Title);
    QWidget *field = nullptr;
    QWidget *keys = w.view(); // where Ctrl+Z is pressed
    if (where == u"feels"_s) {
        ref = {Entity::Persona, persona, int(PersonaField::Feels)};
        PersonasDialog *dialog = w.window.planning()->showPersonas();
        QVERIFY(dialog && QTest::qWaitForWindowExposed(dialog));
        dialog->showPersona(persona);
        field = dialog->editor()->editorWidget(PersonaField::Feels);
        keys = field;
    } else if (where != u"canvas"_s) {
        if (where == u"description"_s)
            ref = fieldRef(card, CardField::Description);
        w.selection()->select({Entity::Card, card});
        settle();
        field = inspectorField(w.window, where);
        keys = field;
    }
    const QVariant before = w.doc()->value(ref);
    const int steps = w.undo()->count();
    if (field) {
        field->setFocus();
        QTRY_VERIFY(field->hasFocus());
        QTest::keyClick(field, Qt::Key_End, where == u"title"_s ? Qt::NoModifier : Qt::ControlModifier);
        QTest::keyClicks(field, u" (seen twice)"_s);
        QTest::keyClick(field, Qt::Key_Escape);
    } else {
        doubleClick(w.view(), w.scene()->cardItem(card)->sceneBoundingRect().center());
        QVERIFY(w.scene()->isEditingText());
        QTest::keyClick(w.view(), Qt::Key_End, Qt::ControlModifier);
        QTest::keyClicks(w.view(), u" (seen twice)"_s);
        QTest::keyClick(w.view(), Qt::Key_Escape);
        settle();
        QVERIFY(!w.scene()->isEditingText());
    }
    settle();
    // Kept, as one step...
    QCOMPARE(w.doc()->value(ref).toString(), before.toString() + u" (seen twice)"_s);
    QCOMPARE(w.undo()->count(), steps + 1);
    // ...that Ctrl+Z takes back, pressed where the user is.
    QTest::keyClick(keys, Qt::Key_Z, Qt::ControlModifier);
    settle();
    QCOMPARE(w.doc()->value(ref), before);
    if (auto *line = qobject_cast<QLineEdit *>(field))
        QCOMPARE(line->text(), before.toString());
    if (auto *text = qobject_cast<QPlainTextEdit *>(field))
        QCOMPARE(text->toPlainText(), before.toString());
}

void TestEditorPolish::redoAndQuitKeys()
{
    Window w;
    QVERIFY(w.open());
    // Whatever the platform theme binds, these keys are on the actions.
    const auto keysOf = [&](const QString &name) { return w.window.findChild<QAction *>(name)->shortcuts(); };
    QVERIFY(keysOf(u"redo"_s).contains(QKeySequence(Qt::CTRL | Qt::Key_Y)));
    QVERIFY(keysOf(u"redo"_s).contains(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)));
    QVERIFY(keysOf(u"undo"_s).contains(QKeySequence(Qt::CTRL | Qt::Key_Z)));
    QVERIFY(keysOf(u"quit"_s).contains(QKeySequence(Qt::CTRL | Qt::Key_Q)));

    const Id card = cardTitled(*w.doc(), u"Handset and tariff pages"_s);
    click(w.view(), w.scene()->cardItem(card)->sceneBoundingRect().center());
    QTest::keyClick(w.view(), Qt::Key_2, Qt::ControlModifier); // mark as assumed
    QTest::keyClick(w.view(), Qt::Key_3, Qt::ControlModifier); // then proposed
    QCOMPARE(w.doc()->card(card)->evidence, Evidence::Proposed);
    for (const QKeySequence &redo : {QKeySequence(Qt::CTRL | Qt::Key_Y), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)}) {
        QTest::keyClick(w.view(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(w.doc()->card(card)->evidence, Evidence::Assumed);
        QTest::keySequence(w.view(), redo);
        QCOMPARE(w.doc()->card(card)->evidence, Evidence::Proposed);
    }

    // Ctrl+Q closes every window (the map was saved all along).
    QVERIFY(w.window.isVisible());
    QTest::keySequence(w.view(), QKeySequence(Qt::CTRL | Qt::Key_Q));
    settle();
    QVERIFY(!w.window.isVisible());
}

void TestEditorPolish::stageColoursStayPut()
{
    Window w;
    QVERIFY(w.open());
    Document *doc = w.doc();
    // A map from before colours were fixed: its stages show the palette's colour of their place.
    for (const Stage &stage : doc->stages())
        doc->setValue(fieldRef(stage.id, StageField::Color), QColor());
    QHash<Id, QColor> shown;
    for (const Stage &stage : doc->stages())
        shown.insert(stage.id, doc->stageColor(stage.id));
    const auto unchanged = [&]() -> QString {
        for (const Stage &stage : doc->stages()) {
            if (shown.contains(stage.id) && doc->stageColor(stage.id) != shown.value(stage.id))
                return stage.name;
        }
        return {};
    };
    const int steps = w.undo()->count();

    // Drag the first stage's header after the third.
    const QList<Id> before = [&] {
        QList<Id> ids;
        for (const Stage &stage : doc->stages())
            ids.append(stage.id);
        return ids;
    }();
    const QRectF first = w.scene()->stageHeader(before.at(0))->sceneBoundingRect();
    const QRectF third = w.scene()->stageHeader(before.at(2))->sceneBoundingRect();
    drag(w.view(), first.center(), QPointF(third.right() - 20, third.center().y()));
    settle();
    QVERIFY2(doc->stageIndex(before.at(0)) > 0, "the stage moved");
    QCOMPARE(unchanged(), QString());

    // Add one with the "+" at the end, and one from the outline after the first stage.
    w.editor()->addStage(1);
    QTest::keyClick(w.view(), Qt::Key_Escape);
    settle();
    QCOMPARE(unchanged(), QString());
    const Id added = doc->stages().at(1).id;
    QVERIFY(doc->stage(added)->color.isValid());
    QVERIFY(doc->stage(added)->color != doc->stageColor(doc->stages().at(0).id));
    QVERIFY(doc->stage(added)->color != doc->stageColor(doc->stages().at(2).id));

    // Delete the second-to-last stage from its header, with the Delete key.
    const Id doomed = doc->stages().at(doc->stages().size() - 2).id;
    w.view()->revealHeader(w.scene()->stageHeader(doomed)->sceneBoundingRect(), Qt::Horizontal);
    click(w.view(), w.scene()->stageHeader(doomed)->sceneBoundingRect().center());
    QString question;
    answerNextDialog(u"Delete"_s, &question);
    QTest::keyClick(w.view(), Qt::Key_Delete);
    settle();
    QVERIFY2(!doc->stage(doomed), qPrintable(question));
    QCOMPARE(unchanged(), QString());

    // Undone to the start, the map is as it was, colours and all.
    while (w.undo()->count() > steps && w.undo()->canUndo())
        w.undo()->undo();
    for (const Stage &stage : doc->stages())
        QVERIFY2(!stage.color.isValid(), qPrintable(stage.name));
    QCOMPARE(unchanged(), QString());
}

void TestEditorPolish::emotionLabelsNeverOverlap_data()
{
    QTest::addColumn<int>("first");
    QTest::addColumn<int>("second");
    QTest::addColumn<bool>("merged");
    QTest::newRow("the same") << 3 << 3 << true;
    QTest::newRow("one apart") << 3 << 2 << true;
    QTest::newRow("far apart") << 4 << -3 << false;
    QTest::newRow("at the top") << 5 << 5 << true;
}

void TestEditorPolish::emotionLabelsNeverOverlap()
{
    QFETCH(int, first);
    QFETCH(int, second);
    QFETCH(bool, merged);
    Window w;
    QVERIFY(w.open());
    Document *doc = w.doc();
    QVERIFY(doc->personas().size() >= 2);
    const Id priya = doc->personas().at(0).id;
    const Id graham = doc->personas().at(1).id;
    const Id stage = doc->stages().at(1).id;
    const Lane *lane = nullptr;
    for (const Lane &l : doc->lanes()) {
        if (l.kind == LaneKind::EmotionCurve)
            lane = &l;
    }
    QVERIFY(lane);
    EmotionLaneItem *item = w.scene()->emotionLane(lane->id);
    doc->setEmotionPoint({priya, stage, first, {}});
    doc->setEmotionPoint({graham, stage, first == 5 ? 0 : -5, {}});
    settle();
    // Graham's point dragged to its score, with the mouse.
    EmotionPointItem *point = item->pointItem(graham, stage);
    QVERIFY(point);
    w.view()->revealInCells(point->sceneBoundingRect(), 80);
    settle();
    drag(w.view(), point->scenePos(), item->pointPosition(graham, stage, second));
    settle();
    QCOMPARE(doc->emotionPoint(graham, stage)->score, second);

    const QList<EmotionLaneItem::Label> labels = item->labels();
    for (int a = 0; a < labels.size(); ++a) {
        for (int b = a + 1; b < labels.size(); ++b)
            QVERIFY2(!labels[a].rect.intersects(labels[b].rect), qPrintable(labels[a].text() + u" / "_s + labels[b].text()));
    }
    const auto atStage = [&] {
        QList<EmotionLaneItem::Label> here;
        const MapLayout::Column *column = w.scene()->mapLayout().column(stage);
        for (const EmotionLaneItem::Label &label : labels) {
            if (label.rect.center().x() > column->x && label.rect.center().x() < column->x + column->width)
                here.append(label);
        }
        return here;
    }();
    QCOMPARE(atStage.size(), merged ? 1 : 2);
    const auto value = [](int score) { return score > 0 ? u"+%1"_s.arg(score) : u"\u2212%1"_s.arg(-score); };
    if (merged) {
        const QString name1 = doc->persona(priya)->name.section(u' ', 0, 0);
        const QString name2 = doc->persona(graham)->name.section(u' ', 0, 0);
        const QString text = atStage.first().text();
        QVERIFY2(text.contains(name1 + u' ' + value(first)) && text.contains(name2 + u' ' + value(second)), qPrintable(text));
        QVERIFY(text.contains(u" \u00b7 "_s));
    }
    // No label covers a dot.
    for (const EmotionLaneItem::Label &label : labels) {
        for (const Persona &persona : doc->personas()) {
            for (const EmotionPoint &p : doc->emotionPointsOf(persona.id)) {
                if (EmotionPointItem *dot = item->pointItem(persona.id, p.stage))
                    QVERIFY2(!label.rect.intersects(dot->sceneBoundingRect().adjusted(3, 3, -3, -3)), qPrintable(label.text()));
            }
        }
    }
    QVERIFY(saveGrab(w.view(), u"emotion-labels-%1-%2.png"_s.arg(first).arg(second), item->rect().adjusted(0, 0, 0, 0)));
}

void TestEditorPolish::emotionAxisAndPersonaPicker()
{
    Window w;
    QVERIFY(w.open());
    Document *doc = w.doc();
    Id laneId = 0;
    for (const Lane &l : doc->lanes()) {
        if (l.kind == LaneKind::EmotionCurve)
            laneId = l.id;
    }
    LaneHeaderItem *header = w.scene()->laneHeader(laneId);
    EmotionLaneItem *lane = w.scene()->emotionLane(laneId);
    w.view()->revealInCells(lane->sceneBoundingRect().adjusted(0, 0, 0, -lane->rect().height() + 80), 10);
    settle();

    // The value axis: every step from −5 to +5 is written beside the lane.
    const QString axis = wordsDrawn(*w.scene(), header->sceneBoundingRect(), 1.0);
    for (int score = -5; score <= 5; ++score) {
        const QString value = score > 0 ? u"+%1"_s.arg(score) : score < 0 ? u"\u2212%1"_s.arg(-score) : u"0"_s;
        QVERIFY2(axis.split(u' ').contains(value), qPrintable(value + u" in: "_s + axis));
    }
    QVERIFY(saveGrab(w.view(), u"emotion-axis.png"_s, header->sceneBoundingRect()));

    // Pick the second persona in the legend, then double-click the lane: the point is theirs.
    const Id graham = doc->personas().at(1).id;
    const Id priya = doc->personas().at(0).id;
    const QRectF entry = header->legendEntry(1).translated(header->pos());
    click(w.view(), entry.center());
    settle();
    QCOMPARE(w.scene()->emotionPersona(), graham);
    const Id stage = doc->stages().at(2).id;
    const int priyaBefore = doc->emotionPoint(priya, stage) ? doc->emotionPoint(priya, stage)->score : 99;
    const QPointF spot = lane->pointPosition(graham, stage, -4) + QPointF(40, 0);
    doubleClick(w.view(), spot);
    settle();
    QVERIFY(doc->emotionPoint(graham, stage));
    QCOMPARE(doc->emotionPoint(graham, stage)->score, -4);
    QCOMPARE(doc->emotionPoint(priya, stage) ? doc->emotionPoint(priya, stage)->score : 99, priyaBefore);
    // Picking the other one sends the next point there.
    click(w.view(), header->legendEntry(0).translated(header->pos()).center());
    QCOMPARE(w.scene()->emotionPersona(), priya);
    doubleClick(w.view(), lane->pointPosition(priya, stage, 4) + QPointF(-40, 0));
    settle();
    QCOMPARE(doc->emotionPoint(priya, stage)->score, 4);
    QCOMPARE(doc->emotionPoint(graham, stage)->score, -4);
}

void TestEditorPolish::canvasShowsItsFocus()
{
    Window w;
    QVERIFY(w.open());
    auto *tree = w.window.findChild<QTreeView *>(u"outlineTree"_s);
    QVERIFY(tree);
    tree->setFocus();
    QTRY_VERIFY(tree->hasFocus());
    QVERIFY(!w.view()->showsFocusRing());
    // Tab on from the outline until the canvas has the keyboard.
    for (int i = 0; i < 80 && !w.view()->hasFocus(); ++i)
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QVERIFY(w.view()->hasFocus());
    QVERIFY(w.view()->showsFocusRing());
    settle();
    const QImage shot = w.view()->grab().toImage();
    QVERIFY(shot.save(Test::artifactPath(u"canvas-focus-ring.png"_s)));
    const QColor ring = w.view()->palette().color(QPalette::Highlight);
    const QColor edge = shot.pixelColor(1, shot.height() / 2);
    QVERIFY2(std::abs(edge.red() - ring.red()) + std::abs(edge.green() - ring.green()) + std::abs(edge.blue() - ring.blue()) < 60,
             qPrintable(edge.name() + u" at the edge, the ring is "_s + ring.name()));
    // A click is pointing, not the keyboard: the ring goes.
    click(w.view(), w.scene()->cardItem(cardTitled(*w.doc(), u"Handset and tariff pages"_s))->sceneBoundingRect().center());
    QVERIFY(!w.view()->showsFocusRing());
    // The arrows bring it back.
    QTest::keyClick(w.view(), Qt::Key_Down);
    QVERIFY(w.view()->showsFocusRing());
}

void TestEditorPolish::outlineSelectionRevealsOnCanvas()
{
    Window w;
    QVERIFY(w.open());
    w.window.resize(1024, 700);
    settle();
    w.view()->resetZoom();
    w.view()->showTopLeft();
    settle();
    const Stage last = w.doc()->stages().last();
    const auto inSight = [&](QGraphicsItem *item) {
        return w.view()->viewport()->rect().contains(w.view()->mapFromScene(item->sceneBoundingRect()).boundingRect());
    };
    QVERIFY(!inSight(w.scene()->stageHeader(last.id)));
    auto *tree = w.window.findChild<QTreeView *>(u"outlineTree"_s);
    tree->expandAll();
    settle();
    QModelIndex row;
    for (int g = 0; g < tree->model()->rowCount() && !row.isValid(); ++g) {
        const QModelIndex group = tree->model()->index(g, 0);
        for (int r = 0; r < tree->model()->rowCount(group); ++r) {
            if (tree->model()->index(r, 0, group).data().toString() == last.name)
                row = tree->model()->index(r, 0, group);
        }
    }
    QVERIFY(row.isValid());
    tree->scrollTo(row);
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualRect(row).center());
    settle();
    QCOMPARE(w.selection()->current(), (ElementRef{Entity::Stage, last.id}));
    QVERIFY(inSight(w.scene()->stageHeader(last.id)));
    // A card picked in the outline's place of choice, the roadmap, comes into sight too.
    const Id far = w.doc()->cardsOfStage(w.doc()->stages().first().id).last();
    w.view()->showTopLeft();
    w.selection()->select({Entity::Card, far});
    settle();
    QVERIFY(inSight(w.scene()->cardItem(far)));
}

void TestEditorPolish::helpListsShortcutsAndShowsTheGuide()
{
    Window w;
    QVERIFY(w.open());
    QTest::keyClick(w.view(), Qt::Key_Slash, Qt::ControlModifier);
    settle();
    auto *dialog = w.window.findChild<QDialog *>(u"keyboardShortcutsDialog"_s);
    QVERIFY(dialog && dialog->isVisible());
    auto *tree = dialog->findChild<QTreeWidget *>(u"shortcutList"_s);
    QVERIFY(tree);
    // Generated from the menus: every action with a key is listed, under its menu.
    QStringList listed;
    for (int g = 0; g < tree->topLevelItemCount(); ++g) {
        for (int i = 0; i < tree->topLevelItem(g)->childCount(); ++i)
            listed.append(tree->topLevelItem(g)->text(0) + u" > "_s + tree->topLevelItem(g)->child(i)->text(0) + u": "_s
                          + tree->topLevelItem(g)->child(i)->text(1));
    }
    const QString all = listed.join(u'\n');
    QVERIFY2(all.contains(u"Edit > Redo: Ctrl+Shift+Z, Ctrl+Y"_s), qPrintable(all));
    QVERIFY2(all.contains(u"View > Focus on the Map: F11"_s), qPrintable(all));
    QVERIFY2(all.contains(u"File > Export: Ctrl+E"_s), qPrintable(all));
    int withKeys = 0;
    const std::function<void(const QMenu *)> count = [&](const QMenu *menu) {
        for (const QAction *a : menu->actions()) {
            if (a->menu())
                count(a->menu());
            else if (!a->isSeparator() && !a->shortcuts().isEmpty())
                ++withKeys;
        }
    };
    for (const QAction *a : w.window.menuBar()->actions())
        count(a->menu());
    int menuRows = 0;
    for (int g = 0; g < tree->topLevelItemCount(); ++g) {
        if (tree->topLevelItem(g)->text(0) != u"On the canvas"_s)
            menuRows += tree->topLevelItem(g)->childCount();
    }
    QCOMPARE(menuRows, withKeys);
    dialog->close();
    settle();
    QVERIFY(w.activate());
    QTest::keyClick(w.view(), Qt::Key_F1);
    settle();
    auto *guide = w.window.findChild<QTextBrowser *>(u"userGuide"_s);
    QVERIFY(guide && guide->isVisible());
    const QString text = guide->toPlainText();
    for (const QString &section : {u"The canvas"_s, u"Cards"_s, u"Personas and the emotion curve"_s, u"Survey data and metrics"_s,
                                   u"Exporting and printing"_s, u"Presenting in a workshop"_s})
        QVERIFY2(text.contains(section), qPrintable(section));
    QVERIFY(guide->window()->grab().save(Test::artifactPath(u"user-guide.png"_s)));
}

void TestEditorPolish::newMapIsSavedAtOnce()
{
    const QString folder = m_dir->filePath(u"maps"_s);
    QVERIFY(QDir().mkpath(folder));
    QSettings().setValue(u"lastFolder"_s, folder);
    MainWindow window;
    window.resize(1200, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(!window.hasMap());
    QString proposed;
    onNextDialog<NewMapDialog>([&proposed](NewMapDialog *dialog) {
        auto *title = dialog->findChildren<QLineEdit *>().first();
        title->selectAll();
        QTest::keyClicks(title, u"Returns desk"_s);
        proposed = dialog->path();
        dialog->accept();
    });
    QPushButton *start = nullptr;
    for (QPushButton *button : window.findChildren<QPushButton *>()) {
        if (button->text().startsWith(u"New Map"_s) && button->isVisible())
            start = button;
    }
    QVERIFY(start);
    QTest::mouseClick(start, Qt::LeftButton);
    QTRY_VERIFY(window.hasMap());
    const QString path = QDir(folder).filePath(u"Returns desk.waymark"_s);
    QCOMPARE(proposed, path);
    QVERIFY(!window.session()->isUntitled());
    QCOMPARE(QFileInfo(window.session()->path()).canonicalFilePath(), QFileInfo(path).canonicalFilePath());
    QVERIFY(!window.windowTitle().contains(u"not saved"_s));
    QCOMPARE(window.session()->document()->info().title, u"Returns desk"_s);
    // An edit is in the file at once.
    const Id stage = window.session()->document()->stages().first().id;
    window.session()->push(new SetValueCommand(window.session()->document(), fieldRef(stage, StageField::Name), u"Arrival"_s));
    {
        auto reopened = Document::open(path, Store::Access::ReadOnly);
        QCOMPARE(reopened->stages().first().name, u"Arrival"_s);
    }
    // A second new map of the same title gets a name of its own.
    QCOMPARE(NewMapDialog::freePath(folder, u"Returns desk"_s), QDir(folder).filePath(u"Returns desk 2.waymark"_s));
    QVERIFY(window.close());
    QVERIFY(QFileInfo::exists(path)); // closing keeps it: it is the user's file
}

QTEST_MAIN(TestEditorPolish)
#include "tst_editorpolish.moc"
