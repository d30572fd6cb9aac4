#include "removecommand.h"

#include "document/document.h"
#include "removecardcommand.h"
#include "removeemotionpointcommand.h"
#include "removeresponsescommand.h"
#include "setcardpersonascommand.h"
#include "stagecolors.h"

#include <QCoreApplication>

namespace Waymark {

template<typename T>
RemoveCommand<T>::RemoveCommand(Document *document, Id id, QUndoCommand *parent)
    : DocumentCommand(document,
                      QCoreApplication::translate("Waymark", "Delete %1").arg(entityName(EntityTraits<T>::entity)),
                      parent)
{
    m_value.id = id;
}

// Children run first on redo and last on undo: what hangs on the row goes before it. They are
// made on the first redo, from what hangs on it then: in a compound edit the siblings before
// may have taken some of it already (a card in a deleted stage and a deleted lane).
template<typename T>
void RemoveCommand<T>::prepare()
{
    Document *document = this->document();
    const Id id = m_value.id;
    if constexpr (std::is_same_v<T, Stage>) {
        new RemoveResponsesCommand(document, id, this);
        RemoveCardCommand::addChildren(document, document->cardsOfStage(id), this);
        for (const EmotionPoint &point : document->emotionPointsAt(id))
            new RemoveEmotionPointCommand(document, point.persona, id, this);
        StageColors::keepShown(document, this); // the stages after it keep their colours
    } else if constexpr (std::is_same_v<T, Lane>) {
        RemoveCardCommand::addChildren(document, document->cardsOfLane(id), this);
    } else if constexpr (std::is_same_v<T, Persona>) {
        for (const Id card : document->cardsTagged(id)) {
            QList<Id> tags = document->card(card)->personas;
            tags.removeAll(id);
            new SetCardPersonasCommand(document, card, tags, this);
        }
        for (const EmotionPoint &point : document->emotionPointsOf(id))
            new RemoveEmotionPointCommand(document, id, point.stage, this);
    }
}

template<typename T>
void RemoveCommand<T>::apply()
{
    Document &doc = *document();
    if constexpr (std::is_same_v<T, Stage>) {
        m_index = doc.stageIndex(m_value.id);
        m_value = doc.stages().at(m_index);
        doc.removeStage(m_value.id);
    } else if constexpr (std::is_same_v<T, Lane>) {
        m_index = doc.laneIndex(m_value.id);
        m_value = doc.lanes().at(m_index);
        doc.removeLane(m_value.id);
    } else if constexpr (std::is_same_v<T, Persona>) {
        m_index = doc.personaIndex(m_value.id);
        m_value = doc.personas().at(m_index);
        doc.removePersona(m_value.id);
    } else {
        m_index = doc.businessPeriodIndex(m_value.id);
        m_value = doc.businessPeriods().at(m_index);
        doc.removeBusinessPeriod(m_value.id);
    }
}

template<typename T>
void RemoveCommand<T>::revert()
{
    Document &doc = *document();
    if constexpr (std::is_same_v<T, Stage>)
        doc.insertStage(m_index, m_value);
    else if constexpr (std::is_same_v<T, Lane>)
        doc.insertLane(m_index, m_value);
    else if constexpr (std::is_same_v<T, Persona>)
        doc.insertPersona(m_index, m_value);
    else
        doc.insertBusinessPeriod(m_index, m_value);
}

template class RemoveCommand<Stage>;
template class RemoveCommand<Lane>;
template class RemoveCommand<Persona>;
template class RemoveCommand<BusinessPeriod>;

} // namespace Waymark
