#pragma once

#include "documentmirror.h"
#include "model/fields.h"
#include "model/mapdata.h"
#include "model/response.h"
#include "model/responsebatch.h"
#include "store/responsesummary.h"
#include "store/store.h"

#include <QHash>
#include <QObject>

class QTimer;

#include <memory>
#include <optional>

namespace Waymark {

class MapWriter;

// One open journey map: the model every view reads and every command changes.
//
// The changing functions are for undo commands only. Each writes through to the file in a
// transaction (its own, or the enclosing Change's), then updates the model and emits the
// signal, so the file on disk is always what the user sees. A failed write throws
// StoreError; the file is rolled back and the model reloaded from it (reset() is emitted).
class Document : public QObject
{
    Q_OBJECT

public:
    static std::unique_ptr<Document> open(const QString &path, Store::Access access = Store::Access::ReadWrite);
    // Writes `data` (ids and references as they are) to a new file and opens it; `lock`, when
    // given, is the map's lock the caller took already (see Store::create()).
    static std::unique_ptr<Document> create(const QString &path, const MapData &data, std::unique_ptr<MapLock> lock = {});
    // The same without opening the result, for the command line's `new`.
    static void write(const QString &path, const MapData &data);
    ~Document() override;

    const QString &path() const { return m_store->path(); }
    // The map as messages name it: its file, quoted, or the workspace's map it mirrors.
    QString quotedName() const;
    // Read-only as a file, or while its mirror may not be written (a read-only role, a server
    // that cannot be reached); readOnlyReason() then says why.
    bool isReadOnly() const { return m_store->isReadOnly() || (m_mirror && !m_mirror->isWritable()); }
    QString readOnlyReason() const { return m_mirror && !m_mirror->isWritable() ? m_mirror->readOnlyReason() : QString(); }
    Store &store() { return *m_store; }
    const Store &store() const { return *m_store; }

    // What had to be cut, clamped or defaulted as the map was read (a file out of bounds is
    // untrusted input, not an error): the first few of warningCount().
    const QStringList &warnings() const { return m_warnings; }
    int warningCount() const { return m_warningCount; }

    const MapInfo &info() const { return m_data.info; }
    const QList<Stage> &stages() const { return m_data.stages; }
    const QList<Lane> &lanes() const { return m_data.lanes; }
    const QList<Persona> &personas() const { return m_data.personas; }
    const QList<BusinessPeriod> &businessPeriods() const { return m_data.businessPeriods; }
    const Stage *stage(Id id) const;
    const Lane *lane(Id id) const;
    const Persona *persona(Id id) const;
    const BusinessPeriod *businessPeriod(Id id) const;
    int stageIndex(Id id) const;
    int laneIndex(Id id) const;
    int personaIndex(Id id) const;
    int businessPeriodIndex(Id id) const;

    const Card *card(Id id) const;
    const QList<Id> &cardsIn(Id stage, Id lane) const; // in cell order
    QList<Id> cardsOfStage(Id stage) const;           // lane by lane
    QList<Id> cardsOfLane(Id lane) const;             // stage by stage
    QList<Id> cardsTagged(Id persona) const;
    int cardCount() const { return int(m_cards.size()); }
    int emotionPointCount() const { return int(m_emotions.size()); }

    // Opportunities and the pain points they address (documentlinks.cpp). The lists of ids
    // are in document order.
    const QList<CardLink> &links() const { return m_data.links; } // in no particular order
    bool isLinked(const CardLink &link) const;
    QList<Id> painPointsOf(Id opportunity) const;
    QList<Id> opportunitiesOf(Id painPoint) const;
    QList<CardLink> linksOf(Id card) const; // either way round
    // Whether card `a` comes before card `b` in document order (stage, lane, position).
    bool precedes(Id a, Id b) const;

    const EmotionPoint *emotionPoint(Id persona, Id stage) const;
    QList<EmotionPoint> emotionPointsOf(Id persona) const; // in stage order
    QList<EmotionPoint> emotionPointsAt(Id stage) const;   // in persona order

    // The colour a stage or persona is shown in: its own, or the default for its position.
    QColor stageColor(Id stage) const;
    QColor personaColor(Id persona) const;

    QVariant value(const FieldRef &ref) const;
    bool exists(const FieldRef &ref) const;

    qint64 responseCount();
    // The responses of the stages (all when empty), in id order.
    ResponseBatch responsesOfStages(const QList<Id> &stages);
    QList<Id> responsesNamingTouchpoint(Id card);
    // The sums of the answers per stage, touchpoint and segment: what metrics are made of.
    QMap<SummaryKey, AnswerSums> responseSummary();
    ResponseBatch responsesWithIds(const QList<Id> &ids); // in id order
    // Every response that names a respondent, for an import to tell the respondents it has.
    void forEachRespondent(const std::function<void(QByteArrayView respondent, Id response)> &visit);
    // The survey import mapping remembered for an export layout (ImportMapping's JSON, bounded).
    std::optional<QByteArray> importMapping(const QString &signature);
    // Every remembered mapping (signature, JSON), by signature.
    QList<QPair<QString, QByteArray>> importMappings();

    // Comments on cards, stages and the map (documentcomments.cpp), threads and replies in id
    // order.
    const QList<Comment> &comments() const { return m_data.comments; }
    const Comment *comment(Id id) const;
    QList<Comment> repliesTo(Id thread) const; // in id order
    // The threads on a target, open ones only unless `resolvedToo`.
    QList<Comment> threadsOn(Comment::Target target, Id id, bool resolvedToo = false) const;

    // The whole map as plain values, in document order.
    MapData snapshot() const;

    // Groups changes into one transaction; nestable. Destroyed without commit() (an exception
    // passing through), it rolls the file back and reloads the model.
    class Change
    {
    public:
        explicit Change(Document &document);
        ~Change();
        void commit();
        Change(const Change &) = delete;
        Change &operator=(const Change &) = delete;

    private:
        Document &m_document;
        std::optional<Store::Transaction> m_transaction;
        bool m_done = false;
    };

    Id insertStage(int index, const Stage &stage);
    void removeStage(Id id); // the stage must be empty: no cards, emotion points or responses
    void moveStage(int from, int to);
    Id insertLane(int index, const Lane &lane);
    void removeLane(Id id); // the lane must hold no cards
    void moveLane(int from, int to);
    Id insertPersona(int index, const Persona &persona);
    void removePersona(Id id); // no card may be tagged with it and it may have no emotion points
    void movePersona(int from, int to);
    Id insertBusinessPeriod(int index, const BusinessPeriod &period);
    void removeBusinessPeriod(Id id);
    void moveBusinessPeriod(int from, int to);

    Id insertCard(const Card &card); // at card.position in its cell
    void removeCard(Id id);          // no response may name it
    void moveCard(Id id, Id stage, Id lane, int position);
    void setCardPersonas(Id id, QList<Id> personas);
    // Both cards must exist and differ; a link that exists already is refused.
    void linkCards(const CardLink &link);
    void unlinkCards(const CardLink &link);

    void setEmotionPoint(const EmotionPoint &point); // adds or replaces
    void removeEmotionPoint(Id persona, Id stage);

    void setValue(const FieldRef &ref, const QVariant &value);

    // With its own id, or a new one when it has none; a reply's thread must exist and start a
    // thread itself. Returns the id.
    Id insertComment(const Comment &comment);
    void removeComment(Id id); // its replies must be gone first
    // Writes what may change of a comment once it is made: its text and whether it is resolved.
    void updateComment(const Comment &comment);

    // Rows with id 0 are numbered after the last response, in order. `progress` as for
    // ResponseTable::insert: returning false cancels, and nothing is written.
    void insertResponses(ResponseBatch &batch, const std::function<bool(qint64)> &progress = {});
    void insertResponses(const QList<Response> &responses);
    void removeResponseRange(Id first, Id last);
    void removeResponses(const QList<Id> &ids);
    // Remembers (an empty `json`: forgets) the import mapping of an export layout.
    void setImportMapping(const QString &signature, const QByteArray &json);
    void removeResponsesOfStage(Id stage);
    void setResponsesTouchpoint(const QList<Id> &ids, Id touchpoint);

    // Replaces the whole map but its responses (and its snapshots and comments) with `data`,
    // ids as they are, and emits reset(): restoring a labelled version. The responses must
    // refer only to stages and cards `data` has, or the write fails (StoreError).
    void replaceContent(const MapData &data);

    // Re-reads the file into the model and emits reset().
    void reload();

    // Another copy every change is written through to before it commits (a workspace map);
    // the document owns it. Save As detaches it: the copy saved is a file of its own.
    void attachMirror(std::unique_ptr<DocumentMirror> mirror);
    DocumentMirror *mirror() const { return m_mirror.get(); }
    // Whether a change is being made (a transaction is open): others' changes wait for its end.
    bool isChanging() const { return m_changeDepth > 0; }
    // What the next outermost change is, for the mirror's log ("Edit Title"); set by commands.
    void setChangeLabel(const QString &label) { m_changeLabel = label; }
    // The mirror wrote someone else's change into the store: the model follows, through the
    // per-entity signals, and changedElsewhere() says who did what. The undo history stays;
    // an undo of what they changed since is refused (undoConflict()).
    void followStore(const QString &author, const QString &what);
    // Who (per followStore()) last changed a field, or deleted a card, stage, lane or persona;
    // empty when nobody else did.
    QString changedBy(const FieldRef &ref) const { return m_changedBy.value(ref); }
    QString deletedBy(Entity entity, Id id) const { return m_deletedBy.value({int(entity), id}); }
    // Throws StoreError(Conflict) when `ref` no longer holds `expected` because someone else
    // changed it since (an undo must not overwrite their change), or the entity is gone.
    void requireUnchanged(const FieldRef &ref, const QVariant &expected) const;
    // Tells readOnlyChanged() (the mirror's state changed).
    void mirrorStateChanged();

    // Writes a copy of the map to `path` (replacing it) and goes on editing the copy; the
    // model and the undo history stay as they are. Throws StoreError, changing nothing.
    void saveAs(const QString &path);

signals:
    void stageInserted(int index);
    void stageRemoved(int index, Waymark::Id id);
    void stageMoved(int from, int to);
    void laneInserted(int index);
    void laneRemoved(int index, Waymark::Id id);
    void laneMoved(int from, int to);
    void personaInserted(int index);
    void personaRemoved(int index, Waymark::Id id);
    void personaMoved(int from, int to);
    void businessPeriodsChanged();
    void cardInserted(Waymark::Id id);
    void cardRemoved(Waymark::Id id, Waymark::Id stage, Waymark::Id lane);
    void cardMoved(Waymark::Id id, Waymark::Id fromStage, Waymark::Id fromLane);
    void cardPersonasChanged(Waymark::Id id);
    // Added or removed, also when deleting a card takes its links along (after cardRemoved).
    void linkChanged(Waymark::Id opportunity, Waymark::Id painPoint);
    void emotionPointChanged(Waymark::Id persona, Waymark::Id stage); // added, changed or removed
    void valueChanged(const Waymark::FieldRef &ref);
    void commentChanged(Waymark::Id id); // added, changed or removed
    void responsesChanged();
    void reset(); // anything may have changed
    void writeFailed(const QString &message);
    // An undo or redo could not be written: the undo history no longer matches the file
    // and must be cleared (from a queued call, not inside QUndoStack::undo()).
    void undoHistoryBroken();
    void pathChanged();
    // The map's lock file no longer names this document (another program took it over after
    // its heartbeat stopped, or it was deleted): two writers may now be at work.
    void lockLost(const QString &message);
    // Another program committed a change, now in the model (told by the signals above).
    // `onlyAdded`: it only added things, so this side's undo history still applies.
    void changedOutside(bool onlyAdded);
    // Someone else's change arrived through the mirror: "Ana changed the title of card 'Pay'".
    void changedElsewhere(const QString &notice);
    // isReadOnly() may have changed (the workspace server went away or came back).
    void readOnlyChanged();

private:
    explicit Document(std::unique_ptr<Store> store);

    using Cell = std::pair<Id, Id>;
    void load();
    void rebuildIndexes();
    void reloadAfterFailure();
    void startHeartbeat();
    void beat();
    // documentfollow.cpp
    void startFollowing();
    qint64 dataVersion();
    qint64 responseMark();
    void checkForOutsideChanges();
    void followOutsideChange(const QString &author = {}, const QString &what = {});
    QString describeForNotice(Entity entity, Id id) const;
    [[noreturn]] void refuseGone(Entity entity, Id id) const;
    void requireCard(Id id) const;
    void renumberCell(const Cell &cell);
    template<typename T>
    Id insertOrdered(QList<T> &list, int index, T value, Entity entity);
    template<typename T>
    void moveOrdered(QList<T> &list, int from, int to, Entity entity);
    template<typename T>
    int removeOrdered(QList<T> &list, Id id, Entity entity);

    // Before the store: destroyed after it (the mirror may own the folder the store's file is in).
    std::unique_ptr<DocumentMirror> m_mirror;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<MapWriter> m_writer;
    MapData m_data;                    // cards are kept in m_cards, not in m_data.cards
    QHash<Id, Card> m_cards;
    QHash<Cell, QList<Id>> m_cells;
    QHash<std::pair<Id, Id>, EmotionPoint> m_emotions; // by (persona, stage)
    QTimer *m_heartbeat = nullptr;
    // How often the file is asked whether another program committed (PRAGMA data_version, a
    // read of a counter in memory: cheap).
    static constexpr int FollowIntervalMs = 300;
    QTimer *m_follow = nullptr;
    qint64 m_dataVersion = 0;
    qint64 m_responseMark = 0;
    int m_changeDepth = 0;
    QString m_changeLabel;
    QHash<FieldRef, QString> m_changedBy;
    QHash<std::pair<int, Id>, QString> m_deletedBy;
    QStringList m_warnings;
    int m_warningCount = 0;
};

} // namespace Waymark

Q_DECLARE_METATYPE(Waymark::FieldRef)
