#pragma once

#include "documentcommand.h"
#include "model/ids.h"

#include <QString>

#include <optional>

namespace Waymark {

// Resolves or reopens a thread, or changes a comment's text.
class SetCommentCommand : public DocumentCommand
{
public:
    static SetCommentCommand *resolve(Document *document, Id comment, bool resolved, QUndoCommand *parent = nullptr);
    static SetCommentCommand *edit(Document *document, Id comment, QString text, QUndoCommand *parent = nullptr);

protected:
    void apply() override;
    void revert() override;

private:
    SetCommentCommand(Document *document, const QString &name, Id comment, QUndoCommand *parent);
    void set(std::optional<bool> resolved, const std::optional<QString> &text);

    Id m_id;
    std::optional<bool> m_resolved;
    std::optional<QString> m_text;
    bool m_oldResolved = false;
    QString m_oldText;
};

} // namespace Waymark
