#include "mapscene.h"

#include "carditem.h"
#include "document/document.h"
#include "editor/mapsession.h"
#include "editor/selection.h"
#include "laneheaderitem.h"
#include "stageheaderitem.h"

// What MapScene shares with the session's selection: the items selected on the canvas and the
// elements selected elsewhere kept in step, the cell a new card goes to, the persona new
// emotion points are for.

namespace Waymark {

Id MapScene::emotionPersona() const
{
    const auto usable = [this](Id persona) { return persona && m_document->persona(persona) && m_filter.showsPersona(persona); };
    if (usable(m_emotionPersona))
        return m_emotionPersona;
    if (usable(m_filter.persona))
        return m_filter.persona;
    if (m_session) {
        for (const Id persona : m_session->selection()->ids(Entity::Persona)) {
            if (usable(persona))
                return persona;
        }
    }
    return 0;
}

void MapScene::setEmotionPersona(Id persona)
{
    m_emotionPersona = persona;
    for (LaneHeaderItem *header : std::as_const(m_laneHeaders))
        header->update();
}

std::optional<std::pair<Id, Id>> MapScene::targetCell() const
{
    if (!m_session)
        return std::nullopt;
    const Selection *selection = m_session->selection();
    const ElementRef current = selection->current();
    const auto usableLane = [this](Id preferred) -> Id {
        const Lane *lane = m_document->lane(preferred);
        if (lane && lane->kind != LaneKind::EmotionCurve && !m_hiddenLanes.contains(preferred))
            return preferred;
        for (const MapLayout::Row &row : m_layout.rows()) {
            if (row.kind != LaneKind::EmotionCurve)
                return row.lane;
        }
        return 0;
    };
    if (current.entity == Entity::Card) {
        if (const Card *card = m_document->card(current.id))
            return std::pair(card->stage, card->lane);
    }
    if (current.entity == Entity::Stage && m_document->stage(current.id)) {
        if (const Id lane = usableLane(0))
            return std::pair(current.id, lane);
    }
    if (current.entity == Entity::Lane && !m_document->stages().isEmpty()) {
        if (const Id lane = usableLane(current.id); lane == current.id)
            return std::pair(m_document->stages().first().id, lane);
    }
    return std::nullopt;
}

void MapScene::syncSelectionToSession()
{
    if (!m_session || m_syncingSelection)
        return;
    QList<ElementRef> elements;
    for (QGraphicsItem *item : selectedItems()) {
        switch (item->type()) {
        case CardItemType: elements.append({Entity::Card, static_cast<CardItem *>(item)->cardId()}); break;
        case StageHeaderItemType: elements.append({Entity::Stage, static_cast<StageHeaderItem *>(item)->elementId()}); break;
        case LaneHeaderItemType: elements.append({Entity::Lane, static_cast<LaneHeaderItem *>(item)->elementId()}); break;
        default: break;
        }
    }
    ElementRef current;
    if (QGraphicsItem *focus = focusItem()) {
        if (focus->type() == CardItemType)
            current = {Entity::Card, static_cast<CardItem *>(focus)->cardId()};
        else if (focus->type() == StageHeaderItemType)
            current = {Entity::Stage, static_cast<StageHeaderItem *>(focus)->elementId()};
        else if (focus->type() == LaneHeaderItemType)
            current = {Entity::Lane, static_cast<LaneHeaderItem *>(focus)->elementId()};
    }
    // Personas have no item on the canvas: keep them selected alongside.
    for (const Id persona : m_session->selection()->ids(Entity::Persona)) {
        if (elements.isEmpty())
            elements.append({Entity::Persona, persona});
    }
    m_syncingSelection = true;
    m_session->selection()->set(elements, current);
    m_syncingSelection = false;
}

void MapScene::syncSelectionFromSession()
{
    if (!m_session || m_syncingSelection)
        return;
    m_syncingSelection = true;
    const Selection *selection = m_session->selection();
    for (auto it = m_cards.constBegin(); it != m_cards.constEnd(); ++it)
        (*it)->setSelected(selection->contains({Entity::Card, it.key()}));
    for (auto it = m_stageHeaders.constBegin(); it != m_stageHeaders.constEnd(); ++it)
        (*it)->setSelected(selection->contains({Entity::Stage, it.key()}));
    for (auto it = m_laneHeaders.constBegin(); it != m_laneHeaders.constEnd(); ++it)
        (*it)->setSelected(selection->contains({Entity::Lane, it.key()}));
    const ElementRef current = selection->current();
    if (current.entity == Entity::Card) {
        if (CardItem *item = m_cards.value(current.id))
            item->setFocus(Qt::OtherFocusReason);
    }
    m_syncingSelection = false;
    if (selection->elements().size() == 1)
        emit selectedElsewhere(selection->elements().constFirst());
}

} // namespace Waymark
