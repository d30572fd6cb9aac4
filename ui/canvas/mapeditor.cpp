#include "mapeditor.h"

#include "app/messagebox.h"
#include "cardclipboard.h"
#include "carditem.h"
#include "commands/addcardcommand.h"
#include "commands/addcommand.h"
#include "commands/documentcommand.h"
#include "commands/removecardcommand.h"
#include "commands/removecommand.h"
#include "commands/setemotionpointcommand.h"
#include "commands/setvaluecommand.h"
#include "document/document.h"
#include "emotionlaneitem.h"
#include "emotionscale.h"
#include "editor/mapsession.h"
#include "editor/selection.h"
#include "laneheaderitem.h"
#include "mapscene.h"
#include "mapview.h"
#include "model/carddefaults.h"
#include "stageheaderitem.h"

#include <QApplication>
#include <QClipboard>
#include <QColorDialog>
#include <QKeyEvent>
#include <QPushButton>
#include <QMenu>
#include <QMessageBox>

#include <climits>

using namespace Qt::StringLiterals;

namespace Waymark {

MapEditor::MapEditor(MapSession *session, MapScene *scene, MapView *view, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_scene(scene)
    , m_view(view)
{
    connect(session->selection(), &Selection::changed, this, &MapEditor::actionsChanged);
    connect(QApplication::clipboard(), &QClipboard::dataChanged, this, &MapEditor::actionsChanged);
    connect(scene, &MapScene::contextMenuRequested, this, &MapEditor::showContextMenu);
    connect(scene, &MapScene::cellActivated, this, [this](Id stage, Id lane, int position) { addCard(stage, lane, position); });
    connect(scene, &MapScene::addStageRequested, this, &MapEditor::addStage);
    connect(scene, &MapScene::addLaneRequested, this, [this](int index) { addLane(index); });
    connect(scene, &MapScene::arrowKeyPressed, this, &MapEditor::moveFocus);
    // Picked in the outline or the roadmap: scrolled into sight on the canvas.
    connect(scene, &MapScene::selectedElsewhere, this, [this](const ElementRef &element) {
        switch (element.entity) {
        case Entity::Card: m_view->reveal(m_scene->cardItem(element.id)); break;
        case Entity::Stage: m_view->reveal(m_scene->stageHeader(element.id)); break;
        case Entity::Lane: m_view->reveal(m_scene->laneHeader(element.id)); break;
        default: break;
        }
    });
}

QWidget *MapEditor::dialogParent() const
{
    return m_view->window();
}

QList<Id> MapEditor::selectedCards() const
{
    const Document *doc = m_session->document();
    QList<Id> cards = m_session->selection()->ids(Entity::Card);
    std::sort(cards.begin(), cards.end(), [doc](Id a, Id b) {
        const Card *x = doc->card(a);
        const Card *y = doc->card(b);
        return std::tuple(doc->stageIndex(x->stage), doc->laneIndex(x->lane), x->position)
            < std::tuple(doc->stageIndex(y->stage), doc->laneIndex(y->lane), y->position);
    });
    return cards;
}

void MapEditor::addStage(int index)
{
    Document *doc = m_session->document();
    Stage stage;
    stage.name = tr("New stage");
    auto *command = new AddStageCommand(doc, index, stage);
    if (!m_session->push(command))
        return; // not written (and deleted); the session has said why
    const Id id = command->addedId();
    m_scene->relayout();
    // Added at the end, as with the "+": that button is now beyond the new stage, and stays
    // in sight for adding the next one.
    if (doc->stages().last().id == id) {
        if (StageHeaderItem *header = m_scene->stageHeader(id))
            m_view->revealHeader(header->sceneBoundingRect().adjusted(0, 0, CanvasMetrics::AddButtonSize + 30, 0), Qt::Horizontal, 0);
    }
    m_session->selection()->select({Entity::Stage, id});
    rename(); // straight into typing its name
}

void MapEditor::addLane(int index, LaneKind kind)
{
    Lane lane;
    lane.kind = kind;
    lane.name = labelOf(kind);
    auto *command = new AddLaneCommand(m_session->document(), index, lane);
    if (!m_session->push(command))
        return;
    m_scene->relayout();
    m_session->selection()->select({Entity::Lane, command->addedId()});
    rename();
}

void MapEditor::addCard(Id stage, Id lane, int position, std::optional<CardKind> kind)
{
    Document *doc = m_session->document();
    const Lane *l = doc->lane(lane);
    if (!l || !doc->stage(stage) || l->kind == LaneKind::EmotionCurve || doc->isReadOnly())
        return;
    const Card card = newCardIn(*l, stage, position, kind);
    auto *command = new AddCardCommand(doc, card);
    if (!m_session->push(command))
        return;
    const Id id = command->addedId();
    m_scene->relayout();
    m_session->selection()->select({Entity::Card, id});
    if (CardItem *item = m_scene->cardItem(id)) {
        m_view->revealInCells(item->sceneBoundingRect(), 40);
        // Straight into typing the title, as with a sticky note.
        const QRectF area = item->mapRectToScene(item->titleRect()).adjusted(-3, -2, 3, 2);
        m_scene->editText(area, m_scene->theme().titleFont, {}, false, [this, id](const QString &text) {
            if (m_session && m_session->document()->card(id))
                m_session->push(new SetValueCommand(m_session->document(), fieldRef(id, CardField::Title), text));
        });
    }
}

bool MapEditor::addCardAtSelection(std::optional<CardKind> kind)
{
    const auto cell = m_scene->targetCell();
    if (!cell)
        return false;
    int position = int(m_session->document()->cardsIn(cell->first, cell->second).size());
    const ElementRef current = m_session->selection()->current();
    if (current.entity == Entity::Card)
        position = m_session->document()->card(current.id)->position + 1;
    addCard(cell->first, cell->second, position, kind);
    return true;
}

bool MapEditor::canDelete() const
{
    if (!m_session || m_session->document()->isReadOnly())
        return false;
    const Selection *selection = m_session->selection();
    const Document *doc = m_session->document();
    if (!selection->ids(Entity::Card).isEmpty())
        return true;
    // A map keeps at least one stage and one lane.
    const auto stages = selection->ids(Entity::Stage).size();
    const auto lanes = selection->ids(Entity::Lane).size();
    return (stages > 0 && stages < doc->stages().size()) || (lanes > 0 && lanes < doc->lanes().size());
}

bool MapEditor::confirmDeleting(const QString &what, int cards)
{
    if (cards == 0)
        return true;
    QMessageBox box(QMessageBox::Question, tr("Delete %1").arg(what), QString(), QMessageBox::NoButton, dialogParent());
    // `what` may hold a name from the file: plain text.
    MessageBox::setText(box, tr("Delete %1 with the %n card(s) it holds?", nullptr, cards).arg(what),
                        tr("You can undo this with %1.").arg(QKeySequence(QKeySequence::Undo).toString(QKeySequence::NativeText)));
    QPushButton *remove = box.addButton(tr("Delete"), QMessageBox::DestructiveRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == remove;
}

void MapEditor::deleteStages(const QList<Id> &stages)
{
    Document *doc = m_session->document();
    if (stages.isEmpty() || stages.size() >= doc->stages().size())
        return;
    int cards = 0;
    for (const Id stage : stages)
        cards += int(doc->cardsOfStage(stage).size());
    const QString what = stages.size() == 1 ? u"\u201c%1\u201d"_s.arg(doc->stage(stages.first())->name)
                                            : tr("%n stages", nullptr, int(stages.size()));
    if (!confirmDeleting(what, cards))
        return;
    auto *command = new DocumentCommand(doc, stages.size() == 1 ? tr("Delete Stage") : tr("Delete %n Stages", nullptr, int(stages.size())));
    for (const Id stage : stages)
        new RemoveStageCommand(doc, stage, command);
    m_session->push(command);
}

void MapEditor::deleteLanes(const QList<Id> &lanes)
{
    Document *doc = m_session->document();
    if (lanes.isEmpty() || lanes.size() >= doc->lanes().size())
        return;
    int cards = 0;
    for (const Id lane : lanes)
        cards += int(doc->cardsOfLane(lane).size());
    const QString what = lanes.size() == 1 ? u"\u201c%1\u201d"_s.arg(doc->lane(lanes.first())->name)
                                           : tr("%n lanes", nullptr, int(lanes.size()));
    if (!confirmDeleting(what, cards))
        return;
    auto *command = new DocumentCommand(doc, lanes.size() == 1 ? tr("Delete Lane") : tr("Delete %n Lanes", nullptr, int(lanes.size())));
    for (const Id lane : lanes)
        new RemoveLaneCommand(doc, lane, command);
    m_session->push(command);
}

void MapEditor::deleteSelection()
{
    if (!canDelete())
        return;
    Document *doc = m_session->document();
    const Selection *selection = m_session->selection();
    const QList<Id> cards = selection->ids(Entity::Card);
    if (!cards.isEmpty()) {
        auto *command = new DocumentCommand(doc, cards.size() == 1 ? tr("Delete Card") : tr("Delete %n Cards", nullptr, int(cards.size())));
        RemoveCardCommand::addChildren(doc, cards, command);
        m_session->push(command);
        return;
    }
    if (!selection->ids(Entity::Stage).isEmpty())
        deleteStages(selection->ids(Entity::Stage));
    else
        deleteLanes(selection->ids(Entity::Lane));
}

bool MapEditor::canCopy() const
{
    return m_session && !m_session->selection()->ids(Entity::Card).isEmpty();
}

void MapEditor::copy()
{
    QList<Card> cards;
    for (const Id id : selectedCards())
        cards.append(*m_session->document()->card(id));
    if (!cards.isEmpty())
        QApplication::clipboard()->setMimeData(CardClipboard::mimeData(cards, m_session->document()->path()));
}

void MapEditor::cut()
{
    if (!canCopy() || m_session->document()->isReadOnly())
        return;
    copy();
    Document *doc = m_session->document();
    const QList<Id> cards = selectedCards();
    auto *command = new DocumentCommand(doc, cards.size() == 1 ? tr("Cut Card") : tr("Cut %n Cards", nullptr, int(cards.size())));
    RemoveCardCommand::addChildren(doc, cards, command);
    m_session->push(command);
}

bool MapEditor::canPaste() const
{
    return m_session && !m_session->document()->isReadOnly() && CardClipboard::canPaste(QApplication::clipboard()->mimeData())
        && m_scene->targetCell().has_value();
}

void MapEditor::paste()
{
    const auto cell = m_scene->targetCell();
    if (!cell)
        return;
    int position = int(m_session->document()->cardsIn(cell->first, cell->second).size());
    const ElementRef current = m_session->selection()->current();
    if (current.entity == Entity::Card)
        position = m_session->document()->card(current.id)->position + 1;
    pasteInto(cell->first, cell->second, position);
}

void MapEditor::pasteInto(Id stage, Id lane, int position)
{
    const Lane *l = m_session->document()->lane(lane);
    if (!l || l->kind == LaneKind::EmotionCurve)
        return;
    QList<Card> cards = CardClipboard::cards(QApplication::clipboard()->mimeData(), defaultCardKind(l->kind),
                                             m_session->document()->path());
    addCardsTo(stage, lane, position, cards, cards.size() == 1 ? tr("Paste Card") : tr("Paste %n Cards", nullptr, int(cards.size())));
}

void MapEditor::addCardsTo(Id stage, Id lane, int position, QList<Card> cards, const QString &text)
{
    if (cards.isEmpty())
        return;
    Document *doc = m_session->document();
    auto *command = new DocumentCommand(doc, text);
    QList<AddCardCommand *> added;
    for (Card &card : cards) {
        card.id = 0;
        card.stage = stage;
        card.lane = lane;
        card.position = position++;
        // Persona tags copied from this map: of those, the personas still in it.
        QList<Id> tags;
        for (const Id persona : card.personas) {
            if (doc->persona(persona))
                tags.append(persona);
        }
        card.personas = tags;
        added.append(new AddCardCommand(doc, card, command));
    }
    if (!m_session->push(command))
        return; // the children went with it
    QList<ElementRef> selection;
    for (const AddCardCommand *add : std::as_const(added))
        selection.append({Entity::Card, add->addedId()});
    m_scene->relayout();
    m_session->selection()->set(selection);
}

void MapEditor::duplicate()
{
    const QList<Id> ids = selectedCards();
    if (ids.isEmpty() || m_session->document()->isReadOnly())
        return;
    // Each copy right after its original's cell group: simplest is after the last selected card.
    const Card *last = m_session->document()->card(ids.last());
    QList<Card> cards;
    for (const Id id : ids)
        cards.append(*m_session->document()->card(id));
    addCardsTo(last->stage, last->lane, last->position + 1, cards,
               cards.size() == 1 ? tr("Duplicate Card") : tr("Duplicate %n Cards", nullptr, int(cards.size())));
}

void MapEditor::selectAll()
{
    QList<ElementRef> all;
    for (const Stage &stage : m_session->document()->stages()) {
        for (const Id id : m_session->document()->cardsOfStage(stage.id)) {
            if (m_scene->cardItem(id) && m_scene->cardItem(id)->isVisible())
                all.append({Entity::Card, id});
        }
    }
    m_session->selection()->set(all);
}

void MapEditor::rename()
{
    const ElementRef current = m_session->selection()->current();
    QGraphicsItem *item = nullptr;
    if (current.entity == Entity::Card)
        item = m_scene->cardItem(current.id);
    else if (current.entity == Entity::Stage)
        item = m_scene->stageHeader(current.id);
    else if (current.entity == Entity::Lane)
        item = m_scene->laneHeader(current.id);
    if (!item)
        return;
    if (current.entity == Entity::Card)
        m_view->revealInCells(item->sceneBoundingRect(), 40);
    else
        m_view->revealHeader(item->sceneBoundingRect(), current.entity == Entity::Stage ? Qt::Horizontal : Qt::Vertical);
    // The items rename themselves on F2, like a double-click.
    QKeyEvent f2(QEvent::KeyPress, Qt::Key_F2, Qt::NoModifier);
    item->setFocus();
    m_scene->sendEvent(item, &f2);
}

void MapEditor::setKind(CardKind kind)
{
    const QList<Id> cards = selectedCards();
    if (cards.isEmpty())
        return;
    Document *doc = m_session->document();
    auto *command = new DocumentCommand(doc, tr("Change Kind"));
    for (const Id id : cards)
        new SetValueCommand(doc, fieldRef(id, CardField::Kind), keyOf(kind), command);
    m_session->push(command);
}

void MapEditor::setEvidence(Evidence evidence)
{
    const QList<Id> cards = selectedCards();
    if (cards.isEmpty())
        return;
    Document *doc = m_session->document();
    auto *command = new DocumentCommand(doc, tr("Change Evidence"));
    for (const Id id : cards)
        new SetValueCommand(doc, fieldRef(id, CardField::Evidence), keyOf(evidence), command);
    m_session->push(command);
}

void MapEditor::moveFocus(int key)
{
    const Document *doc = m_session->document();
    const MapLayout &layout = m_scene->mapLayout();
    const ElementRef current = m_session->selection()->current();
    const Card *card = current.entity == Entity::Card ? doc->card(current.id) : nullptr;
    const auto select = [this](Id id) {
        if (!id)
            return;
        m_session->selection()->select({Entity::Card, id});
        if (CardItem *item = m_scene->cardItem(id))
            m_view->revealInCells(item->sceneBoundingRect());
    };
    if (!card) {
        for (const MapLayout::Column &column : layout.columns()) {
            for (const MapLayout::Row &row : layout.rows()) {
                if (!doc->cardsIn(column.stage, row.lane).isEmpty())
                    return select(doc->cardsIn(column.stage, row.lane).first());
            }
        }
        return;
    }
    const QRectF here = layout.cardRect(card->id);
    const QList<Id> &cell = doc->cardsIn(card->stage, card->lane);
    if (key == Qt::Key_Up && card->position > 0)
        return select(cell.at(card->position - 1));
    if (key == Qt::Key_Down && card->position + 1 < cell.size())
        return select(cell.at(card->position + 1));

    // Across cells: the nearest card in the neighbouring column or row that has any.
    const auto &columns = layout.columns();
    const auto &rows = layout.rows();
    int columnIndex = 0;
    int rowIndex = 0;
    while (columnIndex < columns.size() && columns.at(columnIndex).stage != card->stage)
        ++columnIndex;
    while (rowIndex < rows.size() && rows.at(rowIndex).lane != card->lane)
        ++rowIndex;
    const int dc = key == Qt::Key_Left ? -1 : key == Qt::Key_Right ? 1 : 0;
    const int dr = key == Qt::Key_Up ? -1 : key == Qt::Key_Down ? 1 : 0;
    for (int c = columnIndex + dc, r = rowIndex + dr; c >= 0 && c < columns.size() && r >= 0 && r < rows.size(); c += dc, r += dr) {
        const QList<Id> &cards = doc->cardsIn(columns.at(c).stage, rows.at(r).lane);
        if (cards.isEmpty())
            continue;
        if (dr != 0)
            return select(dr > 0 ? cards.first() : cards.last());
        Id best = cards.first();
        double distance = 1e9;
        for (const Id id : cards) {
            const double d = std::abs(layout.cardRect(id).center().y() - here.center().y());
            if (d < distance) {
                distance = d;
                best = id;
            }
        }
        return select(best);
    }
}

void MapEditor::fillCellMenu(QMenu *menu, Id stage, Id lane, int position)
{
    const Document *doc = m_session->document();
    const Lane *l = doc->lane(lane);
    if (!l || !doc->stage(stage) || l->kind == LaneKind::EmotionCurve)
        return;
    for (const CardKind kind : allValues<CardKind>()) {
        menu->addAction(tr("Add %1 Here").arg(labelOf(kind)), this, [this, stage, lane, position, kind] {
            addCard(stage, lane, position, kind);
        });
    }
    QAction *paste = menu->addAction(tr("Paste Here"), this, [this, stage, lane, position] { pasteInto(stage, lane, position); });
    paste->setEnabled(CardClipboard::canPaste(QApplication::clipboard()->mimeData()));
    menu->addSeparator();
}

void MapEditor::fillEmotionMenu(QMenu *menu, Id stage, Id lane, const QPointF &scenePos)
{
    const Document *doc = m_session->document();
    const EmotionLaneItem *item = m_scene->emotionLane(lane);
    if (!item || !doc->stage(stage) || doc->personas().isEmpty())
        return;
    const QRectF r = item->rect();
    const int score = int(std::clamp(std::round(EmotionScale::scoreAt(scenePos.y(), r.top(), r.height())), -5.0, 5.0));
    const QString value = score > 0 ? u"+%1"_s.arg(score) : QString::number(score);
    for (const Persona &persona : doc->personas()) {
        const EmotionPoint *point = doc->emotionPoint(persona.id, stage);
        const QString text = point ? tr("Move %1’s Point to %2").arg(persona.name, value) : tr("Add Point for %1 at %2").arg(persona.name, value);
        QAction *action = menu->addAction(text, this, [this, persona = persona.id, stage, score] {
            const EmotionPoint *existing = m_session->document()->emotionPoint(persona, stage);
            m_session->push(new SetEmotionPointCommand(m_session->document(), {persona, stage, score, existing ? existing->note : QString()}));
        });
        action->setEnabled(!point || point->score != score);
    }
    menu->addSeparator();
}

void MapEditor::showContextMenu(const ElementRef &element, Id stage, Id lane, const QPoint &screenPos)
{
    if (!m_session || m_session->document()->isReadOnly())
        return;
    Document *doc = m_session->document();
    QMenu menu(dialogParent());
    switch (element.entity) {
    case Entity::Card: {
        const Card *card = doc->card(element.id);
        if (!card)
            return;
        menu.addAction(tr("Edit Title"), this, &MapEditor::rename);
        QMenu *kinds = menu.addMenu(tr("Kind"));
        for (const CardKind kind : allValues<CardKind>()) {
            QAction *action = kinds->addAction(labelOf(kind), this, [this, kind] { setKind(kind); });
            action->setCheckable(true);
            action->setChecked(card->kind == kind);
        }
        QMenu *evidence = menu.addMenu(tr("Evidence"));
        for (const Evidence value : allValues<Evidence>()) {
            QAction *action = evidence->addAction(labelOf(value), this, [this, value] { setEvidence(value); });
            action->setCheckable(true);
            action->setChecked(card->evidence == value);
        }
        menu.addSeparator();
        menu.addAction(tr("Cut"), this, &MapEditor::cut);
        menu.addAction(tr("Copy"), this, &MapEditor::copy);
        menu.addAction(tr("Duplicate"), this, &MapEditor::duplicate);
        menu.addSeparator();
        menu.addAction(tr("Delete"), this, &MapEditor::deleteSelection);
        break;
    }
    case Entity::Stage: {
        const int index = doc->stageIndex(element.id);
        menu.addAction(tr("Rename Stage"), this, &MapEditor::rename);
        menu.addAction(tr("Colour…"), this, [this, id = element.id] {
            const QColor colour = QColorDialog::getColor(m_session->document()->stageColor(id),
                                                         dialogParent(), tr("Stage Colour"));
            if (colour.isValid())
                m_session->push(new SetValueCommand(m_session->document(), fieldRef(id, StageField::Color), colour));
        });
        menu.addSeparator();
        menu.addAction(tr("Insert Stage Before"), this, [this, index] { addStage(index); });
        menu.addAction(tr("Insert Stage After"), this, [this, index] { addStage(index + 1); });
        menu.addSeparator();
        QAction *remove = menu.addAction(tr("Delete Stage"), this, [this, id = element.id] { deleteStages({id}); });
        remove->setEnabled(doc->stages().size() > 1);
        break;
    }
    case Entity::Lane: {
        const Lane *l = doc->lane(element.id);
        const int index = doc->laneIndex(element.id);
        menu.addAction(tr("Rename Lane"), this, &MapEditor::rename);
        QMenu *kinds = menu.addMenu(tr("Kind"));
        for (const LaneKind kind : allValues<LaneKind>()) {
            QAction *action = kinds->addAction(labelOf(kind), this, [this, id = element.id, kind] {
                m_session->push(new SetValueCommand(m_session->document(), fieldRef(id, LaneField::Kind), keyOf(kind)));
            });
            action->setCheckable(true);
            action->setChecked(l->kind == kind);
        }
        menu.addAction(tr("Hide Lane"), this, [this, id = element.id] { m_scene->setLaneHidden(id, true); });
        menu.addSeparator();
        menu.addAction(tr("Insert Lane Above"), this, [this, index] { addLane(index); });
        menu.addAction(tr("Insert Lane Below"), this, [this, index] { addLane(index + 1); });
        menu.addSeparator();
        QAction *remove = menu.addAction(tr("Delete Lane"), this, [this, id = element.id] { deleteLanes({id}); });
        remove->setEnabled(doc->lanes().size() > 1);
        break;
    }
    default: {
        if (stage && lane) {
            const QPointF scenePos = m_view->mapToScene(m_view->viewport()->mapFromGlobal(screenPos));
            fillEmotionMenu(&menu, stage, lane, scenePos);
            fillCellMenu(&menu, stage, lane, m_scene->mapLayout().insertionIndex(doc->cardsIn(stage, lane), scenePos));
        }
        menu.addAction(tr("Add Stage"), this, [this] { addStage(int(m_session->document()->stages().size())); });
        menu.addAction(tr("Add Lane"), this, [this] { addLane(int(m_session->document()->lanes().size())); });
        break;
    }
    }
    menu.exec(screenPos);
}

} // namespace Waymark
