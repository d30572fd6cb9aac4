#pragma once

#include "model/ids.h"

#include <QPointer>
#include <QRectF>
#include <QTransform>
#include <QWidget>

class QGraphicsView;
class QScreen;
class QTimer;
class QVariantAnimation;

namespace Waymark {

class MapScene;
class MapSession;
class MapView;
class SlideHighlight;
class StagePanel;

// Presentation mode: the map full screen, an overview first and then stage by stage, each
// zoomed in with a smooth move, its figures and feelings large beside it. It shows the
// editor's own scene, so a facilitator can still fix a typo with a double-click (undoable),
// and it leaves the editor's view exactly as it found it.
class PresentationWindow : public QWidget
{
    Q_OBJECT

public:
    PresentationWindow(MapSession *session, MapScene *scene, MapView *editorView, QWidget *parent = nullptr);
    ~PresentationWindow() override;

    // Full screen on `screen` (the window's own when null), at slide `slide`.
    void start(QScreen *screen = nullptr, int slide = 0);

    int slideCount() const;
    int currentSlide() const { return m_slide; }
    // The stage of the current slide; 0 on the overview.
    Id currentStage() const;
    // The stage whose column is at the centre of the view; 0 when none is.
    Id visibleStage() const;
    bool isBlank() const;
    bool isAnimating() const;
    void setAnimated(bool animated) { m_animated = animated; }
    QGraphicsView *view() const { return m_view; }
    StagePanel *panel() const { return m_panel; }

    void next();
    void previous();
    void goTo(int slide);
    void toggleBlank();

signals:
    void finished();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    bool handleKey(QKeyEvent *event);
    bool isEditingText() const;
    QRectF slideRect(int slide) const;
    void moveTo(const QRectF &target);
    void showRect(const QRectF &rect);
    void refreshSlide();
    void recomputeMetrics();
    void restoreEditorView();

    MapSession *m_session;
    QPointer<MapScene> m_scene;
    QPointer<MapView> m_editorView;
    QGraphicsView *m_view;
    StagePanel *m_panel;
    QWidget *m_blank;
    SlideHighlight *m_highlight = nullptr;
    QVariantAnimation *m_animation;
    QTimer *m_metricsTimer;
    QRectF m_shown;
    int m_slide = 0;
    bool m_animated = true;
    bool m_restored = false;

    // The editor's view as it was, put back on leaving.
    QTransform m_savedTransform;
    int m_savedH = 0;
    int m_savedV = 0;
};

} // namespace Waymark
