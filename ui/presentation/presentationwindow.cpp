#include "presentationwindow.h"

#include "app/shortcuts.h"
#include "capturebar.h"
#include "slidetitleeditor.h"

#include "canvas/inlineeditor.h"
#include "canvas/mapscene.h"
#include "canvas/mapview.h"
#include "commands/addcardcommand.h"
#include "commands/setvaluecommand.h"
#include "document/document.h"
#include "editor/mapsession.h"
#include "editor/metricscache.h"
#include "model/carddefaults.h"
#include "slides/slidelayout.h"
#include "slides/slidestyle.h"
#include "slides/slidewidget.h"

#include <QAction>
#include <QCloseEvent>
#include <QGraphicsView>
#include <QKeyEvent>
#include <QScreen>
#include <QScrollBar>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Waymark {

namespace {
constexpr double MapMargin = 24; // around the map on the overview, in canvas units
}

PresentationWindow::PresentationWindow(MapSession *session, MapScene *scene, MapView *editorView, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_session(session)
    , m_scene(scene)
    , m_editorView(editorView)
    , m_slide(new SlideWidget(this))
    , m_view(new QGraphicsView(scene, m_slide))
    , m_blank(new QWidget(this))
    , m_capture(new CaptureBar(m_slide))
    , m_titleEditor(new SlideTitleEditor(m_slide))
    , m_rebuildTimer(new QTimer(this))
{
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("%1 — Presentation").arg(session->document()->info().title));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_slide);
    m_slide->setFocusPolicy(Qt::StrongFocus);
    m_slide->installEventFilter(this);
    m_slide->setMapPainter([this](QPainter *painter, const QRectF &rect) {
        if (!m_view->isVisible())
            paintMap(painter, rect);
    });

    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
    m_view->setViewportUpdateMode(QGraphicsView::FullViewportUpdate);
    m_view->setBackgroundBrush(SlideStyle::background());
    m_view->installEventFilter(this);
    m_view->viewport()->installEventFilter(this);

    m_blank->setAutoFillBackground(true);
    QPalette black = m_blank->palette();
    black.setColor(QPalette::Window, Qt::black);
    m_blank->setPalette(black);
    m_blank->hide();

    // Saved before anything moves; the editor's view goes to the map's start so that the
    // frozen headers sit at the map's edge, where the overview expects them.
    if (m_editorView) {
        m_savedTransform = m_editorView->transform();
        m_savedH = m_editorView->horizontalScrollBar()->value();
        m_savedV = m_editorView->verticalScrollBar()->value();
        m_editorView->showTopLeft();
        m_scene->setHeaderOffset(m_scene->mapLayout().bounds().topLeft());
    }
    m_scene->setChromeVisible(false);

    // Every change is followed once, at the next turn of the event loop (a live edit, an undo,
    // an import, the view filter, a lane hidden in the editor).
    m_rebuildTimer->setSingleShot(true);
    m_rebuildTimer->setInterval(0);
    connect(m_rebuildTimer, &QTimer::timeout, this, &PresentationWindow::rebuild);
    const auto later = [this] { m_rebuildTimer->start(); };
    connect(scene, &MapScene::laidOut, this, later);
    connect(scene, &MapScene::filterChanged, this, later);
    connect(session->metrics(), &MetricsCache::changed, this, later);
    connect(session->undoStack(), &QUndoStack::indexChanged, this, later);

    connect(m_slide, &SlideWidget::cardDoubleClicked, this, &PresentationWindow::editCardTitle);
    connect(m_titleEditor, &SlideTitleEditor::committed, this, [this](Id card, const QString &text) {
        if (m_session->document()->card(card))
            m_session->push(new SetValueCommand(m_session->document(), fieldRef(card, CardField::Title), text));
        rebuild();
        m_slide->setFocus();
    });
    connect(m_capture, &CaptureBar::accepted, this, &PresentationWindow::addCapturedCard);
    connect(m_capture, &CaptureBar::cancelled, m_slide, qOverload<>(&QWidget::setFocus));

    // A fix made live can be taken back live.
    QAction *undo = session->undoStack()->createUndoAction(this);
    undo->setShortcuts(Shortcuts::undo());
    QAction *redo = session->undoStack()->createRedoAction(this);
    redo->setShortcuts(Shortcuts::redo());
    addActions({undo, redo});
    rebuild();
}

PresentationWindow::~PresentationWindow()
{
    restoreEditorView();
}

void PresentationWindow::restoreEditorView()
{
    if (m_restored)
        return;
    m_restored = true;
    if (m_scene)
        m_scene->setChromeVisible(true);
    if (m_editorView) {
        m_editorView->setTransform(m_savedTransform);
        m_editorView->horizontalScrollBar()->setValue(m_savedH);
        m_editorView->verticalScrollBar()->setValue(m_savedV);
        m_scene->setHeaderOffset(m_editorView->mapToScene(QPoint(0, 0)));
    }
}

void PresentationWindow::start(QScreen *screen, Id stage)
{
    if (screen) {
        setScreen(screen);
        setGeometry(screen->geometry());
    }
    showFullScreen();
    raise();
    activateWindow();
    m_slide->setFocus();
    rebuild(); // for the screen's shape, which decides where a stage continues
    goTo(slideOfStage(stage));
}

Id PresentationWindow::currentStage() const
{
    return m_index < m_deck.count() ? m_deck.at(m_index).stage : 0;
}

int PresentationWindow::slideOfStage(Id stage) const
{
    return std::max(0, m_deck.indexOf(stage));
}

SlidePicture PresentationWindow::picture(int index) const
{
    if (index < 0 || index >= m_deck.count())
        return {};
    return SlideLayout(*m_session->document(), m_deck, m_figures).picture(index);
}

void PresentationWindow::paintMap(QPainter *painter, const QRectF &rect) const
{
    if (!m_scene)
        return;
    const QRectF map = m_scene->mapLayout().bounds().adjusted(-MapMargin, -MapMargin, MapMargin, MapMargin);
    m_scene->render(painter, SlideLayout::fitted(map.size(), rect), map);
}

bool PresentationWindow::isBlank() const
{
    return m_blank->isVisible();
}

void PresentationWindow::rebuild()
{
    m_rebuildTimer->stop();
    if (!m_scene)
        return;
    const Document &document = *m_session->document();
    // The slide shown stays shown: the same stage, the same part when it still has it.
    const Id stage = currentStage();
    const int part = m_index < m_deck.count() ? m_deck.at(m_index).part : 1;
    const int oldIndex = m_index;
    const double aspect = height() > 0 ? double(width()) / height() : 16.0 / 9.0;
    m_figures = SlideFigures::fromEditor(*m_session->metrics(), *m_scene);
    m_deck = SlideDeck(document, SlideStyle::Frame{SlideStyle::Height * aspect, m_panel}, m_scene->hiddenLanes());
    int index = 0;
    if (stage && document.stage(stage)) {
        const int parts = m_deck.at(m_deck.indexOf(stage, 1)).parts;
        index = m_deck.indexOf(stage, std::min(part, parts));
    } else if (stage) {
        index = oldIndex; // the stage is gone: the slide that took its place
    }
    m_index = std::clamp(index, 0, m_deck.count() - 1);
    showSlide();
    emit deckChanged();
}

void PresentationWindow::showSlide()
{
    if (m_titleEditor->isEditing() && !m_deck.at(m_index).shows(m_titleEditor->card()))
        m_titleEditor->cancel();
    m_slide->setPicture(picture(m_index));
    placeOverviewCanvas();
}

void PresentationWindow::placeOverviewCanvas()
{
    const SlideMap *map = m_slide->picture().map();
    m_view->setVisible(map != nullptr);
    if (!map)
        return;
    m_view->setGeometry(m_slide->mapToWidget(map->rect).toAlignedRect());
    const QRectF bounds = m_scene->mapLayout().bounds().adjusted(-MapMargin, -MapMargin, MapMargin, MapMargin);
    m_view->setSceneRect(bounds);
    m_view->fitInView(bounds, Qt::KeepAspectRatio);
}

void PresentationWindow::goTo(int slide)
{
    slide = std::clamp(slide, 0, m_deck.count() - 1);
    m_blank->hide();
    if (slide == m_index)
        return;
    if (m_titleEditor->isEditing())
        m_titleEditor->commit();
    m_capture->stop();
    m_index = slide;
    showSlide();
    emit slideChanged(m_index);
}

void PresentationWindow::next()
{
    goTo(m_index + 1);
}

void PresentationWindow::previous()
{
    goTo(m_index - 1);
}

void PresentationWindow::toggleBlank()
{
    m_blank->setGeometry(rect());
    m_blank->setVisible(!m_blank->isVisible());
    m_blank->raise();
}

void PresentationWindow::togglePanel()
{
    m_panel = !m_panel;
    rebuild();
}

void PresentationWindow::startCapture()
{
    const Id stage = currentStage();
    const Document &document = *m_session->document();
    if (!stage || document.isReadOnly())
        return;
    QList<std::pair<Id, QString>> lanes;
    for (const Id lane : SlideBlocks::lanes(document, m_scene->hiddenLanes()))
        lanes.append({lane, document.lane(lane)->name});
    if (lanes.isEmpty())
        return;
    // The lane chosen last time, else the first lane of the slide.
    Id lane = m_captureLane;
    const SlideDeck::Slide &slide = m_deck.at(m_index);
    if (!document.lane(lane) && !slide.blocks.isEmpty())
        lane = slide.blocks.constFirst().lane;
    const SlideStyle::Frame &frame = m_deck.frame();
    const QRectF cards = frame.cards();
    const QRectF bar(cards.left(), cards.bottom() - 170, cards.width(), 170);
    m_capture->setGeometry(m_slide->mapToWidget(bar).toAlignedRect());
    m_capture->start(lanes, lane, SlideStyle::CardTitleSize * m_slide->toWidget().m11());
    if (m_blank->isVisible())
        m_blank->hide();
    activateWindow(); // N may come from the presenter console
}

void PresentationWindow::addCapturedCard(Id laneId, const QString &title)
{
    Document &document = *m_session->document();
    const Id stage = currentStage();
    const Lane *lane = document.lane(laneId);
    m_slide->setFocus();
    if (!lane || !document.stage(stage))
        return;
    m_captureLane = laneId;
    const int position = int(document.cardsIn(stage, laneId).size());
    Card card = newCardIn(*lane, stage, position);
    card.title = title;
    m_session->push(new AddCardCommand(&document, card));
    // It shows at once, on the slide that has it.
    const Id added = document.cardsIn(stage, laneId).value(position);
    rebuild();
    if (added && m_deck.indexOfCard(added) >= 0)
        goTo(m_deck.indexOfCard(added));
}

void PresentationWindow::editCardTitle(Id card)
{
    const Document &document = *m_session->document();
    const SlideText title = m_slide->picture().cardTitle(card);
    if (document.isReadOnly() || !document.card(card) || title.rect.isNull())
        return;
    const double scale = m_slide->toWidget().m11();
    const QRectF area(title.rect.left() - 8, title.rect.top() - 6, title.rect.width() + 16, title.lineHeight() + 12);
    m_titleEditor->start(card, document.card(card)->title, m_slide->mapToWidget(area).toAlignedRect(),
                         SlideStyle::font(title.size * scale, true));
}

bool PresentationWindow::isTyping() const
{
    if (m_titleEditor->isEditing() || m_capture->isVisible())
        return true;
    // A typo fixed on the overview's canvas, in the scene's own editor.
    QGraphicsItem *focus = m_scene ? m_scene->focusItem() : nullptr;
    return focus && qobject_cast<InlineEditor *>(focus->toGraphicsObject());
}

bool PresentationWindow::handleKey(QKeyEvent *event)
{
    if (isTyping())
        return false; // the editor owns the keys while a typo is fixed or a card captured
    if (event->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier))
        return false;
    switch (event->key()) {
    case Qt::Key_Right:
    case Qt::Key_Down:
    case Qt::Key_PageDown:
    case Qt::Key_Space:
        next();
        return true;
    case Qt::Key_Left:
    case Qt::Key_Up:
    case Qt::Key_PageUp:
    case Qt::Key_Backspace:
        previous();
        return true;
    case Qt::Key_Home:
        goTo(0);
        return true;
    case Qt::Key_End:
        goTo(m_deck.count() - 1);
        return true;
    case Qt::Key_B:
    case Qt::Key_Period: // what clickers send for "blank"
        toggleBlank();
        return true;
    case Qt::Key_M:
        togglePanel();
        return true;
    case Qt::Key_N:
        startCapture();
        return true;
    case Qt::Key_Escape:
        close();
        return true;
    default:
        return false;
    }
}

bool PresentationWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress && handleKey(static_cast<QKeyEvent *>(event)))
        return true;
    // The slide decides the zoom: the wheel does not scroll the overview away.
    if (event->type() == QEvent::Wheel && watched == m_view->viewport())
        return true;
    return QWidget::eventFilter(watched, event);
}

void PresentationWindow::keyPressEvent(QKeyEvent *event)
{
    if (!handleKey(event))
        QWidget::keyPressEvent(event);
}

void PresentationWindow::closeEvent(QCloseEvent *event)
{
    if (m_titleEditor->isEditing())
        m_titleEditor->commit();
    if (m_scene && m_scene->isEditingText())
        m_scene->finishTextEditing();
    restoreEditorView();
    emit finished();
    event->accept();
}

void PresentationWindow::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    m_blank->setGeometry(rect());
    // The deck is laid out for the screen's shape.
    m_rebuildTimer->start();
}

} // namespace Waymark
