// Following commits made by other programs (a writer while this document is a read-only
// follower, or a writer that took a stale lock over): the file is polled with SQLite's
// data_version, which changes only when another connection committed, and what changed is
// told through the same per-entity signals as an edit here, so that the canvas, the docks and
// the charts follow. Only a structural change (stages, lanes or personas added, removed or
// reordered) resets the views.

#include "document.h"

#include "store/mapreader.h"
#include "store/mapwriter.h"

#include <QCoreApplication>
#include <QSet>
#include <QTimer>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Waymark {

namespace {

template<typename T>
QList<Id> idsOf(const QList<T> &list)
{
    QList<Id> ids;
    ids.reserve(list.size());
    for (const T &item : list)
        ids.append(item.id);
    return ids;
}

// The fields of `before` that differ in `after`, as the FieldRefs the model signals.
template<typename T>
void changedFields(const T &before, const T &after, Id id, QList<FieldRef> &changed)
{
    for (const FieldAccess<T> &access : EntityTraits<T>::fields()) {
        if (access.get(before) != access.get(after))
            changed.append(FieldRef{EntityTraits<T>::entity, id, access.spec.field});
    }
}

template<typename T>
void changedFieldsOfList(const QList<T> &before, const QList<T> &after, QList<FieldRef> &changed)
{
    for (qsizetype i = 0; i < before.size(); ++i)
        changedFields(before.at(i), after.at(i), before.at(i).id, changed);
}

} // namespace

void Document::startFollowing()
{
    m_dataVersion = dataVersion();
    if (!m_follow) {
        m_follow = new QTimer(this);
        m_follow->setInterval(FollowIntervalMs);
        connect(m_follow, &QTimer::timeout, this, &Document::checkForOutsideChanges);
    }
    m_follow->start();
}

qint64 Document::dataVersion()
{
    return m_store->scalar(u"PRAGMA data_version"_s).toLongLong();
}

qint64 Document::responseMark()
{
    return m_store->scalar(u"SELECT count(*) * 4294967296 + coalesce(max(id), 0) FROM response"_s).toLongLong();
}

void Document::checkForOutsideChanges()
{
    if (m_changeDepth > 0)
        return;
    try {
        const qint64 version = dataVersion();
        if (version == m_dataVersion)
            return;
        followOutsideChange();
        m_dataVersion = version;
    } catch (const StoreError &) {
        // Busy with the writer's commit, or gone for a moment (a network share): next time.
    }
}

void Document::followStore(const QString &author, const QString &what)
{
    followOutsideChange(author.isEmpty() ? QCoreApplication::translate("Waymark", "Someone") : author, what);
}

// "card 'Pay online'", "stage 'Buy'", "the map": what a notice names.
QString Document::describeForNotice(Entity entity, Id id) const
{
    const auto named = [entity](const QString &name) {
        const QString kind = entityName(entity).toLower();
        return name.isEmpty() ? kind : u"%1 '%2'"_s.arg(kind, name.left(60));
    };
    switch (entity) {
    case Entity::Map: return QCoreApplication::translate("Waymark", "the map");
    case Entity::Card: return named(card(id) ? card(id)->title : QString());
    case Entity::Stage: return named(stage(id) ? stage(id)->name : QString());
    case Entity::Lane: return named(lane(id) ? lane(id)->name : QString());
    case Entity::Persona: return named(persona(id) ? persona(id)->name : QString());
    case Entity::BusinessPeriod: return named(businessPeriod(id) ? businessPeriod(id)->period : QString());
    }
    return {};
}

void Document::followOutsideChange(const QString &author, const QString &what)
{
    // One consistent state, read as another program commits.
    m_store->run(u"BEGIN"_s);
    MapData fresh;
    qint64 responses = 0;
    QStringList warnings;
    int warningCount = 0;
    try {
        MapReader reader(*m_store);
        fresh = reader.load();
        warnings = reader.warnings();
        warningCount = reader.warningCount();
        responses = responseMark();
        m_store->run(u"COMMIT"_s);
    } catch (...) {
        m_store->run(u"ROLLBACK"_s);
        throw;
    }
    m_warnings = warnings;
    m_warningCount = warningCount;

    const bool responsesDiffer = responses != m_responseMark;
    m_responseMark = responses;
    const bool structural = idsOf(fresh.stages) != idsOf(m_data.stages) || idsOf(fresh.lanes) != idsOf(m_data.lanes)
                            || idsOf(fresh.personas) != idsOf(m_data.personas);

    // Whether this side's undo history still applies: only when the other side added things.
    bool onlyAdded = !structural || (fresh.stages.mid(0, m_data.stages.size()) == m_data.stages
                                     && fresh.lanes.mid(0, m_data.lanes.size()) == m_data.lanes
                                     && fresh.personas.mid(0, m_data.personas.size()) == m_data.personas);
    onlyAdded = onlyAdded && fresh.info == m_data.info;

    QList<FieldRef> changed;
    if (!structural) {
        changedFields(m_data.info, fresh.info, 0, changed);
        changedFieldsOfList(m_data.stages, fresh.stages, changed);
        changedFieldsOfList(m_data.lanes, fresh.lanes, changed);
        changedFieldsOfList(m_data.personas, fresh.personas, changed);
        onlyAdded = onlyAdded && changed.isEmpty();
    }
    const bool periodsChanged = fresh.businessPeriods != m_data.businessPeriods;
    onlyAdded = onlyAdded && fresh.businessPeriods.mid(0, m_data.businessPeriods.size()) == m_data.businessPeriods;

    // Cards, links and emotion points, against the model as it is.
    QList<Id> inserted;
    QList<Card> removed;
    QList<Card> moved; // as they were
    QList<Id> personasChanged;
    QHash<Id, Card> freshCards;
    for (const Card &card : std::as_const(fresh.cards))
        freshCards.insert(card.id, card);
    for (const Card &card : std::as_const(m_cards)) {
        const auto it = freshCards.constFind(card.id);
        if (it == freshCards.constEnd()) {
            removed.append(card);
            continue;
        }
        if (it->stage != card.stage || it->lane != card.lane || it->position != card.position)
            moved.append(card);
        if (it->personas != card.personas)
            personasChanged.append(card.id);
        changedFields(card, *it, card.id, changed);
    }
    for (const Card &card : std::as_const(fresh.cards)) {
        if (!m_cards.contains(card.id))
            inserted.append(card.id);
    }
    const QSet<std::pair<Id, Id>> linksBefore = [this] {
        QSet<std::pair<Id, Id>> set;
        for (const CardLink &link : std::as_const(m_data.links))
            set.insert({link.opportunity, link.painPoint});
        return set;
    }();
    QSet<std::pair<Id, Id>> linksAfter;
    for (const CardLink &link : std::as_const(fresh.links))
        linksAfter.insert({link.opportunity, link.painPoint});
    QList<std::pair<Id, Id>> emotions;
    QSet<std::pair<Id, Id>> emotionKeys;
    for (const EmotionPoint &point : std::as_const(fresh.emotionPoints)) {
        emotionKeys.insert({point.persona, point.stage});
        const EmotionPoint *before = emotionPoint(point.persona, point.stage);
        if (!before || !(*before == point)) {
            emotions.append({point.persona, point.stage});
            onlyAdded = onlyAdded && !before;
        }
    }
    for (auto it = m_emotions.constBegin(); it != m_emotions.constEnd(); ++it) {
        if (!emotionKeys.contains(it.key())) {
            emotions.append(it.key());
            onlyAdded = false;
        }
    }
    // A card added to a cell renumbers the others: only added, as long as every card this side
    // knows stays in its cell and in its order there.
    bool sameOrder = true;
    for (auto cell = m_cells.constBegin(); sameOrder && cell != m_cells.constEnd(); ++cell) {
        QList<Id> kept;
        for (const Card &card : std::as_const(fresh.cards)) {
            if (card.stage == cell.key().first && card.lane == cell.key().second && cell->contains(card.id))
                kept.append(card.id);
        }
        std::sort(kept.begin(), kept.end(), [&freshCards](Id a, Id b) { return freshCards[a].position < freshCards[b].position; });
        sameOrder = kept == *cell;
    }
    onlyAdded = onlyAdded && sameOrder && removed.isEmpty() && personasChanged.isEmpty() && changed.isEmpty()
                && (linksBefore - linksAfter).isEmpty();

    // Comments, by id: added, changed (resolved, edited) or removed on the other side.
    QList<Id> comments;
    {
        QHash<Id, const Comment *> before;
        for (const Comment &comment : std::as_const(m_data.comments))
            before.insert(comment.id, &comment);
        for (const Comment &comment : std::as_const(fresh.comments)) {
            const Comment *old = before.take(comment.id);
            if (!old || !(*old == comment)) {
                comments.append(comment.id);
                onlyAdded = onlyAdded && !old;
            }
        }
        for (auto it = before.cbegin(); it != before.cend(); ++it) {
            comments.append(it.key());
            onlyAdded = false;
        }
    }

    if (!author.isEmpty()) {
        const auto noteRemoved = [this, &author](Entity entity, const QList<Id> &before, const QList<Id> &after) {
            for (const Id id : before) {
                if (!after.contains(id))
                    m_deletedBy.insert({int(entity), id}, author);
            }
        };
        noteRemoved(Entity::Stage, idsOf(m_data.stages), idsOf(fresh.stages));
        noteRemoved(Entity::Lane, idsOf(m_data.lanes), idsOf(fresh.lanes));
        noteRemoved(Entity::Persona, idsOf(m_data.personas), idsOf(fresh.personas));
        noteRemoved(Entity::BusinessPeriod, idsOf(m_data.businessPeriods), idsOf(fresh.businessPeriods));
        for (const Card &card : std::as_const(removed))
            m_deletedBy.insert({int(Entity::Card), card.id}, author);
        for (const FieldRef &ref : std::as_const(changed))
            m_changedBy.insert(ref, author);
    }
    // Named as they were, for a notice of what was deleted.
    const QString removedName = removed.isEmpty() ? QString() : describeForNotice(Entity::Card, removed.first().id);

    // The new state in place, then the signals: each listener reads the model as it now is.
    m_data = std::move(fresh);
    rebuildIndexes();
    if (structural) {
        emit reset();
    } else {
        for (const Card &card : std::as_const(removed))
            emit cardRemoved(card.id, card.stage, card.lane);
        for (const Id id : std::as_const(inserted))
            emit cardInserted(id);
        for (const Card &card : std::as_const(moved))
            emit cardMoved(card.id, card.stage, card.lane);
        for (const Id id : std::as_const(personasChanged))
            emit cardPersonasChanged(id);
        for (const FieldRef &ref : std::as_const(changed))
            emit valueChanged(ref);
        for (const auto &link : linksBefore) {
            if (!linksAfter.contains(link))
                emit linkChanged(link.first, link.second);
        }
        for (const auto &link : std::as_const(linksAfter)) {
            if (!linksBefore.contains(link))
                emit linkChanged(link.first, link.second);
        }
        for (const auto &point : std::as_const(emotions))
            emit emotionPointChanged(point.first, point.second);
        if (periodsChanged)
            emit businessPeriodsChanged();
        for (const Id id : std::as_const(comments))
            emit commentChanged(id);
    }
    if (responsesDiffer)
        emit responsesChanged();
    if (author.isEmpty()) {
        emit changedOutside(onlyAdded);
        return;
    }
    // The undo history stays: an undo of what they changed is refused field by field.
    QString notice;
    if (!changed.isEmpty()) {
        const FieldRef &ref = changed.first();
        notice = QCoreApplication::translate("Waymark", "%1 changed the %2 of %3")
                     .arg(author, QCoreApplication::translate("Waymark", fieldSpec(ref.entity, ref.field).label).toLower(),
                          describeForNotice(ref.entity, ref.id));
        if (changed.size() > 1)
            notice += QCoreApplication::translate("Waymark", " and %n other field(s)", nullptr, int(changed.size() - 1));
    } else if (!removed.isEmpty()) {
        notice = QCoreApplication::translate("Waymark", "%1 deleted %2").arg(author, removedName);
    } else if (!inserted.isEmpty()) {
        notice = QCoreApplication::translate("Waymark", "%1 added %2").arg(author, describeForNotice(Entity::Card, inserted.first()));
    } else if (!moved.isEmpty()) {
        notice = QCoreApplication::translate("Waymark", "%1 moved %2").arg(author, describeForNotice(Entity::Card, moved.first().id));
    } else {
        notice = what.isEmpty() ? QCoreApplication::translate("Waymark", "%1 changed the map").arg(author)
                                : u"%1: %2"_s.arg(author, what);
    }
    emit changedElsewhere(notice);
}

} // namespace Waymark
