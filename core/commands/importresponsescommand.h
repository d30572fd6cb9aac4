#pragma once

#include "automaticsnapshot.h"
#include "documentcommand.h"

#include "model/responsebatch.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace Waymark {

// Adds imported survey responses as one undo step. The batch is kept (compactly), so redo
// writes the very same rows with the same ids, and undo removes exactly them. The same step
// takes out the responses the import replaces (--replace-duplicates; undo puts them back with
// their ids) and remembers the import's column mapping for its layout (undo restores the one
// before).
class ImportResponsesCommand : public DocumentCommand
{
public:
    ImportResponsesCommand(Document *document, ResponseBatch batch, QUndoCommand *parent = nullptr);

    // Called while the rows are written the first time; returning false cancels the import,
    // which then leaves nothing behind (the command is not pushed).
    void setProgress(std::function<bool(qint64)> progress) { m_progress = std::move(progress); }
    void setReplaced(QList<Id> responses) { m_replacedIds = std::move(responses); }
    void setMapping(const QString &signature, const QByteArray &json);
    qsizetype size() const { return m_batch.size(); }

protected:
    void prepare() override; // the automatic snapshot "before import …", in the same transaction
    void apply() override;
    void revert() override;
    // Writes the rows with SQLite's per-row foreign-key lookups off (ForeignKeysOff), which
    // must be set before the step's transaction begins; the store checks each stage and card
    // once instead, in the same transaction.
    void redoScope(const std::function<void()> &step) override;

private:
    ResponseBatch m_batch;
    std::function<bool(qint64)> m_progress;
    QList<Id> m_replacedIds;
    std::optional<ResponseBatch> m_replaced; // read before the first redo removes them
    QString m_signature;
    QByteArray m_mapping;
    std::optional<std::optional<QByteArray>> m_previousMapping; // read at the first redo
    AutomaticSnapshot m_snapshot;
    bool m_applied = false;
};

} // namespace Waymark
