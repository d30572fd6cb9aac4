#pragma once

#include "changedrows.h"

#include <QHash>
#include <QStringList>

namespace Waymark {

class Store;
class WorkspaceConnection;

// Copies the rows a change touched between a map's local copy (the SQLite store the document
// reads) and its workspace (PostgreSQL), by primary key: push() writes a local change through,
// pull() brings someone else's into the local copy. The two databases hold the same tables
// and columns (the workspace's with map_id in front of every key), so one generic statement
// per table and direction does, with every value bound; the columns are those both have,
// read from the two databases themselves, never from a row.
class RowMirror
{
public:
    RowMirror(Store &local, WorkspaceConnection &remote, qint64 map);

    // The tables a change is captured in (ChangeCapture): every table of the map's content.
    static QStringList tables();

    // Writes the local state of `rows` into the workspace, in an order the foreign keys allow
    // (parents added before children, children deleted before parents), inside the caller's
    // transaction on the workspace.
    void push(const ChangedRows &rows);
    // What the rows hold as text the user typed (titles, descriptions, comments), for copying
    // when the change cannot be written.
    QStringList typedText(const ChangedRows &rows);
    // Writes the workspace's state of `rows` into the local copy, inside the caller's
    // transaction on it (and a snapshot on the workspace, for one consistent state).
    void pull(const ChangedRows &rows);

    void setRemote(WorkspaceConnection &remote) { m_remote = &remote; }
    // Reads the columns of every table from both databases now, rather than in the middle of
    // a change (when the server may have just gone away).
    void readColumns();

private:
    struct Row {
        ChangedRows::Key key;
        QVariantList values; // of columns(table), in order; empty when the row is gone
    };
    const QStringList &columns(const QString &table);
    QStringList keyOf(const QString &table) const;
    QList<Row> readLocal(const QString &table, const QList<ChangedRows::Key> &keys);
    void upsertRemote(const QString &table, const QList<Row> &rows);
    void deleteRemote(const QString &table, const QList<Row> &rows);
    void pushMap();
    void pushResponses(const QList<ChangedRows::Key> &keys);
    void pullTable(const QString &table, const ChangedRows &rows);
    void pullMap();
    void pullResponses(const ChangedRows &rows);
    void writeLocal(const QString &table, const QStringList &names, const QVariantList &values);

    Store &m_local;
    WorkspaceConnection *m_remote;
    qint64 m_map;
    QHash<QString, QStringList> m_columns;
};

} // namespace Waymark
