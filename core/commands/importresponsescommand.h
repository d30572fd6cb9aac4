#pragma once

#include "documentcommand.h"

#include "model/responsebatch.h"

#include <functional>
#include <memory>

namespace Waymark {

// Adds imported survey responses as one undo step. The batch is kept (compactly), so redo
// writes the very same rows with the same ids, and undo removes exactly them.
class ImportResponsesCommand : public DocumentCommand
{
public:
    ImportResponsesCommand(Document *document, ResponseBatch batch, QUndoCommand *parent = nullptr);

    // Called while the rows are written the first time; returning false cancels the import,
    // which then leaves nothing behind (the command is not pushed).
    void setProgress(std::function<bool(qint64)> progress) { m_progress = std::move(progress); }
    qsizetype size() const { return m_batch.size(); }

protected:
    void apply() override;
    void revert() override;

private:
    ResponseBatch m_batch;
    std::function<bool(qint64)> m_progress;
};

} // namespace Waymark
