#include "setemotionpointcommand.h"

#include "commandids.h"
#include "document/document.h"

#include <QCoreApplication>

namespace Waymark {

SetEmotionPointCommand::SetEmotionPointCommand(Document *document, const EmotionPoint &point, QUndoCommand *parent)
    : DocumentCommand(document, QCoreApplication::translate("Waymark", "Change Emotion"), parent)
    , m_new(point)
{
    m_new.score = std::clamp(point.score, EmotionPoint::MinScore, EmotionPoint::MaxScore);
    if (const EmotionPoint *old = document->emotionPoint(point.persona, point.stage))
        m_old = *old;
}

int SetEmotionPointCommand::id() const
{
    return SetEmotionPointCommandId;
}

bool SetEmotionPointCommand::merge(const DocumentCommand *other)
{
    const auto *next = static_cast<const SetEmotionPointCommand *>(other);
    if (!next->m_mergeable || next->m_new.persona != m_new.persona || next->m_new.stage != m_new.stage)
        return false;
    m_new = next->m_new;
    setObsolete(m_old && *m_old == m_new);
    return true;
}

void SetEmotionPointCommand::apply()
{
    document()->setEmotionPoint(m_new);
}

void SetEmotionPointCommand::revert()
{
    if (m_old)
        document()->setEmotionPoint(*m_old);
    else
        document()->removeEmotionPoint(m_new.persona, m_new.stage);
}

} // namespace Waymark
