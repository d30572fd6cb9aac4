#pragma once

#include <QString>

namespace Waymark {

class Store;

// Another copy of a document that every change is written through to before it commits (a
// map of a team workspace, kept on a PostgreSQL server). The document's own store stays the
// copy every view reads; the mirror sees each outermost transaction and may refuse it, in
// which case the document rolls back as for any failed write. Document owns its mirror.
class DocumentMirror
{
public:
    virtual ~DocumentMirror() = default;

    // The outermost change of the document begins (its transaction is open).
    virtual void changeBegins(Store &store) = 0;
    // The change is about to commit: write it to the other copy, or throw StoreError to refuse
    // it (nothing of it may then remain there). `label` says what the change is, for others.
    virtual void changeCommits(Store &store, const QString &label) = 0;
    // The change committed here too, after changeCommits().
    virtual void changeCommitted() = 0;
    // The change rolled back (before or after changeCommits()).
    virtual void changeRolledBack() = 0;

    // Whether changes may be made now: not when the role may only read, nor while the server
    // cannot be reached. readOnlyReason() says why, for a banner.
    virtual bool isWritable() const = 0;
    virtual QString readOnlyReason() const = 0;
    // What the last change that could not be written held, as text the user can copy (what
    // they typed); empty when nothing was lost.
    virtual QString unsavedChange() const = 0;
    // "'journey' in the workspace postgresql://…", for messages; name() for title bars.
    virtual QString describe() const = 0;
    virtual QString name() const = 0;
};

} // namespace Waymark
