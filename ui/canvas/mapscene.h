#pragma once

#include "canvasfilter.h"
#include "cardface.h"
#include "canvastheme.h"
#include "editor/elementref.h"
#include "maplayout.h"

#include <QGraphicsScene>
#include <QHash>
#include <QPointer>

#include <functional>

class QUndoCommand;

namespace Waymark {

class AddButtonItem;
class CardDrag;
class CardItem;
class CornerItem;
class Document;
class EmotionLaneItem;
class InlineEditor;
class LaneHeaderItem;
class LinkOverlayItem;
class MapSession;
class MetricsCache;
class StageHeaderItem;

// The journey map as a graphics scene: it mirrors the document (an item per stage header,
// lane header, card and emotion curve, created and removed as the document signals), lays
// everything out with MapLayout, and keeps stage and lane headers frozen at the edges of the
// view. Without a session it is read-only, as exporters use it; with one it edits through
// commands and shares the session's selection.
class MapScene : public QGraphicsScene
{
    Q_OBJECT

public:
    explicit MapScene(Document *document, const CanvasTheme &theme = CanvasTheme::light(), QObject *parent = nullptr,
                      CardFace::Text text = CardFace::Text::Clamped);
    ~MapScene() override;

    Document *document() const { return m_document; }
    MapSession *session() const;
    void setSession(MapSession *session);
    bool isEditable() const;
    // The editing aids ("+" buttons) are hidden while presenting.
    void setChromeVisible(bool visible);

    // How cards and the stage and lane headers show their text: clamped on the editor's canvas
    // (a card shows all of it while hovered or selected), in full on paper unless a compact
    // export asks otherwise.
    CardFace::Text textMode() const { return m_textMode; }
    void setTextMode(CardFace::Text mode);
    // Drawn for paper (the exporters): every item in full detail whatever the scale, and the
    // corner without the map's title, which the sheet prints above the map.
    bool isForPaper() const { return m_forPaper; }
    // Open comment threads on a card, for its marker (kept per card, not counted per paint).
    int openThreads(Id card) const { return m_openThreads.value(card); }
    void setForPaper(bool paper);

    const CanvasTheme &theme() const { return m_theme; }
    void setTheme(const CanvasTheme &theme);
    const MapLayout &mapLayout() const { return m_layout; }

    // The survey figures shown on stage headers, touchpoint cards and the emotion lane; none
    // without. setSession() takes the session's.
    const MetricsCache *metrics() const;
    void setMetrics(MetricsCache *metrics);
    // The emotion lane's second, dashed curve: each stage's CSAT mean on the emotion scale.
    bool showsMeasuredEmotion() const { return m_showMeasuredEmotion; }
    void setShowMeasuredEmotion(bool show);

    // Dims the cards the filter does not match and shows only its persona's emotion curve.
    const CanvasFilter &filter() const { return m_filter; }
    void setFilter(const CanvasFilter &filter);

    // The persona whose emotion points a double-click in the emotion lane adds: the one picked
    // in the lane's legend, else the one the filter shows, else the one selected; 0 for none.
    Id emotionPersona() const;
    void setEmotionPersona(Id persona);

    const QSet<Id> &hiddenLanes() const { return m_hiddenLanes; }
    void setLaneHidden(Id lane, bool hidden);

    // Lays everything out now. Changes of the document are laid out at the next turn of the
    // event loop, once, however many arrived.
    void relayout();
    void scheduleRelayout();

    // Where the visible area begins, in scene coordinates: the headers stay in sight there.
    void setHeaderOffset(const QPointF &offset);
    QPointF headerOffset() const { return m_headerOffset; }

    CardItem *cardItem(Id card) const { return m_cards.value(card); }
    StageHeaderItem *stageHeader(Id stage) const { return m_stageHeaders.value(stage); }
    LaneHeaderItem *laneHeader(Id lane) const { return m_laneHeaders.value(lane); }
    EmotionLaneItem *emotionLane(Id lane) const { return m_emotionLanes.value(lane); }
    LinkOverlayItem *linkOverlay() const { return m_linkOverlay; }

    // Stage widths shown while a stage is being resized, before the change is committed.
    void previewStageWidth(Id stage, double width);
    void clearPreview();

    void push(QUndoCommand *command);

    // Opens an editor over `rect` showing `text`; `commit` gets the new text (only if changed).
    void editText(const QRectF &rect, const QFont &font, const QString &text, bool multiLine,
                  std::function<void(const QString &)> commit);
    bool isEditingText() const;
    void finishTextEditing();

    CardDrag *cardDrag() const { return m_drag; }

    // The cell a new card would go to from the current selection: the focused card's cell, or
    // the first cell of the selected stage or lane; nothing when none is clear.
    std::optional<std::pair<Id, Id>> targetCell() const;

signals:
    void laidOut();
    void filterChanged();
    // Context menus and activation are left to the editor, which knows about actions.
    void contextMenuRequested(const Waymark::ElementRef &element, Waymark::Id stage, Waymark::Id lane, const QPoint &screenPos);
    void cellActivated(Waymark::Id stage, Waymark::Id lane, int position);
    void addStageRequested(int index);
    void addLaneRequested(int index);
    // An arrow key that no item used, with a card or nothing in focus: the editor moves the
    // focus between cards (MapEditor::moveFocus).
    void arrowKeyPressed(int key);
    // One element was selected somewhere else (the outline, the roadmap): the editor shows it.
    void selectedElsewhere(const Waymark::ElementRef &element);

protected:
    void drawBackground(QPainter *painter, const QRectF &rect) override;
    void drawForeground(QPainter *painter, const QRectF &rect) override;
    void contextMenuEvent(QGraphicsSceneContextMenuEvent *event) override;
    void mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    friend class CardDrag;

    void rebuild();
    void countOpenThreads();
    void addStageItem(Id stage);
    void addLaneItem(Id lane);
    void addCardItem(Id card);
    void removeCardItem(Id card);
    void onValueChanged(const FieldRef &ref);
    void onMetricsChanged();
    void updateHeaderPositions();
    void syncSelectionToSession();
    void syncSelectionFromSession();

    Document *m_document;
    QPointer<MapSession> m_session;
    QPointer<MetricsCache> m_metrics;
    bool m_showMeasuredEmotion = false;
    CardFace::Text m_textMode = CardFace::Text::Clamped;
    bool m_forPaper = false;
    CanvasTheme m_theme;
    MapLayout m_layout;
    QSet<Id> m_hiddenLanes;
    CanvasFilter m_filter;
    Id m_emotionPersona = 0;
    LinkOverlayItem *m_linkOverlay = nullptr;
    QHash<Id, double> m_widthPreview;
    QPointF m_headerOffset;
    bool m_relayoutScheduled = false;
    bool m_syncingSelection = false;

    QHash<Id, StageHeaderItem *> m_stageHeaders;
    QHash<Id, LaneHeaderItem *> m_laneHeaders;
    QHash<Id, CardItem *> m_cards;
    QHash<Id, int> m_openThreads;
    QHash<Id, EmotionLaneItem *> m_emotionLanes;
    void updateChrome();
    bool m_chromeVisible = true;
    AddButtonItem *m_addStage = nullptr;
    AddButtonItem *m_addLane = nullptr;
    CornerItem *m_cornerItem = nullptr;
    InlineEditor *m_editor = nullptr;
    CardDrag *m_drag = nullptr;
};

} // namespace Waymark
