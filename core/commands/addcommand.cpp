#include "addcommand.h"

#include "document/document.h"
#include "model/defaultcolors.h"
#include "stagecolors.h"

#include <QCoreApplication>

namespace Waymark {

template<typename T>
AddCommand<T>::AddCommand(Document *document, int index, const T &value, QUndoCommand *parent)
    : DocumentCommand(document, QCoreApplication::translate("Waymark", "Add %1").arg(entityName(EntityTraits<T>::entity)),
                      parent)
    , m_index(index)
    , m_value(value)
{
    if constexpr (std::is_same_v<T, Stage>) {
        // Its colour is chosen now and kept: the stages after it keep theirs too.
        StageColors::keepShown(document, this);
        if (!m_value.color.isValid()) {
            const auto &stages = document->stages();
            const int at = std::clamp(index, 0, int(stages.size()));
            m_value.color = newStageColor(at, at > 0 ? document->stageColor(stages.at(at - 1).id) : QColor(),
                                          at < stages.size() ? document->stageColor(stages.at(at).id) : QColor());
        }
    }
}

template<typename T>
void AddCommand<T>::apply()
{
    Document &doc = *document();
    if constexpr (std::is_same_v<T, Stage>)
        m_value.id = doc.insertStage(m_index, m_value);
    else if constexpr (std::is_same_v<T, Lane>)
        m_value.id = doc.insertLane(m_index, m_value);
    else if constexpr (std::is_same_v<T, Persona>)
        m_value.id = doc.insertPersona(m_index, m_value);
    else
        m_value.id = doc.insertBusinessPeriod(m_index, m_value);
}

template<typename T>
void AddCommand<T>::revert()
{
    Document &doc = *document();
    if constexpr (std::is_same_v<T, Stage>)
        doc.removeStage(m_value.id);
    else if constexpr (std::is_same_v<T, Lane>)
        doc.removeLane(m_value.id);
    else if constexpr (std::is_same_v<T, Persona>)
        doc.removePersona(m_value.id);
    else
        doc.removeBusinessPeriod(m_value.id);
}

template class AddCommand<Stage>;
template class AddCommand<Lane>;
template class AddCommand<Persona>;
template class AddCommand<BusinessPeriod>;

} // namespace Waymark
