#include "workspacelink.h"

#include "changecapture.h"
#include "document/document.h"
#include "io/messagetext.h"
#include "io/translate.h"
#include "model/authorname.h"
#include "store/store.h"
#include "store/storeerror.h"
#include "workspace.h"
#include "workspaceconnection.h"
#include "workspacepresence.h"

#include <QDir>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Waymark {

std::unique_ptr<Document> WorkspaceLink::open(const WorkspaceAddress &address, const QString &name, QStringList *warnings,
                                              bool announce)
{
    const Workspace::MapContent content = Workspace(address).read(name);
    if (warnings)
        *warnings = content.warnings;
    return open(address, name, content, announce);
}

std::unique_ptr<Document> WorkspaceLink::open(const WorkspaceAddress &address, const QString &name, const Workspace::MapContent &content,
                                              bool announce)
{
    auto workspace = std::make_unique<Workspace>(address);
    auto folder = std::make_unique<QTemporaryDir>(QDir::tempPath() + u"/waymark-workspace-XXXXXX"_s);
    if (!folder->isValid())
        throw StoreError(StoreError::Code::Io, tr("no private copy of the map can be made in %1: %2")
                                                   .arg(MessageText::quotedPath(QDir::tempPath()), folder->errorString()));
    const QString path = folder->filePath(u"map.waymark"_s);
    Workspace::writeFile(content, path);
    std::unique_ptr<Document> document = Document::open(path);
    // Every change is on the server before it is here: forcing this copy to disk bought
    // nothing and cost 15 ms a commit (bench/run_workspace_latency.sh).
    document->store().makeScratch();
    auto *link = new WorkspaceLink(document.get(), address, name.trimmed(), content.mapId, content.changeSeq,
                                   std::move(workspace), std::move(folder));
    document->attachMirror(std::unique_ptr<DocumentMirror>(link));
    link->start(announce);
    return document;
}

WorkspaceLink *WorkspaceLink::of(const Document *document)
{
    return document ? dynamic_cast<WorkspaceLink *>(document->mirror()) : nullptr;
}

WorkspaceLink::WorkspaceLink(Document *document, const WorkspaceAddress &address, const QString &name, qint64 mapId,
                             qint64 seq, std::unique_ptr<Workspace> workspace, std::unique_ptr<QTemporaryDir> folder)
    : m_document(document)
    , m_address(address)
    , m_name(name)
    , m_mapId(mapId)
    , m_seq(seq)
    , m_author(AuthorName::current())
    , m_workspace(std::move(workspace))
    , m_folder(std::move(folder))
    , m_rows(std::make_unique<RowMirror>(document->store(), m_workspace->connection(), mapId))
    , m_presence(new WorkspacePresence(mapId, m_author, this))
    , m_poll(new QTimer(this))
    , m_heartbeat(new QTimer(this))
{
    connect(m_presence, &WorkspacePresence::changed, this, &WorkspaceLink::presenceChanged);
    m_poll->setInterval(PollMs);
    connect(m_poll, &QTimer::timeout, this, &WorkspaceLink::poll);
    m_heartbeat->setInterval(WorkspacePresence::HeartbeatSeconds * 1000);
    connect(m_heartbeat, &QTimer::timeout, this, [this] {
        m_presence->expire();
        sendPresence(int(WorkspacePresence::State::Here));
    });
}

WorkspaceLink::~WorkspaceLink()
{
    if (m_online) {
        try {
            sendPresence(int(WorkspacePresence::State::Bye));
        } catch (...) {
            // Closing: the others forget this client after ExpirySeconds anyway.
        }
    }
}

WorkspaceConnection &WorkspaceLink::connection()
{
    return m_workspace->connection();
}

void WorkspaceLink::start(bool announce)
{
    m_announce = announce;
    m_mayWrite = checkMayWrite();
    m_rows->readColumns();
    // The labelled versions are not part of what was read: they come from the workspace here.
    {
        ChangedRows snapshots;
        snapshots.addWhole(u"snapshot"_s);
        Store::Transaction local(m_document->store());
        m_rows->pull(snapshots);
        local.commit();
    }
    listen();
    sendPresence(int(WorkspacePresence::State::Hello));
    m_poll->start();
    m_heartbeat->start();
    // What was committed between the read and the LISTEN.
    catchUp();
}

bool WorkspaceLink::checkMayWrite()
{
    WorkspaceConnection &c = connection();
    for (const QString &table : RowMirror::tables()) {
        for (const QString &privilege : {u"INSERT"_s, u"UPDATE"_s, u"DELETE"_s}) {
            if (table == u"map"_s && privilege != u"UPDATE"_s)
                continue;
            if (!c.scalar(u"SELECT has_table_privilege(?, ?)"_s, {table, privilege}).toBool())
                return false;
        }
    }
    return c.scalar(u"SELECT has_table_privilege('change_log', 'INSERT') AND "
                    "has_sequence_privilege(pg_get_serial_sequence('change_log', 'seq'), 'USAGE')"_s)
        .toBool();
}

void WorkspaceLink::listen()
{
    m_listener = std::make_unique<WorkspaceConnection>(m_address);
    QSqlDriver *driver = m_listener->listen(Workspace::notifyChannel());
    m_listener->listen(WorkspacePresence::channel());
    connect(driver, &QSqlDriver::notification, this, &WorkspaceLink::onNotification);
}

void WorkspaceLink::onNotification(const QString &channel, QSqlDriver::NotificationSource, const QVariant &payload)
{
    const QString text = payload.toString();
    if (channel == WorkspacePresence::channel()) {
        if (m_presence->receive(text) && m_online) {
            try {
                sendPresence(int(WorkspacePresence::State::Here));
            } catch (const StoreError &) {
                // The poll notices a lost server.
            }
        }
        return;
    }
    // "MAP:SEQ"; only a later change of this map matters (this side's own come back too).
    const qsizetype colon = text.indexOf(u':');
    if (colon < 0 || QStringView(text).left(colon).toLongLong() != m_mapId)
        return;
    if (QStringView(text).mid(colon + 1).toLongLong() > m_seq)
        scheduleCatchUp();
}

void WorkspaceLink::scheduleCatchUp()
{
    if (m_catchUpQueued)
        return;
    m_catchUpQueued = true;
    // Not from inside the driver's notification, nor inside a change of the document.
    QTimer::singleShot(0, this, [this] {
        m_catchUpQueued = false;
        catchUp();
    });
}

void WorkspaceLink::sendPresence(int state)
{
    if (!m_announce)
        return;
    connection().run(u"SELECT pg_notify(?, ?)"_s, {WorkspacePresence::channel(), m_presence->payload(WorkspacePresence::State(state))});
}

QStringList WorkspaceLink::others() const
{
    return m_presence->others();
}

void WorkspaceLink::poll()
{
    if (!m_online) {
        reconnect();
        return;
    }
    try {
        const QVariant seq = connection().scalar(u"SELECT change_seq FROM map WHERE map_id = ?"_s, {m_mapId});
        if (seq.isNull() || seq.toLongLong() != m_seq)
            catchUp();
    } catch (const StoreError &error) {
        if (connection().isBroken() || (m_listener && m_listener->isBroken()))
            goOffline(error.message());
    }
}

bool WorkspaceLink::catchUp()
{
    if (!m_online || !m_failure.isEmpty())
        return false;
    if (m_document->isChanging()) {
        QTimer::singleShot(50, this, &WorkspaceLink::scheduleCatchUp);
        return false;
    }
    WorkspaceConnection &c = connection();
    QString author, what;
    QStringList authors;
    qint64 current = 0;
    try {
        WorkspaceConnection::Transaction transaction(c);
        c.execute(u"SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY"_s);
        // The map's sequence and the log since, in one round trip: no row when the map is gone,
        // one with no entry when nothing happened since.
        QSqlQuery &log = c.select(u"SELECT m.change_seq, l.author, l.what, l.changed_rows, l.seq FROM map m "
                                  "LEFT JOIN change_log l ON l.map_id = m.map_id AND l.seq > ? "
                                  "WHERE m.map_id = ? ORDER BY l.seq"_s,
                                  {m_seq, m_mapId});
        if (!log.next()) {
            log.finish();
            transaction.commit();
            fail(tr("'%1' is no longer in %2 (deleted, or replaced by a publish): what you see is the map as it was; "
                    "save a copy to keep it").arg(m_name, c.describe()));
            return false;
        }
        current = log.value(0).toLongLong();
        if (current == m_seq) {
            log.finish();
            transaction.commit();
            return false;
        }
        ChangedRows rows;
        bool any = false;
        do {
            if (log.value(4).isNull())
                break; // the log was cut short
            any = true;
            rows.merge(ChangedRows::fromLog(log.value(3)));
            if (m_ownSeqs.contains(log.value(4).toLongLong()))
                continue; // in the copy already; read again all the same, which is harmless
            author = log.value(1).toString().left(200);
            what = log.value(2).toString().left(200);
            if (!authors.contains(author))
                authors.append(author);
        } while (log.next());
        log.finish();
        if (!any) // the log was cut short: read everything
            rows.everything = true;
        if (authors.size() > 1)
            author = authors.join(u", "_s);
        Store::Transaction local(m_document->store());
        m_rows->pull(rows);
        local.commit();
        transaction.commit();
    } catch (const StoreError &error) {
        if (c.isBroken())
            goOffline(error.message());
        else
            fail(tr("a change made in %1 could not be brought in: %2; reopen the map").arg(c.describe(), error.message()));
        return false;
    }
    m_seq = current;
    m_ownSeqs.removeIf([current](qint64 seq) { return seq <= current; });
    if (authors.isEmpty()) // only this side's own changes, which the copy had
        return false;
    m_document->followStore(author, what);
    return true;
}

void WorkspaceLink::changeBegins(Store &store)
{
    m_capture = std::make_unique<ChangeCapture>(store.handle(), RowMirror::tables());
}

void WorkspaceLink::changeCommits(Store &, const QString &label)
{
    if (!m_capture)
        return;
    const ChangedRows rows = m_capture->changes();
    m_capture.reset();
    if (rows.isEmpty()) // a labelled version, say: kept in the local copy only
        return;
    if (!isWritable())
        throw StoreError(StoreError::Code::ReadOnly, readOnlyReason());
    WorkspaceConnection &c = connection();
    const QStringList typed = m_rows->typedText(rows);
    try {
        WorkspaceConnection::Transaction transaction(c);
        // The map's row locked: one change of a map at a time, each over the one before.
        const QVariant seq = c.scalar(u"SELECT change_seq FROM map WHERE map_id = ? FOR UPDATE"_s, {m_mapId});
        if (seq.isNull())
            throw StoreError(StoreError::Code::Conflict, tr("'%1' is no longer in %2 (deleted, or replaced by a publish); "
                                                            "nothing was changed").arg(m_name, c.describe()));
        // Someone else committed since this side's last change: this one still goes through
        // when it touches none of the rows theirs did (it cannot overwrite any of theirs), and
        // their change is brought in after; otherwise it is refused.
        const bool behind = seq.toLongLong() != m_seq;
        if (behind) {
            if (const std::optional<QString> who = conflictSince(c, rows)) {
                scheduleCatchUp();
                throw StoreError(StoreError::Code::Conflict,
                                 tr("%1 changed the map a moment before you, so your change was not made (it would have "
                                    "overwritten theirs); their change is shown now: make yours again")
                                     .arg(who->isEmpty() ? tr("someone") : *who));
            }
        }
        m_rows->push(rows);
        const qint64 next = Workspace::logChange(c, m_mapId, label.isEmpty() ? tr("Change") : label, m_author, rows.toLog());
        transaction.commit();
        m_seqBeforePush = m_seq;
        if (behind) {
            m_ownSeqs.insert(next);
            scheduleCatchUp();
        } else {
            m_seq = next;
        }
        m_unsaved.clear();
    } catch (const StoreError &error) {
        if (error.code() == StoreError::Code::Conflict || !c.isBroken())
            throw;
        m_unsaved = typed.join(u'\n');
        goOffline(error.message());
        throw StoreError(StoreError::Code::Io,
                         tr("the workspace server cannot be reached, so the change was not saved (%1). The map is "
                            "read-only until the server is back; what the change held can be copied from the bar "
                            "above the map")
                             .arg(error.message()));
    }
}

std::optional<QString> WorkspaceLink::conflictSince(WorkspaceConnection &c, const ChangedRows &rows)
{
    QSqlQuery &log = c.select(u"SELECT seq, author, changed_rows FROM change_log WHERE map_id = ? AND seq > ? ORDER BY seq"_s,
                              {m_mapId, m_seq});
    std::optional<QString> who;
    bool any = false;
    while (log.next()) {
        if (m_ownSeqs.contains(log.value(0).toLongLong()))
            continue;
        any = true;
        if (!who && ChangedRows::fromLog(log.value(2)).overlaps(rows))
            who = log.value(1).toString().left(200);
    }
    log.finish();
    if (!any && c.scalar(u"SELECT count(*) FROM change_log WHERE map_id = ? AND seq > ?"_s, {m_mapId, m_seq}).toLongLong() == 0)
        return QString(); // the log was cut short: nothing can be said to be apart
    return who;
}

void WorkspaceLink::changeRolledBack()
{
    m_capture.reset();
    if (m_seqBeforePush >= 0) {
        // The workspace has the change, the local copy does not: bring it back from there.
        m_seq = m_seqBeforePush;
        scheduleCatchUp();
    }
    m_seqBeforePush = -1;
}

void WorkspaceLink::goOffline(const QString &message)
{
    if (!m_online)
        return;
    m_online = false;
    m_offline = message;
    m_listener.reset();
    emit connectionChanged(false, message);
    m_document->mirrorStateChanged();
}

void WorkspaceLink::reconnect()
{
    std::unique_ptr<Workspace> workspace;
    try {
        workspace = std::make_unique<Workspace>(m_address);
        m_workspace = std::move(workspace);
        m_rows->setRemote(m_workspace->connection());
        listen();
        m_mayWrite = checkMayWrite();
    } catch (const StoreError &error) {
        m_offline = error.message();
        m_listener.reset();
        return; // the next poll tries again
    }
    m_online = true;
    m_offline.clear();
    try {
        sendPresence(int(WorkspacePresence::State::Hello));
    } catch (const StoreError &) {
    }
    catchUp();
    emit connectionChanged(true, tr("Connected to %1 again: the map is up to date").arg(connection().describe()));
    m_document->mirrorStateChanged();
}

void WorkspaceLink::fail(const QString &message)
{
    if (!m_failure.isEmpty())
        return;
    m_failure = message;
    m_poll->stop();
    m_document->mirrorStateChanged();
}

QString WorkspaceLink::readOnlyReason() const
{
    if (!m_failure.isEmpty())
        return m_failure;
    if (!m_online)
        return tr("The workspace server cannot be reached: the map is read-only until it is back, and Waymark tries "
                  "again every few seconds. (%1)").arg(m_offline);
    if (!m_mayWrite)
        return tr("The role '%1' may only read %2: you see '%3' with others' changes as they make them, but cannot change it.")
            .arg(m_address.user.isEmpty() ? tr("(default)") : m_address.user, tr("the workspace %1").arg(m_address.toString()), m_name);
    return {};
}

QString WorkspaceLink::describe() const
{
    return tr("'%1' in the workspace %2").arg(m_name, m_address.toString());
}

} // namespace Waymark
