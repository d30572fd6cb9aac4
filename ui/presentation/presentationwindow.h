#pragma once

#include "model/ids.h"
#include "slides/slidedeck.h"
#include "slides/slidefigures.h"
#include "slides/slidepicture.h"

#include <QPointer>
#include <QTransform>
#include <QWidget>

class QGraphicsView;
class QScreen;
class QTimer;

namespace Waymark {

class CaptureBar;
class MapScene;
class MapSession;
class MapView;
class SlideTitleEditor;
class SlideWidget;

// Presentation mode, full screen: the overview (the editor's own canvas, zoomed out, beside the
// map's title and stages), then each stage laid out for reading at a distance (SlideLayout: the
// same slides as the PDF and the PPTX), continued on further slides when its cards need them.
// The facilitator can fix a typo with a double-click and capture what the room says with N;
// both are one undo step each, and Ctrl+Z takes them back. Leaving puts the editor's view
// back exactly as it was.
class PresentationWindow : public QWidget
{
    Q_OBJECT

public:
    PresentationWindow(MapSession *session, MapScene *scene, MapView *editorView, QWidget *parent = nullptr);
    ~PresentationWindow() override;

    // Full screen on `screen` (the window's own when null), at the first slide of `stage` (the
    // overview for none).
    void start(QScreen *screen = nullptr, Id stage = 0);

    MapSession *session() const { return m_session; }
    const SlideDeck &deck() const { return m_deck; }
    const SlideFigures &figures() const { return m_figures; }
    int slideCount() const { return m_deck.count(); }
    int currentSlide() const { return m_index; }
    // The stage of the current slide; 0 on the overview.
    Id currentStage() const;
    // The first slide of a stage (the overview for none).
    int slideOfStage(Id stage) const;
    // Any slide of the deck laid out (the console previews the next one).
    SlidePicture picture(int index) const;
    // Draws the overview's map (the editor's scene) into a rectangle.
    void paintMap(QPainter *painter, const QRectF &rect) const;

    SlideWidget *slide() const { return m_slide; }
    QGraphicsView *view() const { return m_view; } // the overview's canvas
    CaptureBar *captureBar() const { return m_capture; }
    SlideTitleEditor *titleEditor() const { return m_titleEditor; }
    bool isBlank() const;
    bool isPanelShown() const { return m_panel; }

    void next();
    void previous();
    void goTo(int slide);
    void toggleBlank();
    void togglePanel();
    // N: a new card in the current stage (nothing on the overview or a read-only map).
    void startCapture();
    void editCardTitle(Id card);
    // The keys of the slides; the presenter console hands its keys here too.
    bool handleKey(QKeyEvent *event);

signals:
    void finished();
    void slideChanged(int index);
    void deckChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    bool isTyping() const;
    void rebuild();
    void showSlide();
    void placeOverviewCanvas();
    void addCapturedCard(Id lane, const QString &title);
    void restoreEditorView();

    MapSession *m_session;
    QPointer<MapScene> m_scene;
    QPointer<MapView> m_editorView;
    SlideWidget *m_slide;
    QGraphicsView *m_view;
    QWidget *m_blank;
    CaptureBar *m_capture;
    SlideTitleEditor *m_titleEditor;
    QTimer *m_rebuildTimer;
    SlideFigures m_figures;
    SlideDeck m_deck;
    int m_index = 0;
    bool m_panel = true;
    bool m_restored = false;
    Id m_captureLane = 0;

    // The editor's view as it was, put back on leaving.
    QTransform m_savedTransform;
    int m_savedH = 0;
    int m_savedV = 0;
};

} // namespace Waymark
