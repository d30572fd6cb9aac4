#pragma once

#include "document/documentmirror.h"
#include "rowmirror.h"
#include "workspace.h"
#include "workspaceaddress.h"

#include <QObject>
#include <QSqlDriver>
#include <QSet>
#include <QStringList>

#include <optional>

#include <memory>

class QTemporaryDir;
class QTimer;

namespace Waymark {

class ChangeCapture;
class Document;
class WorkspaceConnection;
class WorkspacePresence;

// A map of a team workspace open in a Document (issue 16). The document works on a private
// local copy, as on any map file, and every change is written through to the workspace in
// one PostgreSQL transaction before the local one commits: refused there, it is refused here.
// A change is written only over the state it was made on: when someone else committed first,
// it is refused with their name and their change is brought in (no silent overwrite of a
// whole row). Others' changes arrive by LISTEN (and a poll every PollMs, which also notices a
// server gone) and are read from the change log since the last one this side has, so a client
// that was away catches up on its return. While the server cannot be reached the map is
// read-only, and what the failed change held stays offered for copying.
class WorkspaceLink : public QObject, public DocumentMirror
{
    Q_OBJECT

public:
    static constexpr int PollMs = 2000;

    // Opens the map `name`: read in one snapshot into a private copy, then followed. Throws
    // StoreError as Workspace does. `warnings` gets what had to be cut or replaced.
    // `announce`: tell the others this client has the map open (an editor does; a command-line
    // run that is gone in a moment does not).
    static std::unique_ptr<Document> open(const WorkspaceAddress &address, const QString &name, QStringList *warnings = nullptr,
                                          bool announce = true);
    // The same with the content read already (off the GUI thread, by a connection of its
    // own): what was committed since it was read is caught up on at once.
    static std::unique_ptr<Document> open(const WorkspaceAddress &address, const QString &name, const Workspace::MapContent &content,
                                          bool announce = true);
    // The link of a document opened so; null for a map file.
    static WorkspaceLink *of(const Document *document);

    ~WorkspaceLink() override;

    const WorkspaceAddress &address() const { return m_address; }
    const QString &mapName() const { return m_name; }
    qint64 changeSeq() const { return m_seq; }
    bool isOnline() const { return m_online; }
    bool mayWrite() const { return m_mayWrite; }
    // The others who have the map open now.
    QStringList others() const;

    // Brings in what others committed since this side's last change; true when there was
    // something. Called on NOTIFY and by the poll; public for tests.
    bool catchUp();

    // DocumentMirror
    void changeBegins(Store &store) override;
    void changeCommits(Store &store, const QString &label) override;
    void changeCommitted() override { m_seqBeforePush = -1; }
    void changeRolledBack() override;
    bool isWritable() const override { return m_mayWrite && m_online && m_failure.isEmpty(); }
    QString readOnlyReason() const override;
    QString unsavedChange() const override { return m_unsaved; }
    QString describe() const override;
    QString name() const override { return m_name; }

signals:
    void presenceChanged();
    // The server went away (online false) or came back.
    void connectionChanged(bool online, const QString &message);

private:
    WorkspaceLink(Document *document, const WorkspaceAddress &address, const QString &name, qint64 mapId, qint64 seq,
                  std::unique_ptr<Workspace> workspace, std::unique_ptr<QTemporaryDir> folder);

    WorkspaceConnection &connection();
    void start(bool announce);
    void listen();
    void onNotification(const QString &channel, QSqlDriver::NotificationSource source, const QVariant &payload);
    void poll();
    void sendPresence(int state);
    void goOffline(const QString &message);
    void reconnect();
    bool checkMayWrite();
    void fail(const QString &message);
    void scheduleCatchUp();
    // Who committed a change since this side's last one that touches a row of `rows`; empty
    // when the changes since touch none of them (this side's own excepted).
    std::optional<QString> conflictSince(WorkspaceConnection &connection, const ChangedRows &rows);

    Document *m_document;
    WorkspaceAddress m_address;
    QString m_name;
    qint64 m_mapId;
    qint64 m_seq;
    QString m_author;
    std::unique_ptr<Workspace> m_workspace;   // the connection changes are written on
    std::unique_ptr<WorkspaceConnection> m_listener; // LISTENs, never queries
    std::unique_ptr<QTemporaryDir> m_folder;  // the local copy's (outlives the document's store)
    std::unique_ptr<RowMirror> m_rows;
    std::unique_ptr<ChangeCapture> m_capture;
    WorkspacePresence *m_presence;
    QTimer *m_poll;
    QTimer *m_heartbeat;
    bool m_mayWrite = true;
    bool m_online = true;
    bool m_catchUpQueued = false;
    bool m_announce = true;
    qint64 m_seqBeforePush = -1; // set while a pushed change has not committed locally
    QSet<qint64> m_ownSeqs;      // this side's changes the copy has though m_seq is before them
    QString m_offline;  // why the server cannot be reached
    QString m_failure;  // a change of others that could not be brought in
    QString m_unsaved;
};

} // namespace Waymark
