#pragma once

#include "model/mapdata.h"
#include "model/responsebatch.h"
#include "workspacemapentry.h"
#include "workspaceschema.h"

#include <QStringList>

#include <memory>

namespace Waymark {

class WorkspaceConnection;
struct WorkspaceAddress;

// A team workspace: one PostgreSQL database holding many maps by name (issue 16). Copies maps
// in (publish) and out (read, for pull) whole, each in one transaction, with every value
// bound; a published map read back is the map that was published, ids and all.
class Workspace
{
public:
    // Connects to a workspace of this version, or throws StoreError (see WorkspaceSchema::require).
    explicit Workspace(const WorkspaceAddress &address);
    ~Workspace();
    Workspace(const Workspace &) = delete;
    Workspace &operator=(const Workspace &) = delete;

    // Makes the database a workspace, or brings an older one forward.
    static WorkspaceSchema::InitResult init(const WorkspaceAddress &address);

    WorkspaceConnection &connection() { return *m_connection; }

    // The maps, by name.
    QList<WorkspaceMapEntry> maps();
    bool hasMap(const QString &name);

    // Copies a map and its responses in under `name`, as one change: refused (Code::Exists)
    // when the workspace has a map of that name, unless `replace`. Returns the change's
    // sequence number, which followers are told of with NOTIFY.
    // The survey import mappings remembered per export layout (signature, JSON).
    using ImportMappings = QList<QPair<QString, QByteArray>>;

    qint64 publish(const QString &name, const MapData &data, const ResponseBatch &responses, bool replace,
                   const ImportMappings &mappings = {});

    // Adds survey responses to the map as one change: rows with id 0 are numbered after the
    // map's last response (and the batch is updated), the responses `replaced` are removed
    // first. Refused (nothing written) when a row names a stage or card the map no longer has.
    // `mapping` (signature, JSON) is remembered for the export's layout, as a file does.
    qint64 importResponses(const QString &name, ResponseBatch &batch, const QList<Id> &replaced = {},
                           const QPair<QString, QByteArray> &mapping = {});

    struct MapContent {
        MapData data;
        ResponseBatch responses;
        ImportMappings importMappings;
        QStringList warnings; // values out of bounds, cut or defaulted as a file's would be
        qint64 mapId = 0;
        qint64 changeSeq = 0; // the last change the content holds
    };
    // The map of that name, or throws StoreError (Code::NotFound, naming the maps there are).
    MapContent read(const QString &name);
    // Writes what read() gave into a new map file at `path` (which must not exist).
    static void writeFile(const MapContent &content, const QString &path);

    // The channel NOTIFY uses; its payload is "MAP_ID:SEQ".
    static QString notifyChannel();

    // Appends a change of the map to its log, as the map's current state (its row locked
    // until the caller's transaction ends, so that changes of one map are numbered in the
    // order they commit), and tells followers with NOTIFY when the transaction commits.
    // `author` empty: the role. `rows` as ChangedRows::toLog(). Returns the change's seq.
    static qint64 logChange(WorkspaceConnection &connection, qint64 mapId, const QString &what, const QString &author = {},
                            const QVariant &rows = {});

private:
    qint64 mapId(const QString &name);
    void rememberMapping(qint64 mapId, const QPair<QString, QByteArray> &mapping);

    std::unique_ptr<WorkspaceConnection> m_connection;
};

} // namespace Waymark
