#include "removeemotionpointcommand.h"

#include "document/document.h"

#include <QCoreApplication>

namespace Waymark {

RemoveEmotionPointCommand::RemoveEmotionPointCommand(Document *document, Id persona, Id stage, QUndoCommand *parent)
    : DocumentCommand(document, QCoreApplication::translate("Waymark", "Remove Emotion Point"), parent)
    , m_point{persona, stage, 0, {}}
{
}

void RemoveEmotionPointCommand::apply()
{
    if (const EmotionPoint *point = document()->emotionPoint(m_point.persona, m_point.stage)) {
        m_point = *point;
        document()->removeEmotionPoint(m_point.persona, m_point.stage);
    }
}

void RemoveEmotionPointCommand::revert()
{
    document()->setEmotionPoint(m_point);
}

} // namespace Waymark
