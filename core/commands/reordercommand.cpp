#include "reordercommand.h"

#include "document/document.h"
#include "stagecolors.h"

#include <QCoreApplication>

namespace Waymark {

ReorderCommand::ReorderCommand(Document *document, Entity entity, int from, int to, QUndoCommand *parent)
    : DocumentCommand(document, QCoreApplication::translate("Waymark", "Move %1").arg(entityName(entity)), parent)
    , m_entity(entity)
    , m_from(from)
    , m_to(to)
{
    Q_ASSERT(entity != Entity::Map && entity != Entity::Card);
    if (entity == Entity::Stage)
        StageColors::keepShown(document, this); // colours go with their stages
}

void ReorderCommand::move(int from, int to)
{
    Document &doc = *document();
    switch (m_entity) {
    case Entity::Stage: doc.moveStage(from, to); break;
    case Entity::Lane: doc.moveLane(from, to); break;
    case Entity::Persona: doc.movePersona(from, to); break;
    case Entity::BusinessPeriod: doc.moveBusinessPeriod(from, to); break;
    case Entity::Map:
    case Entity::Card:
        break;
    }
}

void ReorderCommand::apply()
{
    move(m_from, m_to);
}

void ReorderCommand::revert()
{
    move(m_to, m_from);
}

} // namespace Waymark
