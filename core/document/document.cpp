#include "document.h"

#include "model/defaultcolors.h"
#include "store/mapreader.h"
#include "store/mapwriter.h"
#include "store/importmappingtable.h"
#include "store/responsetable.h"
#include "survey/importmapping.h"
#include "io/siblingfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QTimer>

#include <QFile>

#include <climits>

namespace Waymark {

namespace {

template<typename T>
int indexOfId(const QList<T> &list, Id id)
{
    for (int i = 0; i < list.size(); ++i) {
        if (list.at(i).id == id)
            return i;
    }
    return -1;
}

template<typename T>
const T *findById(const QList<T> &list, Id id)
{
    const int i = indexOfId(list, id);
    return i < 0 ? nullptr : &list.at(i);
}

} // namespace

Document::Document(std::unique_ptr<Store> store)
    : m_store(std::move(store))
    , m_writer(std::make_unique<MapWriter>(*m_store))
{
    load();
    m_responseMark = responseMark();
    startHeartbeat();
    startFollowing();
}

// A writer's lock file says it is alive every HeartbeatSeconds, while the event loop runs:
// one that stops (a crash, a machine gone to sleep) is taken over once it has gone stale.
void Document::startHeartbeat()
{
    if (!m_store->lock()) {
        delete m_heartbeat;
        m_heartbeat = nullptr;
        return;
    }
    if (!m_heartbeat) {
        m_heartbeat = new QTimer(this);
        m_heartbeat->setInterval(MapLock::HeartbeatSeconds * 1000);
        connect(m_heartbeat, &QTimer::timeout, this, &Document::beat);
    }
    m_heartbeat->start();
}

void Document::beat()
{
    MapLock *lock = m_store->lock();
    if (!lock || lock->refresh())
        return;
    m_heartbeat->stop();
    const MapLock::Status status = MapLock::inspect(path());
    emit lockLost(status.state == MapLock::State::Free
                      ? QCoreApplication::translate("Waymark", "the lock file of %1 was deleted; another program may write to the map too")
                            .arg(store().quotedPath())
                      : QCoreApplication::translate("Waymark", "another program took over the lock of %1 (%2); close this window "
                                                               "before either writes again")
                            .arg(store().quotedPath(), MapLock::refusal(path(), status)));
}

void Document::load()
{
    MapReader reader(*m_store);
    m_data = reader.load();
    m_warnings = reader.warnings();
    m_warningCount = reader.warningCount();
    rebuildIndexes();
}

Document::~Document() = default;

std::unique_ptr<Document> Document::open(const QString &path, Store::Access access)
{
    return std::unique_ptr<Document>(new Document(Store::open(path, access)));
}

void Document::write(const QString &path, const MapData &data)
{
    std::unique_ptr<Store> store = Store::create(path);
    try {
        Store::Transaction transaction(*store);
        MapWriter(*store).writeAll(data);
        transaction.commit();
    } catch (const StoreError &) {
        store.reset();
        QFile::remove(path);
        throw;
    }
}

std::unique_ptr<Document> Document::create(const QString &path, const MapData &data, std::unique_ptr<MapLock> lock)
{
    std::unique_ptr<Store> store = Store::create(path, std::move(lock));
    try {
        Store::Transaction transaction(*store);
        MapWriter(*store).writeAll(data);
        transaction.commit();
    } catch (const StoreError &) {
        store.reset();
        QFile::remove(path);
        throw;
    }
    return std::unique_ptr<Document>(new Document(std::move(store)));
}

void Document::rebuildIndexes()
{
    m_cards.clear();
    m_cells.clear();
    m_emotions.clear();
    for (const Card &card : std::as_const(m_data.cards)) {
        m_cards.insert(card.id, card);
        m_cells[{card.stage, card.lane}].append(card.id);
    }
    m_data.cards.clear();
    for (const EmotionPoint &point : std::as_const(m_data.emotionPoints))
        m_emotions.insert({point.persona, point.stage}, point);
    m_data.emotionPoints.clear();
}

QString Document::quotedName() const
{
    return m_mirror ? m_mirror->describe() : m_store->quotedPath();
}

void Document::attachMirror(std::unique_ptr<DocumentMirror> mirror)
{
    Q_ASSERT(m_changeDepth == 0);
    m_mirror = std::move(mirror);
    emit readOnlyChanged();
}

void Document::mirrorStateChanged()
{
    emit readOnlyChanged();
}

void Document::refuseGone(Entity entity, Id id) const
{
    const QString who = deletedBy(entity, id);
    if (!who.isEmpty())
        throw StoreError(StoreError::Code::Conflict,
                         QCoreApplication::translate("Waymark", "%1 deleted the %2 a moment ago; nothing was changed")
                             .arg(who, entityName(entity).toLower()));
    throw StoreError(StoreError::Code::Invalid, QCoreApplication::translate("Waymark", "it was deleted already"));
}

void Document::requireCard(Id id) const
{
    if (!card(id))
        refuseGone(Entity::Card, id);
}

void Document::requireUnchanged(const FieldRef &ref, const QVariant &expected) const
{
    if (!exists(ref))
        refuseGone(ref.entity, ref.id);
    if (value(ref) == expected)
        return;
    const QString who = changedBy(ref);
    const QString field = QCoreApplication::translate("Waymark", fieldSpec(ref.entity, ref.field).label).toLower();
    throw StoreError(StoreError::Code::Conflict,
                     who.isEmpty() ? QCoreApplication::translate("Waymark", "the %1 was changed elsewhere since; it was not undone").arg(field)
                                   : QCoreApplication::translate("Waymark", "%1 changed the %2 since; your change was not undone, "
                                                                            "so as not to overwrite theirs")
                                         .arg(who, field));
}

void Document::reload()
{
    load();
    emit reset();
}

void Document::saveAs(const QString &path)
{
    Q_ASSERT(m_changeDepth == 0);
    const QFileInfo target(path);
    if (target.exists() && !(target.isWritable() && target.permissions().testFlag(QFileDevice::WriteOwner)))
        throw StoreError(StoreError::Code::ReadOnly,
                         QCoreApplication::translate("Waymark", "'%1' is read-only; choose another name")
                             .arg(QDir::toNativeSeparators(path)));
    // The file is always saved: "Save As" onto itself has nothing to do (and its lock is ours).
    const QString current = QFileInfo(this->path()).canonicalFilePath();
    if (!isReadOnly() && !current.isEmpty() && current == target.canonicalFilePath())
        return;
    // The target's lock first: a map another program has open is not replaced under it.
    std::unique_ptr<MapLock> lock = MapLock::acquire(path);
    const QString temporary = SiblingFile::temporaryFor(path);
    m_store->copyTo(temporary);
    SiblingFile::replace(temporary, path);
    auto store = Store::open(path, Store::Access::ReadWrite, std::move(lock));
    m_writer = std::make_unique<MapWriter>(*store);
    m_store = std::move(store);
    // The saved file is a map of its own: its changes are no longer the workspace's.
    const bool wasMirrored = bool(m_mirror);
    m_mirror.reset();
    if (wasMirrored)
        emit readOnlyChanged();
    startHeartbeat();
    startFollowing();
    emit pathChanged();
}

// Reading --------------------------------------------------------------------------------

const Stage *Document::stage(Id id) const { return findById(m_data.stages, id); }
const Lane *Document::lane(Id id) const { return findById(m_data.lanes, id); }
const Persona *Document::persona(Id id) const { return findById(m_data.personas, id); }
const BusinessPeriod *Document::businessPeriod(Id id) const { return findById(m_data.businessPeriods, id); }
int Document::stageIndex(Id id) const { return indexOfId(m_data.stages, id); }
int Document::laneIndex(Id id) const { return indexOfId(m_data.lanes, id); }
int Document::personaIndex(Id id) const { return indexOfId(m_data.personas, id); }
int Document::businessPeriodIndex(Id id) const { return indexOfId(m_data.businessPeriods, id); }

const Card *Document::card(Id id) const
{
    const auto it = m_cards.constFind(id);
    return it == m_cards.constEnd() ? nullptr : &*it;
}

const QList<Id> &Document::cardsIn(Id stage, Id lane) const
{
    static const QList<Id> none;
    const auto it = m_cells.constFind({stage, lane});
    return it == m_cells.constEnd() ? none : *it;
}

QList<Id> Document::cardsOfStage(Id stage) const
{
    QList<Id> ids;
    for (const Lane &lane : m_data.lanes)
        ids += cardsIn(stage, lane.id);
    return ids;
}

QList<Id> Document::cardsOfLane(Id lane) const
{
    QList<Id> ids;
    for (const Stage &stage : m_data.stages)
        ids += cardsIn(stage.id, lane);
    return ids;
}

QList<Id> Document::cardsTagged(Id persona) const
{
    QList<Id> ids;
    for (const Stage &stage : m_data.stages) {
        for (const Id id : cardsOfStage(stage.id)) {
            if (m_cards.value(id).personas.contains(persona))
                ids.append(id);
        }
    }
    return ids;
}

const EmotionPoint *Document::emotionPoint(Id persona, Id stage) const
{
    const auto it = m_emotions.constFind({persona, stage});
    return it == m_emotions.constEnd() ? nullptr : &*it;
}

QList<EmotionPoint> Document::emotionPointsOf(Id persona) const
{
    QList<EmotionPoint> points;
    for (const Stage &stage : m_data.stages) {
        if (const EmotionPoint *point = emotionPoint(persona, stage.id))
            points.append(*point);
    }
    return points;
}

QList<EmotionPoint> Document::emotionPointsAt(Id stage) const
{
    QList<EmotionPoint> points;
    for (const Persona &persona : m_data.personas) {
        if (const EmotionPoint *point = emotionPoint(persona.id, stage))
            points.append(*point);
    }
    return points;
}

QColor Document::stageColor(Id id) const
{
    const int index = stageIndex(id);
    if (index < 0)
        return {};
    const QColor own = m_data.stages.at(index).color;
    return own.isValid() ? own : defaultStageColor(index);
}

QColor Document::personaColor(Id id) const
{
    const int index = personaIndex(id);
    if (index < 0)
        return {};
    const QColor own = m_data.personas.at(index).color;
    return own.isValid() ? own : defaultPersonaColor(index);
}

bool Document::exists(const FieldRef &ref) const
{
    switch (ref.entity) {
    case Entity::Map: return true; // there is always exactly one
    case Entity::Stage: return stage(ref.id);
    case Entity::Lane: return lane(ref.id);
    case Entity::Card: return card(ref.id);
    case Entity::Persona: return persona(ref.id);
    case Entity::BusinessPeriod: return businessPeriod(ref.id);
    }
    return false;
}

QVariant Document::value(const FieldRef &ref) const
{
    const auto get = [&ref](const auto &entity) {
        using T = std::decay_t<decltype(entity)>;
        return fieldAccess<T>(typename EntityTraits<T>::Field(ref.field)).get(entity);
    };
    switch (ref.entity) {
    case Entity::Map: return get(m_data.info);
    case Entity::Stage: return stage(ref.id) ? get(*stage(ref.id)) : QVariant();
    case Entity::Lane: return lane(ref.id) ? get(*lane(ref.id)) : QVariant();
    case Entity::Card: return card(ref.id) ? get(*card(ref.id)) : QVariant();
    case Entity::Persona: return persona(ref.id) ? get(*persona(ref.id)) : QVariant();
    case Entity::BusinessPeriod: return businessPeriod(ref.id) ? get(*businessPeriod(ref.id)) : QVariant();
    }
    return {};
}

qint64 Document::responseCount() { return ResponseTable::count(*m_store); }
ResponseBatch Document::responsesOfStages(const QList<Id> &stages) { return ResponseTable::readStages(*m_store, stages); }
QList<Id> Document::responsesNamingTouchpoint(Id card) { return MapReader(*m_store).responsesNamingTouchpoint(card); }
QMap<SummaryKey, AnswerSums> Document::responseSummary() { return ResponseSummary::read(*m_store); }
ResponseBatch Document::responsesWithIds(const QList<Id> &ids) { return ResponseTable::readIds(*m_store, ids); }

void Document::forEachRespondent(const std::function<void(QByteArrayView respondent, Id response)> &visit)
{
    ResponseTable::forEachRespondent(*m_store, visit);
}

std::optional<QByteArray> Document::importMapping(const QString &signature)
{
    return ImportMappingTable::read(*m_store, signature, ImportMapping::MaxJsonBytes);
}

QList<QPair<QString, QByteArray>> Document::importMappings()
{
    return ImportMappingTable::readAll(*m_store, ImportMapping::MaxJsonBytes);
}

MapData Document::snapshot() const
{
    MapData data = m_data;
    for (const Stage &stage : m_data.stages) {
        for (const Id id : cardsOfStage(stage.id))
            data.cards.append(m_cards.value(id));
    }
    for (const Persona &persona : m_data.personas)
        data.emotionPoints += emotionPointsOf(persona.id);
    QHash<Id, qsizetype> cardIndex;
    for (qsizetype i = 0; i < data.cards.size(); ++i)
        cardIndex.insert(data.cards.at(i).id, i);
    MapReader::sortLinks(data.links, cardIndex);
    return data;
}

// Changing --------------------------------------------------------------------------------

Document::Change::Change(Document &document)
    : m_document(document)
{
    m_transaction.emplace(*document.m_store);
    if (m_document.m_changeDepth++ == 0 && m_document.m_mirror) {
        try {
            m_document.m_mirror->changeBegins(*m_document.m_store);
        } catch (...) {
            --m_document.m_changeDepth;
            m_transaction.reset();
            throw;
        }
    }
}

Document::Change::~Change()
{
    if (m_done)
        return;
    const bool outermost = --m_document.m_changeDepth == 0;
    m_transaction.reset(); // rolls the file back when outermost
    if (outermost) {
        if (m_document.m_mirror)
            m_document.m_mirror->changeRolledBack();
        m_document.m_changeLabel.clear();
        m_document.reloadAfterFailure();
    }
}

void Document::Change::commit()
{
    m_done = true;
    const bool outermost = --m_document.m_changeDepth == 0;
    try {
        // The mirror first: a change it refuses (or cannot write) is not kept here either.
        if (outermost && m_document.m_mirror)
            m_document.m_mirror->changeCommits(*m_document.m_store, std::exchange(m_document.m_changeLabel, {}));
        m_transaction->commit();
        if (outermost && m_document.m_mirror)
            m_document.m_mirror->changeCommitted();
    } catch (const StoreError &) {
        if (outermost) {
            m_transaction.reset();
            if (m_document.m_mirror)
                m_document.m_mirror->changeRolledBack();
            m_document.reloadAfterFailure();
        }
        throw;
    }
}

void Document::reloadAfterFailure()
{
    try {
        reload();
    } catch (const StoreError &) {
        // The file cannot be read any more; the model keeps what was last shown.
    }
}

template<typename T>
Id Document::insertOrdered(QList<T> &list, int index, T value, Entity entity)
{
    index = std::clamp(index, 0, int(list.size()));
    Change change(*this);
    m_writer->shiftPositions(entity, index, INT_MAX, +1);
    if constexpr (std::is_same_v<T, Stage>)
        value.id = m_writer->insertStage(value, index);
    else if constexpr (std::is_same_v<T, Lane>)
        value.id = m_writer->insertLane(value, index);
    else if constexpr (std::is_same_v<T, Persona>)
        value.id = m_writer->insertPersona(value, index);
    else
        value.id = m_writer->insertBusinessPeriod(value, index);
    change.commit();
    list.insert(index, value);
    return value.id;
}

template<typename T>
void Document::moveOrdered(QList<T> &list, int from, int to, Entity entity)
{
    if (from < 0 || from >= list.size() || to < 0 || to >= list.size())
        throw StoreError(StoreError::Code::Invalid, QCoreApplication::translate("Waymark", "there is nothing to move there"));
    if (from == to)
        return;
    Change change(*this);
    if (from < to)
        m_writer->shiftPositions(entity, from + 1, to, -1);
    else
        m_writer->shiftPositions(entity, to, from - 1, +1);
    m_writer->setPosition(entity, list.at(from).id, to);
    change.commit();
    list.move(from, to);
}

template<typename T>
int Document::removeOrdered(QList<T> &list, Id id, Entity entity)
{
    const int index = indexOfId(list, id);
    if (index < 0)
        refuseGone(entity, id);
    Change change(*this);
    m_writer->remove(entity, id);
    m_writer->shiftPositions(entity, index + 1, INT_MAX, -1);
    change.commit();
    list.removeAt(index);
    return index;
}

Id Document::insertStage(int index, const Stage &stage)
{
    const Id id = insertOrdered(m_data.stages, index, stage, Entity::Stage);
    emit stageInserted(stageIndex(id));
    return id;
}

void Document::removeStage(Id id)
{
    const int index = removeOrdered(m_data.stages, id, Entity::Stage);
    emit stageRemoved(index, id);
}

void Document::moveStage(int from, int to)
{
    if (from == to)
        return;
    moveOrdered(m_data.stages, from, to, Entity::Stage);
    emit stageMoved(from, to);
}

Id Document::insertLane(int index, const Lane &lane)
{
    const Id id = insertOrdered(m_data.lanes, index, lane, Entity::Lane);
    emit laneInserted(laneIndex(id));
    return id;
}

void Document::removeLane(Id id)
{
    const int index = removeOrdered(m_data.lanes, id, Entity::Lane);
    emit laneRemoved(index, id);
}

void Document::moveLane(int from, int to)
{
    if (from == to)
        return;
    moveOrdered(m_data.lanes, from, to, Entity::Lane);
    emit laneMoved(from, to);
}

Id Document::insertPersona(int index, const Persona &persona)
{
    const Id id = insertOrdered(m_data.personas, index, persona, Entity::Persona);
    emit personaInserted(personaIndex(id));
    return id;
}

void Document::removePersona(Id id)
{
    const int index = removeOrdered(m_data.personas, id, Entity::Persona);
    emit personaRemoved(index, id);
}

void Document::movePersona(int from, int to)
{
    if (from == to)
        return;
    moveOrdered(m_data.personas, from, to, Entity::Persona);
    emit personaMoved(from, to);
}

Id Document::insertBusinessPeriod(int index, const BusinessPeriod &period)
{
    const Id id = insertOrdered(m_data.businessPeriods, index, period, Entity::BusinessPeriod);
    emit businessPeriodsChanged();
    return id;
}

void Document::removeBusinessPeriod(Id id)
{
    removeOrdered(m_data.businessPeriods, id, Entity::BusinessPeriod);
    emit businessPeriodsChanged();
}

void Document::moveBusinessPeriod(int from, int to)
{
    if (from == to)
        return;
    moveOrdered(m_data.businessPeriods, from, to, Entity::BusinessPeriod);
    emit businessPeriodsChanged();
}

void Document::renumberCell(const Cell &cell)
{
    const QList<Id> &ids = m_cells.value(cell);
    for (int i = 0; i < ids.size(); ++i)
        m_cards[ids.at(i)].position = i;
}

Id Document::insertCard(const Card &card)
{
    if (!stage(card.stage))
        refuseGone(Entity::Stage, card.stage);
    if (!lane(card.lane))
        refuseGone(Entity::Lane, card.lane);
    const Cell cell{card.stage, card.lane};
    Card value = card;
    value.position = std::clamp(card.position, 0, int(cardsIn(card.stage, card.lane).size()));
    std::sort(value.personas.begin(), value.personas.end());
    Change change(*this);
    m_writer->shiftCellPositions(value.stage, value.lane, value.position, INT_MAX, +1);
    value.id = m_writer->insertCard(value);
    change.commit();
    m_cards.insert(value.id, value);
    m_cells[cell].insert(value.position, value.id);
    renumberCell(cell);
    emit cardInserted(value.id);
    return value.id;
}

void Document::removeCard(Id id)
{
    requireCard(id);
    const Card old = m_cards.value(id);
    Change change(*this);
    m_writer->remove(Entity::Card, id);
    m_writer->shiftCellPositions(old.stage, old.lane, old.position + 1, INT_MAX, -1);
    change.commit();
    const Cell cell{old.stage, old.lane};
    m_cards.remove(id);
    m_cells[cell].removeOne(id);
    if (m_cells[cell].isEmpty())
        m_cells.remove(cell);
    renumberCell(cell);
    // The file dropped the card's links by cascade.
    const QList<CardLink> links = linksOf(id);
    m_data.links.removeIf([id](const CardLink &link) { return link.opportunity == id || link.painPoint == id; });
    emit cardRemoved(id, old.stage, old.lane);
    for (const CardLink &link : links)
        emit linkChanged(link.opportunity, link.painPoint);
}

void Document::moveCard(Id id, Id stage, Id lane, int position)
{
    requireCard(id);
    if (!this->stage(stage))
        refuseGone(Entity::Stage, stage);
    if (!this->lane(lane))
        refuseGone(Entity::Lane, lane);
    const Card old = m_cards.value(id);
    const Cell from{old.stage, old.lane};
    const Cell to{stage, lane};
    const int targetSize = int(cardsIn(stage, lane).size()) - (from == to ? 1 : 0);
    position = std::clamp(position, 0, targetSize);
    if (from == to && position == old.position)
        return;

    Change change(*this);
    // Park the card outside both ranges, close the gap it leaves, open one where it lands.
    m_writer->setCardPlacement(id, old.stage, old.lane, -1);
    m_writer->shiftCellPositions(old.stage, old.lane, old.position + 1, INT_MAX, -1);
    m_writer->shiftCellPositions(stage, lane, position, INT_MAX, +1);
    m_writer->setCardPlacement(id, stage, lane, position);
    change.commit();

    m_cells[from].removeOne(id);
    if (m_cells[from].isEmpty())
        m_cells.remove(from);
    m_cells[to].insert(position, id);
    Card &card = m_cards[id];
    card.stage = stage;
    card.lane = lane;
    renumberCell(from);
    renumberCell(to);
    emit cardMoved(id, old.stage, old.lane);
}

void Document::setCardPersonas(Id id, QList<Id> personas)
{
    requireCard(id);
    for (const Id persona : std::as_const(personas)) {
        if (!this->persona(persona))
            refuseGone(Entity::Persona, persona);
    }
    std::sort(personas.begin(), personas.end());
    personas.erase(std::unique(personas.begin(), personas.end()), personas.end());
    Change change(*this);
    m_writer->setCardPersonas(id, personas);
    change.commit();
    m_cards[id].personas = personas;
    emit cardPersonasChanged(id);
}

void Document::setEmotionPoint(const EmotionPoint &point)
{
    if (!persona(point.persona))
        refuseGone(Entity::Persona, point.persona);
    if (!stage(point.stage))
        refuseGone(Entity::Stage, point.stage);
    EmotionPoint value = point;
    value.score = std::clamp(point.score, EmotionPoint::MinScore, EmotionPoint::MaxScore);
    Change change(*this);
    m_writer->writeEmotionPoint(value);
    change.commit();
    m_emotions.insert({value.persona, value.stage}, value);
    emit emotionPointChanged(value.persona, value.stage);
}

void Document::removeEmotionPoint(Id persona, Id stage)
{
    Change change(*this);
    m_writer->removeEmotionPoint(persona, stage);
    change.commit();
    m_emotions.remove({persona, stage});
    emit emotionPointChanged(persona, stage);
}

void Document::setValue(const FieldRef &ref, const QVariant &value)
{
    QVariant normalized = value;
    const QString problem = normalizeValue(fieldSpec(ref.entity, ref.field), normalized);
    if (!problem.isEmpty())
        throw StoreError(StoreError::Code::Invalid, problem);
    if (!exists(ref))
        refuseGone(ref.entity, ref.id);

    Change change(*this);
    m_writer->setField(ref, normalized);
    change.commit();

    const auto set = [&ref, &normalized](auto &entity) {
        using T = std::decay_t<decltype(entity)>;
        fieldAccess<T>(typename EntityTraits<T>::Field(ref.field)).set(entity, normalized);
    };
    switch (ref.entity) {
    case Entity::Map: set(m_data.info); break;
    case Entity::Stage: set(m_data.stages[stageIndex(ref.id)]); break;
    case Entity::Lane: set(m_data.lanes[laneIndex(ref.id)]); break;
    case Entity::Card: set(m_cards[ref.id]); break;
    case Entity::Persona: set(m_data.personas[personaIndex(ref.id)]); break;
    case Entity::BusinessPeriod: set(m_data.businessPeriods[businessPeriodIndex(ref.id)]); break;
    }
    emit valueChanged(ref);
}

void Document::insertResponses(ResponseBatch &batch, const std::function<bool(qint64)> &progress)
{
    if (batch.isEmpty())
        return;
    Change change(*this);
    ResponseTable::insert(*m_store, batch, progress);
    ResponseSummary::added(*m_store, batch);
    change.commit();
    emit responsesChanged();
}

void Document::insertResponses(const QList<Response> &responses)
{
    ResponseBatch batch;
    for (const Response &response : responses)
        batch.append(response);
    insertResponses(batch);
}

void Document::removeResponseRange(Id first, Id last)
{
    Change change(*this);
    const QList<Id> stages = ResponseTable::stagesOfRange(*m_store, first, last);
    ResponseTable::removeRange(*m_store, first, last);
    ResponseSummary::rebuild(*m_store, stages);
    change.commit();
    emit responsesChanged();
}

void Document::removeResponses(const QList<Id> &ids)
{
    if (ids.isEmpty())
        return;
    Change change(*this);
    const QList<Id> stages = ResponseTable::stagesOfIds(*m_store, ids);
    ResponseTable::removeIds(*m_store, ids);
    ResponseSummary::rebuild(*m_store, stages);
    change.commit();
    emit responsesChanged();
}

void Document::setImportMapping(const QString &signature, const QByteArray &json)
{
    Change change(*this);
    ImportMappingTable::write(*m_store, signature, json);
    change.commit();
}

void Document::removeResponsesOfStage(Id stage)
{
    Change change(*this);
    m_store->run(QStringLiteral("DELETE FROM response WHERE stage_id = ?"), {stage});
    ResponseSummary::rebuild(*m_store, {stage});
    change.commit();
    emit responsesChanged();
}

void Document::setResponsesTouchpoint(const QList<Id> &ids, Id touchpoint)
{
    Change change(*this);
    m_writer->setResponsesTouchpoint(ids, touchpoint);
    QList<Id> stages;
    for (const Id id : ids) {
        const Id stage = m_store->scalar(QStringLiteral("SELECT stage_id FROM response WHERE id = ?"), {id}).toLongLong();
        if (!stages.contains(stage))
            stages.append(stage);
    }
    ResponseSummary::rebuild(*m_store, stages);
    change.commit();
    emit responsesChanged();
}

// Restoring a labelled version --------------------------------------------------------------

void Document::replaceContent(const MapData &data)
{
    Change change(*this);
    m_writer->clearContent();
    // Restoring a version brings its cards back, not its conversation: comments made since
    // stay (those on cards the version lacks stay too, and return with the card).
    MapData content = data;
    content.comments.clear();
    m_writer->writeAll(content);
    change.commit();
    load();
    emit reset();
}

} // namespace Waymark
