#include "presentationwindow.h"

#include "app/shortcuts.h"

#include "canvas/inlineeditor.h"
#include "canvas/mapscene.h"
#include "canvas/mapview.h"
#include "document/document.h"
#include "editor/mapsession.h"
#include "io/formaterror.h"
#include "metrics/metricsreport.h"
#include "slidehighlight.h"
#include "stagepanel.h"

#include <QAction>
#include <QCloseEvent>
#include <QEasingCurve>
#include <QGraphicsView>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QScreen>
#include <QScrollBar>
#include <QTimer>
#include <QUndoStack>
#include <QVariantAnimation>

namespace Waymark {

namespace {

constexpr int AnimationMs = 450;
constexpr double SlideMargin = 24;
constexpr double RoamMargin = 20000;

QRectF lerp(const QRectF &a, const QRectF &b, double t)
{
    return QRectF(a.x() + (b.x() - a.x()) * t, a.y() + (b.y() - a.y()) * t,
                  a.width() + (b.width() - a.width()) * t, a.height() + (b.height() - a.height()) * t);
}

} // namespace

PresentationWindow::PresentationWindow(MapSession *session, MapScene *scene, MapView *editorView, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_session(session)
    , m_scene(scene)
    , m_editorView(editorView)
    , m_view(new QGraphicsView(scene, this))
    , m_panel(new StagePanel(session->document(), this))
    , m_blank(new QWidget(this))
    , m_animation(new QVariantAnimation(this))
    , m_metricsTimer(new QTimer(this))
{
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("%1 — Presentation").arg(session->document()->info().title));
    QPalette dark = palette();
    dark.setColor(QPalette::Window, QColor(0x1d, 0x21, 0x2b));
    setPalette(dark);
    setAutoFillBackground(true);

    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
    m_view->setTransformationAnchor(QGraphicsView::NoAnchor);
    m_view->setViewportUpdateMode(QGraphicsView::FullViewportUpdate);
    m_view->setBackgroundBrush(QColor(0x1d, 0x21, 0x2b));
    m_view->installEventFilter(this);
    m_view->viewport()->installEventFilter(this);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_view, 62);
    layout->addWidget(m_panel, 38);

    m_blank->setAutoFillBackground(true);
    QPalette black = m_blank->palette();
    black.setColor(QPalette::Window, Qt::black);
    m_blank->setPalette(black);
    m_blank->hide();

    // Saved before anything moves; the editor's view goes to the map's start so that the
    // frozen headers sit at the map's edge, where the slides expect them.
    if (m_editorView) {
        m_savedTransform = m_editorView->transform();
        m_savedH = m_editorView->horizontalScrollBar()->value();
        m_savedV = m_editorView->verticalScrollBar()->value();
        m_editorView->showTopLeft();
        m_scene->setHeaderOffset(m_scene->mapLayout().bounds().topLeft());
    }
    m_scene->setChromeVisible(false);
    m_highlight = new SlideHighlight(scene);

    m_animation->setDuration(AnimationMs);
    m_animation->setEasingCurve(QEasingCurve::InOutCubic);
    m_animation->setStartValue(0.0);
    m_animation->setEndValue(1.0);

    m_metricsTimer->setSingleShot(true);
    m_metricsTimer->setInterval(100);
    connect(m_metricsTimer, &QTimer::timeout, this, &PresentationWindow::recomputeMetrics);
    // A live edit or undo re-lays the scene out: follow it, and refresh the figures once.
    connect(scene, &MapScene::laidOut, this, [this] {
        if (m_slide >= slideCount())
            m_slide = slideCount() - 1;
        m_highlight->refresh();
        m_panel->showStage(currentStage());
        if (!m_animation->state())
            showRect(slideRect(m_slide));
        m_metricsTimer->start();
    });
    connect(session->undoStack(), &QUndoStack::indexChanged, m_metricsTimer, qOverload<>(&QTimer::start));
    // A fix made live can be taken back live.
    QAction *undo = session->undoStack()->createUndoAction(this);
    undo->setShortcuts(Shortcuts::undo());
    QAction *redo = session->undoStack()->createRedoAction(this);
    redo->setShortcuts(Shortcuts::redo());
    addActions({undo, redo});
    recomputeMetrics();
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
    if (m_scene) {
        delete m_highlight;
        m_highlight = nullptr;
        m_scene->setChromeVisible(true);
    }
    if (m_editorView) {
        m_editorView->setTransform(m_savedTransform);
        m_editorView->horizontalScrollBar()->setValue(m_savedH);
        m_editorView->verticalScrollBar()->setValue(m_savedV);
        m_scene->setHeaderOffset(m_editorView->mapToScene(QPoint(0, 0)));
    }
}

void PresentationWindow::start(QScreen *screen, int slide)
{
    if (screen) {
        setScreen(screen);
        setGeometry(screen->geometry());
    }
    showFullScreen();
    raise();
    activateWindow();
    m_view->setFocus();
    const bool animated = m_animated;
    m_animated = false;
    m_slide = -1;
    goTo(slide);
    m_animated = animated;
}

int PresentationWindow::slideCount() const
{
    return 1 + int(m_scene->mapLayout().columns().size());
}

Id PresentationWindow::currentStage() const
{
    const auto &columns = m_scene->mapLayout().columns();
    return m_slide >= 1 && m_slide <= columns.size() ? columns.at(m_slide - 1).stage : 0;
}

Id PresentationWindow::visibleStage() const
{
    if (m_slide == 0)
        return 0;
    const QPointF centre = m_view->mapToScene(m_view->viewport()->rect().center());
    for (const MapLayout::Column &column : m_scene->mapLayout().columns()) {
        if (centre.x() >= column.x && centre.x() < column.x + column.width)
            return column.stage;
    }
    return 0;
}

bool PresentationWindow::isBlank() const
{
    return m_blank->isVisible();
}

bool PresentationWindow::isAnimating() const
{
    return m_animation->state() == QAbstractAnimation::Running;
}

QRectF PresentationWindow::slideRect(int slide) const
{
    const MapLayout &layout = m_scene->mapLayout();
    const QRectF map = layout.bounds();
    if (slide <= 0 || slide > layout.columns().size())
        return map.adjusted(-SlideMargin, -SlideMargin, SlideMargin, SlideMargin);
    const MapLayout::Column &column = layout.columns().at(slide - 1);
    return QRectF(column.x - SlideMargin, map.top() - SlideMargin, column.width + 2 * SlideMargin, map.height() + 2 * SlideMargin);
}

void PresentationWindow::showRect(const QRectF &rect)
{
    // The view's own scrollable area reaches far past the map: the first and last stages are
    // centred too, which scrolling clamped to the scene's rectangle would not allow.
    const QRectF roam = m_scene->mapLayout().bounds().adjusted(-RoamMargin, -RoamMargin, RoamMargin, RoamMargin);
    if (m_view->sceneRect() != roam)
        m_view->setSceneRect(roam);
    m_shown = rect;
    m_view->fitInView(rect, Qt::KeepAspectRatio);
}

void PresentationWindow::moveTo(const QRectF &target)
{
    m_animation->stop();
    if (!m_animated || !isVisible() || m_shown.isNull()) {
        showRect(target);
        return;
    }
    const QRectF from = m_shown;
    m_animation->disconnect(this);
    connect(m_animation, &QVariantAnimation::valueChanged, this, [this, from, target](const QVariant &value) {
        showRect(lerp(from, target, value.toDouble()));
    });
    connect(m_animation, &QVariantAnimation::finished, this, [this, target] { showRect(target); });
    m_animation->start();
}

void PresentationWindow::goTo(int slide)
{
    slide = std::clamp(slide, 0, slideCount() - 1);
    m_blank->hide();
    if (slide == m_slide)
        return;
    m_slide = slide;
    refreshSlide();
    moveTo(slideRect(slide));
}

void PresentationWindow::refreshSlide()
{
    const Id stage = currentStage();
    m_highlight->setStage(stage);
    if (stage)
        m_panel->showStage(stage);
    else
        m_panel->showOverview();
}

void PresentationWindow::next()
{
    goTo(m_slide + 1);
}

void PresentationWindow::previous()
{
    goTo(m_slide - 1);
}

void PresentationWindow::toggleBlank()
{
    m_blank->setGeometry(rect());
    m_blank->setVisible(!m_blank->isVisible());
    m_blank->raise();
}

void PresentationWindow::recomputeMetrics()
{
    try {
        m_panel->setMetrics(MetricsEngine::compute(*m_session->document()));
    } catch (const std::exception &) {
        // Figures are a garnish here: a map whose responses cannot be read still presents.
        m_panel->setMetrics({});
    }
}

bool PresentationWindow::isEditingText() const
{
    QGraphicsItem *focus = m_scene ? m_scene->focusItem() : nullptr;
    return focus && qobject_cast<InlineEditor *>(focus->toGraphicsObject());
}

bool PresentationWindow::handleKey(QKeyEvent *event)
{
    if (isEditingText())
        return false; // the inline editor owns the keys while a typo is fixed
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
        goTo(slideCount() - 1);
        return true;
    case Qt::Key_B:
    case Qt::Key_Period: // what clickers send for "blank"
        toggleBlank();
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
    // The slide decides the zoom: the wheel does not scroll it away.
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
    if (isEditingText() && m_scene)
        m_scene->finishTextEditing();
    m_animation->stop();
    restoreEditorView();
    emit finished();
    event->accept();
}

void PresentationWindow::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    m_blank->setGeometry(rect());
    if (m_slide >= 0 && !isAnimating())
        QTimer::singleShot(0, this, [this] { showRect(slideRect(m_slide)); });
}

} // namespace Waymark
