#pragma once

// What the tst_canvas* tests share: a map on a canvas as the editor shows it, the user's
// mouse and keyboard input synthesized on the view, and lookups of the template's cards by
// their titles. Header-only: each test class stays in an executable of its own.

#include "canvas/carddrag.h"
#include "canvas/carditem.h"
#include "canvas/laneheaderitem.h"
#include "canvas/mapeditor.h"
#include "canvas/mapscene.h"
#include "canvas/mapview.h"
#include "canvas/stageheaderitem.h"
#include "document/document.h"
#include "editor/mapsession.h"
#include "editor/selection.h"
#include "mainwindow/mainwindow.h"
#include "support/testsupport.h"

#include <QAbstractButton>
#include <QApplication>
#include <QBuffer>
#include <QRegularExpression>
#include <QSvgGenerator>
#include <QXmlStreamReader>
#include <QMessageBox>
#include <QMouseEvent>
#include <QSettings>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <memory>

namespace Waymark::CanvasInput {

using namespace Qt::StringLiterals;

// The canvas without the main window: a view of a session's map with the editor's operations,
// as MainWindow::adopt() puts them together.
class Canvas
{
public:
    explicit Canvas(const QString &templateName = u"phone-store"_s, const QSize &size = {1500, 1300},
                    const QString &fileName = u"map.waymark"_s)
        : m_dir(Test::scratchDir())
        , session(Test::documentFromTemplate(m_dir->filePath(fileName), templateName), false)
        , scene(session.document())
        , editor(&session, &scene, &view)
    {
        scene.setSession(&session);
        view.setMapScene(&scene);
        view.resize(size);
    }

    // Shows the view and gives it the keyboard: the scene hands keys to its items only while
    // its view is in the active window.
    [[nodiscard]] bool show()
    {
        view.show();
        if (!QTest::qWaitForWindowExposed(&view))
            return false;
        view.activateWindow();
        view.setFocus();
        if (!QTest::qWaitForWindowActive(&view))
            return false;
        scene.relayout();
        view.showTopLeft();
        return true;
    }

    Document *doc() const { return session.document(); }
    QUndoStack *undo() const { return session.undoStack(); }

private:
    std::unique_ptr<QTemporaryDir> m_dir;

public:
    MapSession session;
    MapScene scene;
    MapView view;
    MapEditor editor;
};

// Lets the scene's deferred relayout and the editors' deferred deletes run.
inline void settle()
{
    QCoreApplication::processEvents();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QCoreApplication::processEvents();
}

// A map in a main window, with its menus' actions and shortcuts. Closed as the user closes
// it before it is destroyed: MainWindow's destructor alone does not survive an undo history
// (it deletes its MapEditor before the session whose stack still signals it).
class Window
{
public:
    Window()
        : m_dir(Test::scratchDir())
    {
    }
    ~Window() { window.close(); }

    // Opens a new map made from `templateName`, shown, active and with the canvas holding the
    // keyboard, as after File > Open.
    [[nodiscard]] bool open(const QString &templateName = u"phone-store"_s, const QString &fileName = u"map.waymark"_s)
    {
        window.resize(1600, 1100);
        window.show();
        if (!QTest::qWaitForWindowExposed(&window))
            return false;
        window.adopt(std::make_unique<MapSession>(Test::documentFromTemplate(m_dir->filePath(fileName), templateName), false));
        return activate();
    }

    [[nodiscard]] bool activate()
    {
        window.activateWindow();
        window.view()->setFocus();
        if (!QTest::qWaitForWindowActive(&window))
            return false;
        settle();
        return true;
    }

    MapScene *scene() const { return window.scene(); }
    MapView *view() const { return window.view(); }
    MapEditor *editor() const { return window.editor(); }
    Document *doc() const { return window.session()->document(); }
    QUndoStack *undo() const { return window.session()->undoStack(); }
    Selection *selection() const { return window.session()->selection(); }

private:
    // Every window starts from the default layout of docks, as on a machine that never ran
    // the editor, not from the one the last test (or the last run) left: a dock tabbed behind
    // another must be raised on a fresh machine too. Before the window reads it, so first.
    struct DefaultLayout
    {
        DefaultLayout() { QSettings().remove(u"window/state"_s); }
    } m_defaultLayout;
    std::unique_ptr<QTemporaryDir> m_dir;

public:
    MainWindow window;
};

inline QPoint at(const MapView *view, const QPointF &scenePos)
{
    return view->mapFromScene(scenePos);
}

inline void press(MapView *view, const QPointF &scenePos, Qt::KeyboardModifiers modifiers = {})
{
    QTest::mousePress(view->viewport(), Qt::LeftButton, modifiers, at(view, scenePos));
}

inline void release(MapView *view, const QPointF &scenePos, Qt::KeyboardModifiers modifiers = {})
{
    QTest::mouseRelease(view->viewport(), Qt::LeftButton, modifiers, at(view, scenePos));
}

// A move with the left button held. Sent as our own event so that the buttons are set
// whatever QTest's idea of them is.
inline void moveTo(MapView *view, const QPointF &scenePos, Qt::MouseButtons buttons = Qt::LeftButton)
{
    QWidget *viewport = view->viewport();
    const QPoint pos = at(view, scenePos);
    QMouseEvent event(QEvent::MouseMove, pos, viewport->mapToGlobal(pos), Qt::NoButton, buttons, Qt::NoModifier);
    QApplication::sendEvent(viewport, &event);
}

// Press at `from`, a few moves on the way, and (unless `drop` is false) release at `to`.
inline void drag(MapView *view, const QPointF &from, const QPointF &to, bool drop = true, int steps = 8)
{
    press(view, from);
    for (int i = 1; i <= steps; ++i)
        moveTo(view, from + (to - from) * (double(i) / steps));
    if (drop)
        release(view, to);
}

inline void click(MapView *view, const QPointF &scenePos, Qt::KeyboardModifiers modifiers = {})
{
    press(view, scenePos, modifiers);
    release(view, scenePos, modifiers);
}

// What the window system sends for a double-click: press, release, double-click, release.
inline void doubleClick(MapView *view, const QPointF &scenePos)
{
    click(view, scenePos);
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, at(view, scenePos));
    release(view, scenePos);
}

// Answers the next modal message box by clicking the button labelled `button`; `question`
// receives the box's text (stays empty when no box showed within a second).
inline void answerNextDialog(const QString &button, QString *question)
{
    auto *timer = new QTimer(qApp);
    auto tries = std::make_shared<int>(0);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, tries, button, question] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box) {
            if (++*tries > 100)
                timer->deleteLater();
            return;
        }
        timer->stop();
        timer->deleteLater();
        *question = box->text();
        for (QAbstractButton *b : box->buttons()) {
            if (b->text().remove(u'&') == button)
                return b->click();
        }
        box->reject();
    });
    timer->start(10);
}

inline Id cardTitled(const Document &doc, const QString &title)
{
    for (const Stage &stage : doc.stages()) {
        for (const Id id : doc.cardsOfStage(stage.id)) {
            if (doc.card(id)->title == title)
                return id;
        }
    }
    return 0;
}

inline Id stageNamed(const Document &doc, const QString &name)
{
    for (const Stage &stage : doc.stages()) {
        if (stage.name == name)
            return stage.id;
    }
    return 0;
}

inline Id laneNamed(const Document &doc, const QString &name)
{
    for (const Lane &lane : doc.lanes()) {
        if (lane.name == name)
            return lane.id;
    }
    return 0;
}

inline QStringList titles(const Document &doc, const QList<Id> &cards)
{
    QStringList list;
    for (const Id id : cards)
        list.append(doc.card(id) ? doc.card(id)->title : u"<gone>"_s);
    return list;
}

inline QStringList stageNames(const Document &doc)
{
    QStringList names;
    for (const Stage &stage : doc.stages())
        names.append(stage.name);
    return names;
}

inline QStringList laneNames(const Document &doc)
{
    QStringList names;
    for (const Lane &lane : doc.lanes())
        names.append(lane.name);
    return names;
}

// Every card as "title: stage lane position", to compare whole maps before and after.
inline QStringList placements(const Document &doc)
{
    QStringList list;
    for (const Stage &stage : doc.stages()) {
        for (const Id id : doc.cardsOfStage(stage.id)) {
            const Card *card = doc.card(id);
            list.append(u"%1: %2 %3 %4"_s.arg(card->title).arg(card->stage).arg(card->lane).arg(card->position));
        }
    }
    return list;
}

inline QRectF cardItemRect(const CardItem *item)
{
    return QRectF(item->pos(), item->rect().size());
}

// Every card item's place on the canvas, "id: x y w h" (hidden ones as "hidden").
inline QStringList itemRects(const MapScene &scene)
{
    QStringList list;
    for (const Stage &stage : scene.document()->stages()) {
        for (const Id id : scene.document()->cardsOfStage(stage.id)) {
            const CardItem *item = scene.cardItem(id);
            if (!item) {
                list.append(u"%1: no item"_s.arg(id));
                continue;
            }
            const QRectF r = cardItemRect(item);
            list.append(item->isVisible() ? u"%1: %2 %3 %4 %5"_s.arg(id).arg(r.x()).arg(r.y()).arg(r.width()).arg(r.height())
                                          : u"%1: hidden"_s.arg(id));
        }
    }
    return list;
}

// The card items, stage headers and lane headers are where MapLayout puts them; the first
// difference, or an empty string.
inline QString layoutMismatch(const MapScene &scene)
{
    const MapLayout &layout = scene.mapLayout();
    const Document &doc = *scene.document();
    for (const Stage &stage : doc.stages()) {
        for (const Id id : doc.cardsOfStage(stage.id)) {
            const CardItem *item = scene.cardItem(id);
            const QRectF expected = layout.cardRect(id);
            if (!item)
                return u"card %1 has no item"_s.arg(id);
            if (item->isVisible() == expected.isNull())
                return u"card %1 visible: %2"_s.arg(id).arg(item->isVisible());
            if (item->isVisible() && cardItemRect(item) != expected)
                return u"card \"%1\" at %2,%3 %4x%5, layout says %6,%7 %8x%9"_s.arg(doc.card(id)->title)
                    .arg(cardItemRect(item).x()).arg(cardItemRect(item).y()).arg(cardItemRect(item).width())
                    .arg(cardItemRect(item).height()).arg(expected.x()).arg(expected.y()).arg(expected.width())
                    .arg(expected.height());
        }
        const StageHeaderItem *header = scene.stageHeader(stage.id);
        if (!header || header->rect() != layout.stageHeaderRect(stage.id))
            return u"stage header of \"%1\" not at its column"_s.arg(stage.name);
    }
    for (const Lane &lane : doc.lanes()) {
        const LaneHeaderItem *header = scene.laneHeader(lane.id);
        if (!header)
            return u"lane \"%1\" has no header"_s.arg(lane.name);
        if (header->isVisible() != bool(layout.row(lane.id)))
            return u"lane header of \"%1\" visible: %2"_s.arg(lane.name).arg(header->isVisible());
        if (header->isVisible() && header->rect() != layout.laneHeaderRect(lane.id))
            return u"lane header of \"%1\" not at its row"_s.arg(lane.name);
    }
    return {};
}

inline QString undoTexts(const QUndoStack *stack)
{
    QStringList texts;
    for (int i = 0; i < stack->count(); ++i)
        texts.append(stack->text(i));
    return texts.join(u" | "_s);
}

// Saves what the view shows (of `sceneRect` only, twice as large, when given) as an artifact.
inline bool saveGrab(MapView *view, const QString &name, const QRectF &sceneRect = {})
{
    if (sceneRect.isNull())
        return view->viewport()->grab().save(Test::artifactPath(name));
    const QRect area = view->mapFromScene(sceneRect).boundingRect().intersected(view->viewport()->rect());
    const QPixmap part = view->viewport()->grab(area);
    return part.scaled(part.size() * 2, Qt::KeepAspectRatio, Qt::SmoothTransformation).save(Test::artifactPath(name));
}

// The words the items draw for a piece of the scene at `scale`, as a vector drawing records
// them: what the canvas shows there at that level of detail.
inline QString wordsDrawn(MapScene &scene, const QRectF &source, double scale)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator svg;
    svg.setOutputDevice(&buffer);
    const QSize size = (source.size() * scale).toSize() + QSize(2, 2);
    svg.setSize(size);
    svg.setViewBox(QRect(QPoint(), size));
    // Drawn as the items paint, not from the pictures they cache for the screen.
    QHash<QGraphicsItem *, QGraphicsItem::CacheMode> cached;
    for (QGraphicsItem *item : scene.items(source)) {
        cached.insert(item, item->cacheMode());
        item->setCacheMode(QGraphicsItem::NoCache);
    }
    {
        QPainter painter(&svg);
        scene.render(&painter, QRectF(QPointF(0, 0), source.size() * scale), source);
    }
    for (auto it = cached.cbegin(); it != cached.cend(); ++it)
        it.key()->setCacheMode(it.value());
    QXmlStreamReader xml(buffer.data());
    QString words;
    bool inText = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement())
            inText = xml.name() == u"text"_s;
        else if (xml.isEndElement())
            inText = false;
        else if (xml.isCharacters() && inText)
            words += xml.text() + u' ';
    }
    // One space between words; a line broken after a hyphen joined again.
    return words.replace(QRegularExpression(u"\\s+"_s), u" "_s).replace(u"- "_s, u"-"_s);
}

} // namespace Waymark::CanvasInput
