// Simulated clients editing one map of a team workspace, all in this process: how long from
// one client's commit until each of the others has the change in its model. See README.md,
// "run_workspace_latency.sh".
//
//   waymark_workspace_latency postgresql://USER@HOST:PORT/DB [--clients 20] [--edits 400]
//       [--interval-ms 25] [--seed 1] [--pair-percent 10] [--timeout-ms 10000] [--name latency]
//       [--profile-rounds 30]
//
// The database is made a workspace, the built-in "phone-store" map is published under --name,
// and --clients documents open it (WorkspaceLink::open, each with an author of its own). Every
// --interval-ms a random client sets a random card's title to a text no other edit uses; the
// time right after Document::setValue returns is the commit. Each of the other documents'
// valueChanged for that title, carrying that text, is its update; update - commit is one
// sample. In --pair-percent of the ticks two clients edit, one right after the other without
// the event loop running between them: every other pair the same card, where the second is
// expected to be refused (Conflict), and different cards, where it is expected to land (it
// touches none of the first's rows); a refused edit must leave nothing behind. At the end every document and a fresh read of the
// workspace must hold the same map (exit 1 if not).
//
// All clients share one thread: the others' updates are handled one after another, so the
// figure for the later ones includes the earlier ones' work (pessimistic next to 20 machines).

#include "benchclock.h"
#include "document/document.h"
#include "io/formaterror.h"
#include "io/mapjson.h"
#include "model/authorname.h"
#include "store/store.h"
#include "store/storeerror.h"
#include "templates/templatelibrary.h"
#include "workspace/workspace.h"
#include "workspace/workspaceaddress.h"
#include "workspace/workspaceconnection.h"
#include "workspace/workspacelink.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QEvent>
#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QMap>
#include <QRandomGenerator>
#include <QSet>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <memory>
#include <optional>
#include <vector>

#include <sys/resource.h>

using namespace Qt::StringLiterals;
using namespace Waymark;
using namespace Waymark::BenchClock;

namespace {

void say(const QString &line)
{
    std::fputs(qPrintable(line + u'\n'), stdout);
    std::fflush(stdout);
}

void fail(const QString &message)
{
    std::fputs(qPrintable(u"waymark_workspace_latency: error: "_s + message + u'\n'), stderr);
}

qint64 procStatusKib(const char *field)
{
    QFile file(u"/proc/self/status"_s);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return -1;
    const QByteArray key = QByteArray(field) + ':';
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (line.startsWith(key))
            return line.mid(key.size()).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

struct Usage {
    double cpuSeconds = 0;
    long voluntary = 0;
    long involuntary = 0;
};

Usage usageNow()
{
    rusage r{};
    getrusage(RUSAGE_SELF, &r);
    return {double(r.ru_utime.tv_sec + r.ru_stime.tv_sec) + double(r.ru_utime.tv_usec + r.ru_stime.tv_usec) / 1e6, r.ru_nvcsw, r.ru_nivcsw};
}

// Nearest rank: the smallest value with at least p % of the values at or below it.
double percentile(const std::vector<double> &sorted, double p)
{
    if (sorted.empty())
        return 0;
    const auto rank = std::size_t(std::ceil(p / 100.0 * double(sorted.size())));
    return sorted[std::clamp<std::size_t>(rank, 1, sorted.size()) - 1];
}

QString distribution(std::vector<double> values)
{
    if (values.empty())
        return u"(none)"_s;
    std::sort(values.begin(), values.end());
    return u"p50 %1  p95 %2  p99 %3  max %4 ms  (n %5)"_s.arg(percentile(values, 50), 0, 'f', 1)
        .arg(percentile(values, 95), 0, 'f', 1)
        .arg(percentile(values, 99), 0, 'f', 1)
        .arg(values.back(), 0, 'f', 1)
        .arg(values.size());
}

QByteArray jsonOf(const MapData &data)
{
    return QJsonDocument(MapJson::toJson(data, MapJson::Detail::Complete)).toJson(QJsonDocument::Compact);
}

FieldRef titleOf(Id card)
{
    return {Entity::Card, card, int(CardField::Title)};
}

// Times every event the loop delivers, by kind and receiver, outermost only: where the single
// thread's time goes (socket notifiers, the links' queued catch-ups, the edit timer...).
class TimedApplication : public QCoreApplication
{
public:
    using QCoreApplication::QCoreApplication;

    struct Cost {
        qint64 count = 0;
        qint64 totalNs = 0;
        qint64 maxNs = 0;
    };

    bool notify(QObject *receiver, QEvent *event) override
    {
        if (!m_timing || m_depth > 0)
            return QCoreApplication::notify(receiver, event);
        ++m_depth;
        const qint64 start = nowNs();
        bool result = false;
        try {
            result = QCoreApplication::notify(receiver, event);
        } catch (...) {
            --m_depth;
            throw;
        }
        const qint64 spent = nowNs() - start;
        --m_depth;
        Cost &cost = m_costs[categoryOf(receiver, event)];
        ++cost.count;
        cost.totalNs += spent;
        cost.maxNs = std::max(cost.maxNs, spent);
        return result;
    }

    void setTiming(bool on) { m_timing = on; }
    void nameReceiver(const QObject *object, const QString &name) { m_names.insert(object, name); }
    const QHash<QString, Cost> &costs() const { return m_costs; }

private:
    QString categoryOf(QObject *receiver, QEvent *event) const
    {
        QString kind;
        switch (event->type()) {
        case QEvent::SockAct: kind = u"socket activity"_s; break;
        case QEvent::MetaCall: kind = u"queued call"_s; break;
        case QEvent::Timer: kind = u"timer"_s; break;
        case QEvent::DeferredDelete: kind = u"deferred delete"_s; break;
        default: kind = u"event %1"_s.arg(int(event->type())); break;
        }
        const QString name = m_names.value(receiver);
        return u"%1 -> %2"_s.arg(kind, name.isEmpty() ? QString::fromLatin1(receiver->metaObject()->className()) : name);
    }

    bool m_timing = false;
    int m_depth = 0;
    QHash<QString, Cost> m_costs;
    QHash<const QObject *, QString> m_names;
};

struct Options {
    QString url;
    QString name;
    int clients = 20;
    int edits = 400;
    int intervalMs = 25;
    int pairPercent = 10;
    int timeoutMs = 10000;
    int profileRounds = 30;
    quint32 seed = 1;
    QString localSync;    // an experiment: PRAGMA synchronous of each client's private copy; empty: as opened
    QString localJournal; // the same for PRAGMA journal_mode
    QString mapJson;      // a map in the JSON interchange instead of phone-store
};

std::optional<int> count(const QCommandLineParser &parser, const QString &name, int minimum, int maximum)
{
    bool ok = false;
    const int value = parser.value(name).toInt(&ok);
    if (!ok || value < minimum || value > maximum) {
        fail(u"--%1 takes a whole number from %2 to %3, not '%4'"_s.arg(name).arg(minimum).arg(maximum).arg(parser.value(name)));
        return std::nullopt;
    }
    return value;
}

// One landed edit, followed until every other client has it (or its time is up).
struct Edit {
    int number = 0;
    int client = 0;
    Id card = 0;
    QString text;
    qint64 seq = 0;
    qint64 commitNs = 0;
    qint64 deadlineNs = 0;
    int outstanding = 0;
    std::vector<qint64> notifiedNs; // per client: its listener read the NOTIFY of `seq`
    std::vector<qint64> updatedNs;  // per client: valueChanged with `text`
    bool open = true;
};

class Bench : public QObject
{
public:
    Bench(TimedApplication &app, const Options &options)
        : m_app(app)
        , m_o(options)
        , m_rng(options.seed)
    {
    }

    int run();

private:
    void openClients();
    void tick();
    bool attempt(int client, Id card, bool pairFirst, bool pairSecond);
    void onValueChanged(int client, const FieldRef &ref);
    void onNotification(int client, const QString &channel, const QVariant &payload);
    void close(Edit &edit);
    void expire();
    Id freeCard(Id other = 0);
    bool waitUntil(const std::function<bool()> &done, int timeoutMs);
    int finalCheck();
    void profile();
    void report(qint64 runNs, const Usage &usage);

    TimedApplication &m_app;
    Options m_o;
    WorkspaceAddress m_address;
    QRandomGenerator m_rng;
    std::vector<std::unique_ptr<Document>> m_docs;
    QList<Id> m_cards;
    std::vector<Edit> m_edits;          // landed ones
    QHash<QString, int> m_openByText;   // text -> index into m_edits
    QHash<qint64, int> m_bySeq;         // seq -> index into m_edits
    QHash<Id, int> m_openOnCard;        // card -> open edits on it
    QTimer *m_tick = nullptr;
    QTimer *m_expiry = nullptr;
    int m_attempts = 0;
    int m_ticks = 0;
    int m_pairTicks = 0;
    // Outcomes.
    int m_landed = 0;
    int m_refusedSingle = 0;     // Conflict on a lone edit: the editor had not caught up yet
    int m_pairExpected = 0;      // first landed, second refused
    int m_pairBothLanded = 0;    // the second landed over the first's change to the same card: a bug
    int m_pairApartRefused = 0;  // the second, on another card, was refused: needless
    int m_pairFirstRefused = 0;  // the first was behind already
    int m_pairSecondAfterRefused = 0;
    int m_conflicts = 0;
    int m_otherErrors = 0;
    QStringList m_errorMessages;
    int m_halfApplied = 0;       // a refused edit left the model changed
    int m_seqWentBack = 0;       // a refusal moved the link's change_seq back
    qint64 m_seqBackBy = 0;
    int m_missed = 0;
    int m_superseded = 0;
    std::vector<double> m_setValueMs;  // landed
    std::vector<double> m_refusalMs;   // refused setValue calls
    std::vector<double> m_tickLateMs;  // how late each tick fired against its schedule
    qint64 m_firstTickNs = 0;
};

Id Bench::freeCard(Id other)
{
    // A card no open edit is on, so that every update is told apart by its text; any card if
    // all are busy (then an older edit may be superseded).
    QList<Id> free;
    for (const Id id : std::as_const(m_cards)) {
        if (id != other && m_openOnCard.value(id) == 0)
            free.append(id);
    }
    const QList<Id> &from = free.isEmpty() ? m_cards : free;
    Id card = from.at(int(m_rng.bounded(quint32(from.size()))));
    if (card == other && from.size() > 1)
        card = from.at((from.indexOf(card) + 1) % from.size());
    return card;
}

void Bench::openClients()
{
    for (int i = 0; i < m_o.clients; ++i) {
        const QStringList before = QSqlDatabase::connectionNames();
        QSettings().setValue(QString::fromLatin1(AuthorName::SettingsKey), u"Client %1"_s.arg(i + 1));
        std::unique_ptr<Document> document = WorkspaceLink::open(m_address, m_o.name);
        connect(document.get(), &Document::valueChanged, this, [this, i](const FieldRef &ref) { onValueChanged(i, ref); });
        WorkspaceLink *link = WorkspaceLink::of(document.get());
        m_app.nameReceiver(link, u"WorkspaceLink (catch-up)"_s);
        // The link's own connections: the one it writes on and the one it LISTENs on. Only
        // the listener's driver tells of notifications; both are watched (read only).
        for (const QString &name : QSqlDatabase::connectionNames()) {
            if (before.contains(name))
                continue;
            QSqlDriver *driver = QSqlDatabase::database(name, false).driver();
            if (!driver)
                continue;
            connect(driver, &QSqlDriver::notification, this,
                    [this, i](const QString &channel, QSqlDriver::NotificationSource, const QVariant &payload) {
                        onNotification(i, channel, payload);
                    });
        }
        if (!m_o.localSync.isEmpty())
            document->store().run(u"PRAGMA synchronous = %1"_s.arg(m_o.localSync));
        if (!m_o.localJournal.isEmpty())
            document->store().scalar(u"PRAGMA journal_mode = %1"_s.arg(m_o.localJournal));
        m_docs.push_back(std::move(document));
    }
    QSettings().remove(QString::fromLatin1(AuthorName::SettingsKey));
}

void Bench::onNotification(int client, const QString &channel, const QVariant &payload)
{
    if (channel != Workspace::notifyChannel())
        return;
    const QString text = payload.toString();
    const qsizetype colon = text.indexOf(u':');
    if (colon < 0)
        return;
    const auto it = m_bySeq.constFind(QStringView(text).mid(colon + 1).toLongLong());
    if (it == m_bySeq.constEnd())
        return;
    Edit &edit = m_edits[*it];
    if (edit.notifiedNs[client] < 0)
        edit.notifiedNs[client] = nowNs();
}

void Bench::onValueChanged(int client, const FieldRef &ref)
{
    if (ref.entity != Entity::Card || ref.field != int(CardField::Title))
        return;
    const Card *card = m_docs[client]->card(ref.id);
    if (!card)
        return;
    const auto it = m_openByText.constFind(card->title);
    if (it == m_openByText.constEnd())
        return;
    const qint64 now = nowNs();
    const int index = *it;
    // Older open edits of this card that this client never saw on their own: superseded.
    for (Edit &older : m_edits) {
        if (m_openOnCard.value(ref.id) < 2)
            break;
        if (older.open && older.card == ref.id && older.number < m_edits[index].number && older.client != client
            && older.updatedNs[client] < 0) {
            older.updatedNs[client] = now;
            ++m_superseded;
            if (--older.outstanding == 0)
                close(older);
        }
    }
    Edit &edit = m_edits[index];
    if (!edit.open || edit.client == client || edit.updatedNs[client] >= 0)
        return;
    edit.updatedNs[client] = now;
    if (--edit.outstanding == 0)
        close(edit);
}

void Bench::close(Edit &edit)
{
    if (!edit.open)
        return;
    edit.open = false;
    m_openByText.remove(edit.text);
    if (--m_openOnCard[edit.card] == 0)
        m_openOnCard.remove(edit.card);
}

void Bench::expire()
{
    const qint64 now = nowNs();
    for (Edit &edit : m_edits) {
        if (edit.open && now > edit.deadlineNs) {
            m_missed += edit.outstanding;
            edit.outstanding = 0;
            close(edit);
        }
    }
}

bool Bench::attempt(int client, Id card, bool pairFirst, bool pairSecond)
{
    Document &document = *m_docs[client];
    WorkspaceLink *link = WorkspaceLink::of(&document);
    const int number = ++m_attempts;
    const QString text = u"Edit %1 by client %2"_s.arg(number).arg(client + 1);
    const QString before = document.card(card) ? document.card(card)->title : QString();
    const qint64 seqBefore = link->changeSeq();
    const qint64 start = nowNs();
    try {
        document.setValue(titleOf(card), text);
    } catch (const StoreError &error) {
        const qint64 end = nowNs();
        m_refusalMs.push_back(ms(end - start));
        if (error.code() == StoreError::Code::Conflict) {
            ++m_conflicts;
            if (!pairFirst && !pairSecond)
                ++m_refusedSingle;
        } else {
            ++m_otherErrors;
            if (m_errorMessages.size() < 5)
                m_errorMessages.append(error.message());
        }
        // Nothing of the refused edit may remain in the model.
        if (!document.card(card) || document.card(card)->title != before || document.isChanging())
            ++m_halfApplied;
        if (link->changeSeq() < seqBefore) {
            ++m_seqWentBack;
            m_seqBackBy += seqBefore - link->changeSeq();
        }
        return false;
    }
    const qint64 commit = nowNs();
    m_setValueMs.push_back(ms(commit - start));
    ++m_landed;
    Edit edit;
    edit.number = number;
    edit.client = client;
    edit.card = card;
    edit.text = text;
    edit.seq = link->changeSeq();
    edit.commitNs = commit;
    edit.deadlineNs = commit + qint64(m_o.timeoutMs) * 1'000'000;
    edit.outstanding = m_o.clients - 1;
    edit.notifiedNs.assign(std::size_t(m_o.clients), -1);
    edit.updatedNs.assign(std::size_t(m_o.clients), -1);
    edit.open = edit.outstanding > 0;
    m_edits.push_back(edit);
    const int index = int(m_edits.size() - 1);
    m_bySeq.insert(edit.seq, index);
    if (edit.open) {
        m_openByText.insert(text, index);
        ++m_openOnCard[card];
    }
    return true;
}

void Bench::tick()
{
    const qint64 now = nowNs();
    if (m_ticks == 0)
        m_firstTickNs = now;
    else
        m_tickLateMs.push_back(std::max(0.0, ms(now - m_firstTickNs) - double(m_ticks) * m_o.intervalMs));
    ++m_ticks;
    const int left = m_o.edits - m_attempts;
    const bool pair = m_o.clients > 1 && left >= 2 && int(m_rng.bounded(100u)) < m_o.pairPercent;
    const int a = int(m_rng.bounded(quint32(m_o.clients)));
    if (!pair) {
        attempt(a, freeCard(), false, false);
    } else {
        ++m_pairTicks;
        int b = int(m_rng.bounded(quint32(m_o.clients - 1)));
        if (b >= a)
            ++b;
        const bool sameCard = m_pairTicks % 2 == 1;
        const Id first = freeCard();
        const Id second = sameCard ? first : freeCard(first);
        // No event loop between the two: b cannot have heard of a's change.
        const bool firstLanded = attempt(a, first, true, false);
        const bool secondLanded = attempt(b, second, false, true);
        if (firstLanded && secondLanded != sameCard)
            ++m_pairExpected;
        else if (firstLanded && sameCard)
            ++m_pairBothLanded;
        else if (firstLanded)
            ++m_pairApartRefused;
        else {
            ++m_pairFirstRefused;
            if (secondLanded)
                ++m_pairSecondAfterRefused;
        }
    }
    if (m_attempts >= m_o.edits)
        m_tick->stop();
}

bool Bench::waitUntil(const std::function<bool()> &done, int timeoutMs)
{
    // The event loop itself, checked every few ms: no sleeping between events, which would add
    // to the latencies measured.
    if (done())
        return true;
    QElapsedTimer timer;
    timer.start();
    QEventLoop loop;
    QTimer check;
    check.setInterval(5);
    connect(&check, &QTimer::timeout, &loop, [&] {
        if (done() || timer.elapsed() >= timeoutMs)
            loop.quit();
    });
    check.start();
    loop.exec();
    return done();
}

int Bench::finalCheck()
{
    Workspace workspace(m_address);
    qint64 serverSeq = workspace.read(m_o.name).changeSeq;
    // Every client at the server's last change (catch-ups left in flight, polls).
    const bool settled = waitUntil([&] {
        for (const auto &document : m_docs) {
            if (WorkspaceLink::of(document.get())->changeSeq() != serverSeq)
                return false;
        }
        return true;
    }, 30000);
    const Workspace::MapContent content = workspace.read(m_o.name);
    serverSeq = content.changeSeq;
    const QByteArray reference = jsonOf(content.data);
    QStringList differ;
    for (int i = 0; i < int(m_docs.size()); ++i) {
        if (jsonOf(m_docs[i]->snapshot()) != reference || WorkspaceLink::of(m_docs[i].get())->changeSeq() != serverSeq)
            differ.append(QString::number(i + 1));
    }
    // Each landed edit's text is in the workspace unless a later landed edit of the card replaced it.
    QHash<Id, QString> lastText;
    for (const Edit &edit : m_edits)
        lastText.insert(edit.card, edit.text);
    int lost = 0;
    for (auto it = lastText.cbegin(); it != lastText.cend(); ++it) {
        const auto card = std::find_if(content.data.cards.cbegin(), content.data.cards.cend(), [&](const Card &c) { return c.id == it.key(); });
        if (card == content.data.cards.cend() || card->title != it.value())
            ++lost;
    }
    say(u""_s);
    say(u"Final state (change %1 in the workspace):"_s.arg(serverSeq));
    if (differ.isEmpty() && lost == 0) {
        say(u"  states agree:   yes: all %1 documents' snapshot() and a fresh Workspace::read() give the same JSON "
            "(MapJson::Detail::Complete, %2 bytes)%3"_s.arg(m_docs.size()).arg(reference.size())
                .arg(settled ? QString() : u"; some clients took over 30 s to reach the last change"_s));
    } else {
        if (!differ.isEmpty())
            say(u"  states agree:   NO: clients %1 differ from the workspace%2"_s.arg(differ.join(u", "_s),
                settled ? QString() : u" (not all reached the server's last change within 30 s)"_s));
        if (lost)
            say(u"  last edits:     %1 card(s) do not hold the last landed edit of them"_s.arg(lost));
    }
    return differ.isEmpty() && lost == 0 ? 0 : 1;
}

// The cost of one client's catch-up on its own, no queue in front of it: client 2 catches up
// on client 1's edit by calling WorkspaceLink::catchUp() directly; then the model's re-read
// alone (Document::followStore, which catchUp() ends with); then one round trip to the server.
void Bench::profile()
{
    if (m_o.profileRounds <= 0 || m_docs.size() < 2)
        return;
    Document &writer = *m_docs[0];
    Document &reader = *m_docs[1];
    WorkspaceLink *readerLink = WorkspaceLink::of(&reader);
    std::vector<double> setValue, catchUp, follow, notify, roundTrip, localCommit, catchUpSyncOff, localCommitSyncOff;
    const Id card = m_cards.first();
    m_app.setTiming(false);
    const auto everyoneAt = [&] {
        const qint64 seq = WorkspaceLink::of(&writer)->changeSeq();
        return std::all_of(m_docs.cbegin(), m_docs.cend(), [seq](const auto &d) { return WorkspaceLink::of(d.get())->changeSeq() == seq; });
    };
    for (int round = 0; round < m_o.profileRounds; ++round) {
        // Everyone idle and up to date first. No event is handled between the edit and the
        // direct calls, so the reader's own catch-up has not run yet.
        waitUntil(everyoneAt, 10000);
        qint64 start = nowNs();
        try {
            writer.setValue(titleOf(card), u"Profile %1"_s.arg(round));
        } catch (const StoreError &) {
            continue;
        }
        setValue.push_back(ms(nowNs() - start));
        start = nowNs();
        readerLink->catchUp();
        catchUp.push_back(ms(nowNs() - start));
        start = nowNs();
        reader.followStore(u"Profile"_s, {});
        follow.push_back(ms(nowNs() - start));
        // The private copy's own commit of a one-row change, timed, then undone by another
        // (both behind the workspace's back; SQLite skips an UPDATE that changes nothing).
        const auto commitLocally = [&] {
            const qint64 begin = nowNs();
            {
                Store::Transaction local(reader.store());
                reader.store().run(u"UPDATE card SET title = title || '.' WHERE id = ?"_s, {card});
                local.commit();
            }
            const double spent = ms(nowNs() - begin);
            Store::Transaction local(reader.store());
            reader.store().run(u"UPDATE card SET title = substr(title, 1, length(title) - 1) WHERE id = ?"_s, {card});
            local.commit();
            return spent;
        };
        localCommit.push_back(commitLocally());
        // The same two with the copy not synced (the suggested change), on this client only.
        const QString mode = reader.store().scalar(u"PRAGMA synchronous"_s).toString();
        reader.store().run(u"PRAGMA synchronous = OFF"_s);
        waitUntil(everyoneAt, 10000);
        try {
            writer.setValue(titleOf(card), u"Profile %1 unsynced"_s.arg(round));
            start = nowNs();
            readerLink->catchUp();
            catchUpSyncOff.push_back(ms(nowNs() - start));
        } catch (const StoreError &) {
        }
        localCommitSyncOff.push_back(commitLocally());
        reader.store().run(u"PRAGMA synchronous = %1"_s.arg(mode.toInt()));
        waitUntil(everyoneAt, 10000);
        // The NOTIFY of a second edit, the loop otherwise idle: the first listener to read it.
        qint64 notified = -1;
        qint64 seq = -1;
        std::vector<QMetaObject::Connection> connections;
        for (const QString &name : QSqlDatabase::connectionNames()) {
            if (QSqlDriver *driver = QSqlDatabase::database(name, false).driver())
                connections.push_back(connect(driver, &QSqlDriver::notification, this,
                                              [&](const QString &channel, QSqlDriver::NotificationSource, const QVariant &payload) {
                                                  if (notified < 0 && channel == Workspace::notifyChannel()
                                                      && payload.toString().endsWith(u":%1"_s.arg(seq)))
                                                      notified = nowNs();
                                              }));
        }
        qint64 commit = 0;
        try {
            writer.setValue(titleOf(card), u"Profile %1 again"_s.arg(round));
            commit = nowNs();
            seq = WorkspaceLink::of(&writer)->changeSeq();
            waitUntil([&] { return notified >= 0; }, 2000);
        } catch (const StoreError &) {
        }
        for (const auto &connection : connections)
            disconnect(connection);
        if (notified >= 0)
            notify.push_back(ms(notified - commit));
    }
    {
        Workspace workspace(m_address);
        for (int round = 0; round < m_o.profileRounds; ++round) {
            const qint64 start = nowNs();
            workspace.connection().scalar(u"SELECT 1"_s);
            roundTrip.push_back(ms(nowNs() - start));
        }
    }
    say(u""_s);
    say(u"One client's work on its own (%1 rounds; client 1 edits, client 2 catches up by a direct call):"_s.arg(m_o.profileRounds));
    say(u"  setValue (capture, write-through, commit):      "_s + distribution(setValue));
    say(u"  WorkspaceLink::catchUp() (log, rows, model):    "_s + distribution(catchUp));
    say(u"  of which Document::followStore() (model re-read):"_s + distribution(follow));
    say(u"  the private copy's commit alone (as during the run):    "_s + distribution(localCommit));
    say(u"  with PRAGMA synchronous = OFF on the copy: catchUp(): "_s + distribution(catchUpSyncOff));
    say(u"                                   its commit alone:    "_s + distribution(localCommitSyncOff));
    say(u"  commit -> first NOTIFY read, loop idle:         "_s + distribution(notify));
    say(u"  one round trip (SELECT 1):                      "_s + distribution(roundTrip));
}

void Bench::report(qint64 runNs, const Usage &usage)
{
    std::vector<double> samples, notified, afterNotify, first, last;
    std::vector<std::vector<double>> byRank(std::size_t(std::max(1, m_o.clients - 1)));
    for (const Edit &edit : m_edits) {
        std::vector<qint64> arrivals;
        for (int c = 0; c < m_o.clients; ++c) {
            if (c == edit.client || edit.updatedNs[std::size_t(c)] < 0)
                continue;
            const qint64 updated = edit.updatedNs[std::size_t(c)];
            samples.push_back(ms(updated - edit.commitNs));
            arrivals.push_back(updated);
            const qint64 heard = edit.notifiedNs[std::size_t(c)];
            if (heard >= 0) {
                notified.push_back(ms(heard - edit.commitNs));
                if (updated >= heard)
                    afterNotify.push_back(ms(updated - heard));
            }
        }
        if (arrivals.empty())
            continue;
        std::sort(arrivals.begin(), arrivals.end());
        first.push_back(ms(arrivals.front() - edit.commitNs));
        last.push_back(ms(arrivals.back() - edit.commitNs));
        for (std::size_t r = 0; r < arrivals.size() && r < byRank.size(); ++r)
            byRank[r].push_back(ms(arrivals[r] - edit.commitNs));
    }
    std::vector<double> sorted = samples;
    std::sort(sorted.begin(), sorted.end());
    const double seconds = double(runNs) / 1e9;

    say(u""_s);
    say(u"Settings: %1 clients, %2 edits, a tick every %3 ms, %4 % of ticks two edits, seed %5, timeout %6 ms per edit"_s
            .arg(m_o.clients).arg(m_o.edits).arg(m_o.intervalMs).arg(m_o.pairPercent).arg(m_o.seed).arg(m_o.timeoutMs));
    say(u"Run: %1 ticks (%2 with two edits) in %3 s: %4 edits/s attempted, %5 landed/s; ticks behind schedule by %6"_s.arg(m_ticks)
            .arg(m_pairTicks)
            .arg(seconds, 0, 'f', 2)
            .arg(double(m_attempts) / seconds, 0, 'f', 1)
            .arg(double(m_landed) / seconds, 0, 'f', 1)
            .arg(distribution(m_tickLateMs)));
    say(u""_s);
    say(u"clients:   %1"_s.arg(m_o.clients));
    say(u"edits:     %1 attempted, %2 landed, %3 refused"_s.arg(m_attempts).arg(m_landed).arg(m_conflicts + m_otherErrors));
    say(u"samples:   %1 of %2 expected (landed x %3 others)"_s.arg(samples.size()).arg(qint64(m_landed) * (m_o.clients - 1)).arg(m_o.clients - 1));
    say(u"p50:       %1 ms"_s.arg(percentile(sorted, 50), 0, 'f', 1));
    say(u"p95:       %1 ms"_s.arg(percentile(sorted, 95), 0, 'f', 1));
    say(u"p99:       %1 ms"_s.arg(percentile(sorted, 99), 0, 'f', 1));
    say(u"max:       %1 ms"_s.arg(sorted.empty() ? 0.0 : sorted.back(), 0, 'f', 1));
    say(u"refusals:  %1 Conflict: %2 pairs as expected (first landed; second refused on the same card, landed on another), %3 lone edits by a client not caught up yet, "
        "%4 pairs whose first was refused already (%5 of their seconds landed); other errors %6"_s.arg(m_conflicts)
            .arg(m_pairExpected)
            .arg(m_refusedSingle)
            .arg(m_pairFirstRefused)
            .arg(m_pairSecondAfterRefused)
            .arg(m_otherErrors));
    if (m_pairBothLanded)
        say(u"           UNEXPECTED: %1 pairs where the second edit landed over the first's change to the same card"_s.arg(m_pairBothLanded));
    if (m_pairApartRefused)
        say(u"           needless: %1 pairs where the second edit, of another card, was refused"_s.arg(m_pairApartRefused));
    for (const QString &message : std::as_const(m_errorMessages))
        say(u"           error: "_s + message);
    say(u"           half-applied after a refusal: %1; refusals that moved the client's change_seq back: %2 (by %3 changes in all)"_s
            .arg(m_halfApplied).arg(m_seqWentBack).arg(m_seqBackBy));
    say(u"missed:    %1 (no update within %2 ms); superseded by a later edit of the card before seen: %3"_s.arg(m_missed)
            .arg(m_o.timeoutMs).arg(m_superseded));
    say(u"peak RSS:  %1 MiB (VmHWM)"_s.arg(double(procStatusKib("VmHWM")) / 1024.0, 0, 'f', 1));
    say(u"CPU:       %1 s of this process's CPU time in %2 s (%3 % of one core); context switches: %4 voluntary, %5 involuntary"_s
            .arg(usage.cpuSeconds, 0, 'f', 2).arg(seconds, 0, 'f', 2).arg(100.0 * usage.cpuSeconds / seconds, 0, 'f', 0)
            .arg(usage.voluntary).arg(usage.involuntary));
    if (!m_o.localSync.isEmpty())
        say(u"EXPERIMENT: every client's private copy ran with PRAGMA synchronous = %1 (Waymark opens it with FULL)"_s.arg(m_o.localSync));
    if (!m_o.localJournal.isEmpty())
        say(u"EXPERIMENT: every client's private copy ran with PRAGMA journal_mode = %1 (Waymark opens it with DELETE)"_s.arg(m_o.localJournal));
    say(u""_s);
    say(u"Where the latency goes (commit = right after setValue returned):"_s);
    say(u"  commit -> update, all samples:      "_s + distribution(samples));
    say(u"  commit -> the first other updated:  "_s + distribution(first));
    say(u"  commit -> the last other updated:   "_s + distribution(last));
    const std::size_t ranks = byRank.size();
    std::vector<std::size_t> shown{0, ranks / 4, ranks / 2, (3 * ranks) / 4, ranks - 1};
    shown.erase(std::unique(shown.begin(), shown.end()), shown.end());
    for (const std::size_t r : shown) {
        if (r < ranks && !byRank[r].empty())
            say(u"    %1. other to update:  %2"_s.arg(r + 1, 2).arg(distribution(byRank[r])));
    }
    say(u"  commit -> NOTIFY read by the client's listener: "_s + distribution(notified));
    say(u"  NOTIFY read -> update (queue + catch-up):       "_s + distribution(afterNotify));
    say(u"  setValue of a landed edit:          "_s + distribution(m_setValueMs));
    say(u"  setValue of a refused edit:         "_s + distribution(m_refusalMs));
    say(u""_s);
    say(u"The event loop's time during the run, by event (outermost handler, wall clock; %1 s in all):"_s.arg(seconds, 0, 'f', 2));
    QList<std::pair<QString, TimedApplication::Cost>> costs;
    for (auto it = m_app.costs().cbegin(); it != m_app.costs().cend(); ++it)
        costs.append({it.key(), it.value()});
    std::sort(costs.begin(), costs.end(), [](const auto &a, const auto &b) { return a.second.totalNs > b.second.totalNs; });
    for (const auto &[name, cost] : std::as_const(costs)) {
        if (cost.totalNs < runNs / 1000)
            continue;
        say(u"  %1 %2 s  %3 %  n %4  mean %5 ms  max %6 ms"_s.arg(name, -58)
                .arg(double(cost.totalNs) / 1e9, 7, 'f', 3)
                .arg(100.0 * double(cost.totalNs) / double(runNs), 5, 'f', 1)
                .arg(cost.count, 6)
                .arg(ms(cost.totalNs) / double(cost.count), 7, 'f', 2)
                .arg(ms(cost.maxNs), 7, 'f', 1));
    }
    say(u""_s);
    say(u"Note: all %1 clients run in this one process, on one thread: a commit's %2 updates are handled one after another, "
        "so the later ones wait for the earlier ones (a pessimistic figure next to %1 machines)."_s
            .arg(m_o.clients).arg(m_o.clients - 1));
}

int Bench::run()
{
    m_address = WorkspaceAddress::parse(m_o.url);
    if (m_o.name.isEmpty())
        m_o.name = m_address.map.isEmpty() ? u"latency"_s : m_address.map;
    const QElapsedTimer setup = [] { QElapsedTimer t; t.start(); return t; }();
    Workspace::init(m_address);
    {
        QTemporaryDir dir;
        if (!dir.isValid())
            throw StoreError(StoreError::Code::Io, u"cannot create a temporary folder"_s);
        // The ids a file gives, as publish keeps them.
        MapData map;
        if (m_o.mapJson.isEmpty()) {
            map = TemplateLibrary::load(u"phone-store"_s);
        } else {
            QFile file(m_o.mapJson);
            if (!file.open(QIODevice::ReadOnly))
                throw StoreError(StoreError::Code::Io, u"cannot read %1: %2"_s.arg(m_o.mapJson, file.errorString()));
            map = MapJson::fromJson(QJsonDocument::fromJson(file.readAll()).object());
        }
        const auto document = Document::create(dir.filePath(u"map.waymark"_s), map);
        Workspace(m_address).publish(m_o.name, document->snapshot(), {}, false);
    }
    openClients();
    for (const Card &card : m_docs.front()->snapshot().cards)
        m_cards.append(card.id);
    if (m_cards.size() < 2)
        throw StoreError(StoreError::Code::Invalid, u"the map has fewer than two cards"_s);
    say(u"Published '%1' as '%2' (%3 cards) and opened it in %4 documents in %5 s"_s
            .arg(m_o.mapJson.isEmpty() ? u"phone-store"_s : m_o.mapJson, m_o.name)
            .arg(m_cards.size()).arg(m_o.clients).arg(double(setup.elapsed()) / 1000.0, 0, 'f', 2));
    // Presence settles (every client answers each hello) before the clock runs.
    waitUntil([] { return false; }, 1000);

    m_tick = new QTimer(this);
    m_tick->setTimerType(Qt::PreciseTimer);
    m_tick->setInterval(m_o.intervalMs);
    connect(m_tick, &QTimer::timeout, this, &Bench::tick);
    m_app.nameReceiver(m_tick, u"edit timer (setValue)"_s);
    m_expiry = new QTimer(this);
    m_expiry->setInterval(100);
    connect(m_expiry, &QTimer::timeout, this, &Bench::expire);

    m_app.setTiming(true);
    const Usage usageBefore = usageNow();
    const qint64 start = nowNs();
    m_tick->start();
    m_expiry->start();
    const bool done = waitUntil([this] {
        if (m_tick->isActive())
            return false;
        return std::none_of(m_edits.cbegin(), m_edits.cend(), [](const Edit &e) { return e.open; });
    }, m_o.edits * m_o.intervalMs * 4 + m_o.timeoutMs + 600000);
    const qint64 runNs = nowNs() - start;
    const Usage usageAfter = usageNow();
    m_app.setTiming(false);
    m_expiry->stop();
    if (!done) {
        m_tick->stop();
        expire();
    }
    report(runNs, {usageAfter.cpuSeconds - usageBefore.cpuSeconds, usageAfter.voluntary - usageBefore.voluntary,
                   usageAfter.involuntary - usageBefore.involuntary});
    const int status = finalCheck();
    profile();
    if (m_pairBothLanded || m_halfApplied)
        return 1;
    return status;
}

} // namespace

int main(int argc, char *argv[])
{
    benchClock().start();
    // A private settings folder: the authors set per client touch neither the user's settings
    // nor the figures.
    QTemporaryDir home;
    if (!home.isValid()) {
        fail(u"cannot create a temporary folder"_s);
        return 1;
    }
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(home.filePath(u"config"_s)));
    TimedApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"waymark_workspace_latency"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(u"Simulated clients editing one workspace map: latency from one's commit to the others' model update."_s);
    parser.addHelpOption();
    parser.addPositionalArgument(u"URL"_s, u"The workspace: postgresql://USER@HOST:PORT/DB (its password in ~/.pgpass or PGPASSFILE)."_s);
    parser.addOptions({
        {u"clients"_s, u"Documents open on the map (default 20)."_s, u"N"_s, u"20"_s},
        {u"edits"_s, u"Edits to attempt (default 400)."_s, u"N"_s, u"400"_s},
        {u"interval-ms"_s, u"Time between ticks, each one or two edits (default 25)."_s, u"MS"_s, u"25"_s},
        {u"seed"_s, u"Seed of the random choices (default 1)."_s, u"N"_s, u"1"_s},
        {u"pair-percent"_s, u"Ticks in which two clients edit back to back (default 10)."_s, u"P"_s, u"10"_s},
        {u"timeout-ms"_s, u"How long each edit may take to reach every other client (default 10000)."_s, u"MS"_s, u"10000"_s},
        {u"name"_s, u"The map's name in the workspace (default: the URL's #NAME, else 'latency'); it must not exist."_s, u"NAME"_s},
        {u"local-sync"_s, u"Experiment: PRAGMA synchronous (FULL, NORMAL or OFF) of each client's private copy (default: as Waymark opens it, FULL)."_s, u"MODE"_s},
        {u"local-journal"_s, u"Experiment: PRAGMA journal_mode (DELETE, TRUNCATE, PERSIST or MEMORY) of each client's private copy (default: as opened, DELETE)."_s, u"MODE"_s},
        {u"map-json"_s, u"Publish this map (JSON interchange, e.g. from waymark_generate_map) instead of the phone-store template."_s, u"FILE"_s},
        {u"profile-rounds"_s, u"Rounds of the one-client cost breakdown after the run (default 30; 0: none)."_s, u"N"_s, u"30"_s},
    });
    parser.process(app);
    if (parser.positionalArguments().size() != 1) {
        fail(parser.positionalArguments().isEmpty() ? u"missing the workspace URL"_s : u"expected one workspace URL"_s);
        return 2;
    }
    Options o;
    o.url = parser.positionalArguments().constFirst();
    o.name = parser.value(u"name"_s);
    const auto clients = count(parser, u"clients"_s, 1, 200);
    const auto edits = count(parser, u"edits"_s, 1, 1'000'000);
    const auto interval = count(parser, u"interval-ms"_s, 0, 60'000);
    const auto pair = count(parser, u"pair-percent"_s, 0, 100);
    const auto timeout = count(parser, u"timeout-ms"_s, 1, 3'600'000);
    const auto rounds = count(parser, u"profile-rounds"_s, 0, 100'000);
    if (!clients || !edits || !interval || !pair || !timeout || !rounds)
        return 2;
    bool seedOk = false;
    o.seed = parser.value(u"seed"_s).toUInt(&seedOk);
    if (!seedOk) {
        fail(u"--seed takes a whole number from 0 to 4294967295, not '%1'"_s.arg(parser.value(u"seed"_s)));
        return 2;
    }
    o.clients = *clients;
    o.edits = *edits;
    o.intervalMs = *interval;
    o.pairPercent = *pair;
    o.timeoutMs = *timeout;
    o.profileRounds = *rounds;
    o.mapJson = parser.value(u"map-json"_s);
    o.localJournal = parser.value(u"local-journal"_s).toUpper();
    if (!o.localJournal.isEmpty() && !QStringList{u"DELETE"_s, u"TRUNCATE"_s, u"PERSIST"_s, u"MEMORY"_s}.contains(o.localJournal)) {
        fail(u"--local-journal takes DELETE, TRUNCATE, PERSIST or MEMORY, not '%1'"_s.arg(parser.value(u"local-journal"_s)));
        return 2;
    }
    o.localSync = parser.value(u"local-sync"_s).toUpper();
    if (!o.localSync.isEmpty() && o.localSync != u"FULL"_s && o.localSync != u"NORMAL"_s && o.localSync != u"OFF"_s) {
        fail(u"--local-sync takes FULL, NORMAL or OFF, not '%1'"_s.arg(parser.value(u"local-sync"_s)));
        return 2;
    }

    try {
        Bench bench(app, o);
        return bench.run();
    } catch (const StoreError &error) {
        fail(error.message());
        return 1;
    } catch (const FormatError &error) {
        fail(u"%1: %2"_s.arg(o.mapJson, error.message()));
        return 1;
    }
}
