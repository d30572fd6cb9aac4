#include "mapscene.h"

#include "addbuttonitem.h"
#include "carddrag.h"
#include "carditem.h"
#include "corneritem.h"
#include "document/document.h"
#include "editor/mapsession.h"
#include "editor/metricscache.h"
#include "editor/selection.h"
#include "emotionlaneitem.h"
#include "emotionpointitem.h"
#include "inlineeditor.h"
#include "laneheaderitem.h"
#include "linkoverlayitem.h"
#include "stageheaderitem.h"

#include <QGraphicsSceneContextMenuEvent>
#include <QGraphicsSceneMouseEvent>
#include <QKeyEvent>
#include <QPainter>
#include <QTimer>
#include <QUndoCommand>

namespace Waymark {

using namespace CanvasMetrics;

MapScene::MapScene(Document *document, const CanvasTheme &theme, QObject *parent, CardFace::Text text)
    : QGraphicsScene(parent)
    , m_document(document)
    , m_textMode(text)
    , m_theme(theme)
    , m_drag(new CardDrag(this))
{
    // Thousands of cards: the BSP index keeps finding the visible ones cheap.
    setItemIndexMethod(BspTreeIndex);
    setBackgroundBrush(m_theme.background);

    const auto structure = [this] {
        rebuild();
        scheduleRelayout();
    };
    connect(document, &Document::stageInserted, this, structure);
    connect(document, &Document::stageRemoved, this, structure);
    connect(document, &Document::stageMoved, this, &MapScene::scheduleRelayout);
    connect(document, &Document::laneInserted, this, structure);
    connect(document, &Document::laneRemoved, this, structure);
    connect(document, &Document::laneMoved, this, &MapScene::scheduleRelayout);
    connect(document, &Document::personaInserted, this, structure);
    connect(document, &Document::personaRemoved, this, structure);
    connect(document, &Document::personaMoved, this, structure);
    connect(document, &Document::reset, this, [this] {
        // New items for the reloaded model (after a refused write, say): selected ones going
        // is no change of the user's selection, which the new items take on.
        m_syncingSelection = true;
        for (CardItem *item : std::as_const(m_cards))
            delete item;
        m_cards.clear();
        rebuild();
        m_syncingSelection = false;
        relayout();
        countOpenThreads();
        syncSelectionFromSession();
    });
    connect(document, &Document::cardInserted, this, [this](Id id) {
        addCardItem(id);
        scheduleRelayout();
    });
    connect(document, &Document::cardRemoved, this, [this](Id id) {
        removeCardItem(id);
        scheduleRelayout();
    });
    connect(document, &Document::cardMoved, this, &MapScene::scheduleRelayout);
    connect(document, &Document::valueChanged, this, &MapScene::onValueChanged);
    connect(document, &Document::commentChanged, this, &MapScene::countOpenThreads);
    connect(document, &Document::emotionPointChanged, this, [this] {
        for (EmotionLaneItem *lane : std::as_const(m_emotionLanes)) {
            lane->syncPoints();
            lane->update();
        }
    });
    connect(this, &QGraphicsScene::selectionChanged, this, &MapScene::syncSelectionToSession);
    connect(document, &Document::cardPersonasChanged, this, [this](Id id) {
        if (CardItem *item = m_cards.value(id); item && m_document->card(id))
            item->setDimmed(!m_filter.matches(*m_document->card(id)));
    });
    m_linkOverlay = new LinkOverlayItem(this);

    auto *corner = new CornerItem(this);
    m_addStage = new AddButtonItem(this, tr("Add a stage"), [this] { emit addStageRequested(int(m_document->stages().size())); });
    m_addLane = new AddButtonItem(this, tr("Add a lane"), [this] { emit addLaneRequested(int(m_document->lanes().size())); });
    m_cornerItem = corner;
    rebuild();
    relayout();
    countOpenThreads();
}

void MapScene::countOpenThreads()
{
    QHash<Id, int> counts;
    for (const Comment &comment : m_document->comments()) {
        if (!comment.parent && !comment.resolved && comment.target == Comment::Target::Card)
            ++counts[comment.targetId];
    }
    std::swap(counts, m_openThreads);
    // Repaint the cards whose number changed (`counts` holds the old numbers now).
    for (auto it = m_cards.cbegin(); it != m_cards.cend(); ++it) {
        if (counts.value(it.key()) != m_openThreads.value(it.key()))
            (*it)->metricsChanged();
    }
}

MapScene::~MapScene()
{
    // ~QGraphicsScene deletes the items, and removing a selected one emits selectionChanged:
    // by then this is no longer a MapScene, and the slot would run on what is left of it. The
    // items go here instead, while they may still use the scene, and tell the session nothing.
    // The drag goes after the items: a card losing focus as it is deleted asks whether a drag
    // is under way.
    disconnect(this, &QGraphicsScene::selectionChanged, this, nullptr);
    clear();
    delete m_drag;
    m_drag = nullptr;
}

MapSession *MapScene::session() const
{
    return m_session;
}

void MapScene::setChromeVisible(bool visible)
{
    m_chromeVisible = visible;
    updateChrome();
}

void MapScene::updateChrome()
{
    const bool shown = m_chromeVisible && isEditable();
    m_addStage->setVisible(shown);
    m_addLane->setVisible(shown);
}

void MapScene::setSession(MapSession *session)
{
    if (m_session)
        disconnect(m_session->selection(), nullptr, this, nullptr);
    m_session = session;
    updateChrome();
    if (session) {
        connect(session->selection(), &Selection::changed, this, &MapScene::syncSelectionFromSession);
        syncSelectionFromSession();
    }
    setMetrics(session ? session->metrics() : nullptr);
}

const MetricsCache *MapScene::metrics() const
{
    return m_metrics;
}

void MapScene::setMetrics(MetricsCache *metrics)
{
    if (m_metrics == metrics)
        return;
    if (m_metrics)
        disconnect(m_metrics, nullptr, this, nullptr);
    m_metrics = metrics;
    if (metrics) {
        metrics->setFilter(m_filter.persona, m_filter.segment);
        // The charts set it too: the cards and the curve follow whoever did.
        connect(metrics, &MetricsCache::filterChanged, this, [this] {
            CanvasFilter filter = m_filter;
            filter.persona = m_metrics->persona();
            filter.segment = m_metrics->segment();
            setFilter(filter);
        });
        connect(metrics, &MetricsCache::changed, this, &MapScene::onMetricsChanged);
        connect(metrics, &MetricsCache::disagreementsChanged, this, [this] {
            for (EmotionLaneItem *lane : std::as_const(m_emotionLanes))
                lane->update();
        });
    }
    onMetricsChanged();
}

void MapScene::setShowMeasuredEmotion(bool show)
{
    if (show == m_showMeasuredEmotion)
        return;
    m_showMeasuredEmotion = show;
    for (EmotionLaneItem *lane : std::as_const(m_emotionLanes))
        lane->update();
    for (LaneHeaderItem *header : std::as_const(m_laneHeaders))
        header->update();
}

void MapScene::onMetricsChanged()
{
    for (StageHeaderItem *header : std::as_const(m_stageHeaders))
        header->metricsChanged();
    // Touchpoint cards show their NPS: their cached pictures are out of date.
    for (CardItem *item : std::as_const(m_cards)) {
        const Card *card = m_document->card(item->cardId());
        if (card && card->kind == CardKind::Touchpoint)
            item->metricsChanged();
    }
    for (EmotionLaneItem *lane : std::as_const(m_emotionLanes))
        lane->update();
    for (LaneHeaderItem *header : std::as_const(m_laneHeaders))
        header->update();
}

bool MapScene::isEditable() const
{
    return m_session && !m_document->isReadOnly();
}

void MapScene::setTheme(const CanvasTheme &theme)
{
    m_theme = theme;
    setBackgroundBrush(m_theme.background);
    for (CardItem *item : std::as_const(m_cards))
        item->invalidate();
    relayout();
    update();
}

void MapScene::setTextMode(CardFace::Text mode)
{
    if (mode == m_textMode)
        return;
    m_textMode = mode;
    for (CardItem *item : std::as_const(m_cards))
        item->invalidate();
    relayout();
}

void MapScene::setForPaper(bool paper)
{
    m_forPaper = paper;
    m_cornerItem->update();
    update();
}

void MapScene::setLaneHidden(Id lane, bool hidden)
{
    if (hidden)
        m_hiddenLanes.insert(lane);
    else
        m_hiddenLanes.remove(lane);
    relayout();
}

void MapScene::setFilter(const CanvasFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    if (m_metrics)
        m_metrics->setFilter(filter.persona, filter.segment); // says changed(): the badges follow
    for (CardItem *item : std::as_const(m_cards)) {
        if (const Card *card = m_document->card(item->cardId()))
            item->setDimmed(!m_filter.matches(*card));
    }
    for (EmotionLaneItem *lane : std::as_const(m_emotionLanes)) {
        lane->syncPoints();
        lane->update();
    }
    emit filterChanged();
}

void MapScene::rebuild()
{
    // Headers and emotion lanes: few, so they are matched to the document wholesale.
    QSet<Id> stages;
    for (const Stage &stage : m_document->stages()) {
        stages.insert(stage.id);
        if (!m_stageHeaders.contains(stage.id))
            m_stageHeaders.insert(stage.id, new StageHeaderItem(this, stage.id));
    }
    for (auto it = m_stageHeaders.begin(); it != m_stageHeaders.end();) {
        if (stages.contains(it.key())) {
            (*it)->update();
            ++it;
        } else {
            delete *it;
            it = m_stageHeaders.erase(it);
        }
    }
    QSet<Id> lanes;
    QSet<Id> emotionLanes;
    for (const Lane &lane : m_document->lanes()) {
        lanes.insert(lane.id);
        if (!m_laneHeaders.contains(lane.id))
            m_laneHeaders.insert(lane.id, new LaneHeaderItem(this, lane.id));
        if (lane.kind == LaneKind::EmotionCurve) {
            emotionLanes.insert(lane.id);
            if (!m_emotionLanes.contains(lane.id))
                m_emotionLanes.insert(lane.id, new EmotionLaneItem(this, lane.id));
        }
    }
    for (auto it = m_laneHeaders.begin(); it != m_laneHeaders.end();) {
        if (lanes.contains(it.key())) {
            (*it)->update();
            ++it;
        } else {
            delete *it;
            it = m_laneHeaders.erase(it);
        }
    }
    for (auto it = m_emotionLanes.begin(); it != m_emotionLanes.end();) {
        if (emotionLanes.contains(it.key())) {
            ++it;
        } else {
            delete *it;
            it = m_emotionLanes.erase(it);
        }
    }
    m_hiddenLanes.intersect(lanes);
    for (const Stage &stage : m_document->stages()) {
        for (const Id card : m_document->cardsOfStage(stage.id)) {
            if (!m_cards.contains(card))
                addCardItem(card);
        }
    }
}

void MapScene::addCardItem(Id card)
{
    if (!m_cards.contains(card))
        m_cards.insert(card, new CardItem(this, card));
}

void MapScene::removeCardItem(Id card)
{
    if (CardItem *item = m_cards.take(card)) {
        if (item == mouseGrabberItem())
            item->ungrabMouse();
        delete item;
    }
}

void MapScene::onValueChanged(const FieldRef &ref)
{
    switch (ref.entity) {
    case Entity::Card:
        if (CardItem *item = m_cards.value(ref.id)) {
            item->invalidate();
            scheduleRelayout(); // the card's height may have changed
        }
        break;
    case Entity::Stage:
        if (StageHeaderItem *header = m_stageHeaders.value(ref.id))
            header->metricsChanged(); // targets colour the badges
        if (ref.field == int(StageField::Width))
            scheduleRelayout();
        if (ref.field == int(StageField::Color))
            update();
        break;
    case Entity::Lane:
        if (ref.field == int(LaneField::Kind)) {
            rebuild();
            scheduleRelayout();
        } else if (LaneHeaderItem *header = m_laneHeaders.value(ref.id)) {
            header->updateToolTip();
            header->update();
        }
        break;
    case Entity::Persona:
        for (LaneHeaderItem *header : std::as_const(m_laneHeaders))
            header->update();
        for (EmotionLaneItem *lane : std::as_const(m_emotionLanes)) {
            lane->syncPoints();
            lane->update();
        }
        break;
    case Entity::Map:
        m_cornerItem->update();
        break;
    case Entity::BusinessPeriod:
        break;
    }
}

void MapScene::scheduleRelayout()
{
    if (m_relayoutScheduled)
        return;
    m_relayoutScheduled = true;
    QTimer::singleShot(0, this, [this] {
        if (m_relayoutScheduled)
            relayout();
    });
}

void MapScene::relayout()
{
    m_relayoutScheduled = false;
    if (m_drag->isActive())
        return; // the cards under the pointer keep their place until the drop
    MapLayout::Measures measures;
    measures.cardHeight = [this](Id card, double width) {
        CardItem *item = m_cards.value(card);
        return item ? item->heightFor(width) : 40.0;
    };
    measures.widthOverride = m_widthPreview;
    if (m_textMode == CardFace::Text::Full) {
        // Every word of the stage and lane names: the header row and the rows grow to hold them.
        for (const Stage &stage : m_document->stages()) {
            if (StageHeaderItem *header = m_stageHeaders.value(stage.id))
                measures.headerHeight = std::max(measures.headerHeight,
                                                 header->neededHeight(m_widthPreview.value(stage.id, stage.width)));
        }
        measures.laneHeight = [this](Id lane) {
            LaneHeaderItem *header = m_laneHeaders.value(lane);
            return header ? header->neededHeight() : 0.0;
        };
    }
    m_layout.compute(*m_document, m_hiddenLanes, measures);

    QSet<Id> shown;
    for (const MapLayout::Row &row : m_layout.rows())
        shown.insert(row.lane);
    for (auto it = m_cards.constBegin(); it != m_cards.constEnd(); ++it) {
        const QRectF rect = m_layout.cardRect(it.key());
        const bool visible = !rect.isNull();
        (*it)->setVisible(visible);
        if (visible)
            (*it)->setRect(rect);
        if (const Card *card = m_document->card(it.key()))
            (*it)->setDimmed(!m_filter.matches(*card)); // its evidence may have changed
    }
    for (auto it = m_stageHeaders.constBegin(); it != m_stageHeaders.constEnd(); ++it) {
        (*it)->setRect(m_layout.stageHeaderRect(it.key()));
        (*it)->metricsChanged(); // its width decides what the tooltip must add
    }
    for (auto it = m_laneHeaders.constBegin(); it != m_laneHeaders.constEnd(); ++it) {
        (*it)->setVisible(shown.contains(it.key()));
        if (shown.contains(it.key())) {
            (*it)->setRect(m_layout.laneHeaderRect(it.key()));
            (*it)->updateToolTip();
        }
    }
    m_cornerItem->setHeight(m_layout.stageHeaderHeight());
    const QRectF bounds = m_layout.bounds();
    for (auto it = m_emotionLanes.constBegin(); it != m_emotionLanes.constEnd(); ++it) {
        const MapLayout::Row *row = m_layout.row(it.key());
        (*it)->setVisible(row);
        if (row)
            (*it)->setRect(QRectF(LaneHeaderWidth, row->y, bounds.width() - LaneHeaderWidth, row->height));
    }
    updateHeaderPositions();
    // Room for the "+" buttons beside and below the map.
    setSceneRect(bounds.adjusted(0, 0, AddButtonSize + 40, AddButtonSize + 40));
    update();
    emit laidOut();
}

void MapScene::previewStageWidth(Id stage, double width)
{
    m_widthPreview.insert(stage, width);
    relayout();
}

void MapScene::clearPreview()
{
    m_widthPreview.clear();
}

void MapScene::setHeaderOffset(const QPointF &offset)
{
    const QPointF clamped(std::max(0.0, offset.x()), std::max(0.0, offset.y()));
    if (clamped == m_headerOffset)
        return;
    m_headerOffset = clamped;
    updateHeaderPositions();
}

void MapScene::updateHeaderPositions()
{
    // Headers keep their natural rectangles and are shifted by their position, which is
    // cheap to change on every scroll step.
    for (StageHeaderItem *header : std::as_const(m_stageHeaders))
        header->setPos(0, m_headerOffset.y());
    for (LaneHeaderItem *header : std::as_const(m_laneHeaders))
        header->setPos(m_headerOffset.x(), 0);
    m_cornerItem->setPos(m_headerOffset);
    const QRectF bounds = m_layout.bounds();
    m_addStage->setPos(bounds.right() + 16, m_headerOffset.y() + (m_layout.stageHeaderHeight() - AddButtonSize) / 2);
    m_addLane->setPos(m_headerOffset.x() + (LaneHeaderWidth - AddButtonSize) / 2, bounds.bottom() + 16);
}

void MapScene::push(QUndoCommand *command)
{
    if (m_session)
        m_session->push(command);
    else
        delete command;
}

void MapScene::editText(const QRectF &rect, const QFont &font, const QString &text, bool multiLine,
                        std::function<void(const QString &)> commit)
{
    finishTextEditing();
    auto *editor = new InlineEditor(rect, font, text, multiLine);
    m_editor = editor;
    addItem(editor);
    editor->setFocus(Qt::OtherFocusReason);
    connect(editor, &InlineEditor::finished, this, [this, editor, text, commit = std::move(commit)](bool accepted) {
        const QString edited = editor->toPlainText();
        if (m_editor == editor)
            m_editor = nullptr;
        editor->hide();
        editor->deleteLater();
        if (accepted && edited != text)
            commit(edited);
    });
}

bool MapScene::isEditingText() const
{
    return m_editor;
}

void MapScene::finishTextEditing()
{
    if (m_editor)
        m_editor->clearFocus(); // focus-out commits
}

void MapScene::drawBackground(QPainter *painter, const QRectF &rect)
{
    painter->fillRect(rect, m_theme.background);
    const QRectF bounds = m_layout.bounds();
    const double headerHeight = m_layout.stageHeaderHeight();
    const QRectF cells(LaneHeaderWidth, headerHeight, bounds.width() - LaneHeaderWidth, bounds.height() - headerHeight);
    const QRectF visible = rect.intersected(cells);
    if (visible.isEmpty())
        return;
    for (int i = 0; i < m_layout.rows().size(); ++i) {
        const MapLayout::Row &row = m_layout.rows().at(i);
        const QRectF band(cells.left(), row.y, cells.width(), row.height);
        if (band.intersects(visible))
            painter->fillRect(band.intersected(visible), i % 2 ? m_theme.rowOdd : m_theme.rowEven);
    }
    painter->setPen(QPen(m_theme.gridLine, 1));
    for (const MapLayout::Column &column : m_layout.columns()) {
        const double x = column.x + column.width;
        if (x >= visible.left() && x <= visible.right())
            painter->drawLine(QLineF(x, visible.top(), x, visible.bottom()));
    }
    for (const MapLayout::Row &row : m_layout.rows()) {
        const double y = row.y + row.height;
        if (y >= visible.top() && y <= visible.bottom())
            painter->drawLine(QLineF(visible.left(), y, visible.right(), y));
    }
}

void MapScene::drawForeground(QPainter *, const QRectF &)
{
}

void MapScene::contextMenuEvent(QGraphicsSceneContextMenuEvent *event)
{
    const QList<QGraphicsItem *> under = items(event->scenePos());
    for (QGraphicsItem *item : under) {
        switch (item->type()) {
        case EmotionPointItemType:
            QGraphicsScene::contextMenuEvent(event); // the point has a menu of its own
            return;
        case CardItemType: {
            auto *card = static_cast<CardItem *>(item);
            if (!card->isSelected()) {
                clearSelection();
                card->setSelected(true);
            }
            card->setFocus(Qt::MouseFocusReason);
            emit contextMenuRequested({Entity::Card, card->cardId()}, 0, 0, event->screenPos());
            return;
        }
        case StageHeaderItemType:
        case LaneHeaderItemType: {
            auto *header = static_cast<HeaderItem *>(item);
            if (!header->isSelected()) {
                clearSelection();
                header->setSelected(true);
            }
            header->setFocus(Qt::MouseFocusReason);
            const Entity entity = item->type() == StageHeaderItemType ? Entity::Stage : Entity::Lane;
            emit contextMenuRequested({entity, header->elementId()}, 0, 0, event->screenPos());
            return;
        }
        default:
            break;
        }
    }
    const auto cell = m_layout.cellAt(event->scenePos());
    emit contextMenuRequested({}, cell ? cell->first : 0, cell ? cell->second : 0, event->screenPos());
}

void MapScene::mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event)
{
    for (QGraphicsItem *item : items(event->scenePos())) {
        if (item->type() != EmotionLaneItemType || event->button() != Qt::LeftButton) {
            if (item->type() >= CardItemType || item == m_editor) {
                QGraphicsScene::mouseDoubleClickEvent(event);
                return;
            }
        }
    }
    if (const auto cell = m_layout.cellAt(event->scenePos()); cell && event->button() == Qt::LeftButton) {
        const Lane *lane = m_document->lane(cell->second);
        if (lane && lane->kind == LaneKind::EmotionCurve) {
            QGraphicsScene::mouseDoubleClickEvent(event);
            return;
        }
        const QList<Id> &cards = m_document->cardsIn(cell->first, cell->second);
        emit cellActivated(cell->first, cell->second, m_layout.insertionIndex(cards, event->scenePos()));
        event->accept();
        return;
    }
    QGraphicsScene::mouseDoubleClickEvent(event);
}

void MapScene::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape && m_drag->isActive()) {
        if (QGraphicsItem *grabber = mouseGrabberItem())
            grabber->ungrabMouse();
        m_drag->cancel();
        return;
    }
    QGraphicsScene::keyPressEvent(event);
    // Arrows move between cards; with a header in focus they are left to the view, which
    // scrolls.
    const int key = event->key();
    const bool arrow = key == Qt::Key_Left || key == Qt::Key_Right || key == Qt::Key_Up || key == Qt::Key_Down;
    const QGraphicsItem *focus = focusItem();
    if (arrow && !event->isAccepted() && (event->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier
        && (!focus || focus->type() == CardItemType) && m_session) {
        event->accept();
        emit arrowKeyPressed(key);
    }
}

} // namespace Waymark
