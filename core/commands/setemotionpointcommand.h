#pragma once

#include "documentcommand.h"

#include "model/emotionpoint.h"

#include <optional>

namespace Waymark {

// Sets (or adds) a persona's emotion at a stage: its score and note. Mergeable changes of the
// same point (dragging it up and down) become one undo step.
class SetEmotionPointCommand : public DocumentCommand
{
public:
    SetEmotionPointCommand(Document *document, const EmotionPoint &point, QUndoCommand *parent = nullptr);

    void setMergeable(bool mergeable) { m_mergeable = mergeable; }

    int id() const override;

protected:
    bool merge(const DocumentCommand *other) override;
    void apply() override;
    void revert() override;

private:
    std::optional<EmotionPoint> m_old;
    EmotionPoint m_new;
    bool m_mergeable = false;
};

} // namespace Waymark
