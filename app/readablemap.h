#pragma once

#include "store/store.h"
#include "workspace/workspaceaddress.h"

#include <QString>

#include <memory>

class QTemporaryDir;

namespace Waymark {

class Document;

namespace Cli {

// A map a reading command names: a file, opened read-only, or a workspace's map (URL#NAME),
// read in one snapshot into a private copy that goes when this does. The commands that only
// read (info, metrics, export, comments) work on either.
class ReadableMap
{
public:
    // Throws StoreError as Document::open() and Workspace do.
    explicit ReadableMap(const QString &target);
    ~ReadableMap();
    ReadableMap(const ReadableMap &) = delete;
    ReadableMap &operator=(const ReadableMap &) = delete;

    Document &document() const { return *m_document; }
    Document *operator->() const { return m_document.get(); }
    // The URL#NAME it was read from; empty for a file.
    const QString &workspace() const { return m_workspace; }
    // Where it was read from, for a workspace's map.
    const WorkspaceAddress &address() const { return m_address; }

private:
    std::unique_ptr<QTemporaryDir> m_copy; // declared first: it outlives the document
    std::unique_ptr<Document> m_document;
    QString m_workspace;
    WorkspaceAddress m_address;
};

// Opens a map file for a command that works on files only (it writes, or reads what only a
// file has: snapshots, SQLite's integrity); a workspace's map is refused with what to do.
std::unique_ptr<Document> openMapFile(const QString &path, Store::Access access);

// Opens a map file, or a workspace's map (URL#NAME) live, as the editor does: every change
// written through to the workspace, for the commands that change a map or read its labelled
// versions (snapshot, snapshots, diff, restore, comment).
std::unique_ptr<Document> openMap(const QString &target, Store::Access access);
// How a command's output names the map: the file, or the workspace's map.
QString mapName(const Document &document);

// The help of such a command's FILE argument.
QString readableMapHelp();

} // namespace Cli

} // namespace Waymark
