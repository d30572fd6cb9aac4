#include "mapversions.h"

#include "document.h"
#include "io/formaterror.h"
#include "io/mapsnapshot.h"
#include "io/messagetext.h"
#include "model/valuebounds.h"
#include "io/translate.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSet>

using namespace Qt::StringLiterals;

namespace Waymark {

QList<SnapshotEntry> MapVersions::list()
{
    return SnapshotTable::list(m_document.store());
}

QString MapVersions::author()
{
    for (const char *variable : {"USER", "USERNAME", "LOGNAME"}) {
        const QString name = qEnvironmentVariable(variable);
        if (!name.isEmpty())
            return ValueBounds::cut(name, ValueBounds::LineLength);
    }
    return {};
}

SnapshotEntry MapVersions::insert(const QString &label)
{
    SnapshotEntry entry{0, label, QDateTime::currentDateTimeUtc().toString(Qt::ISODate), author(), 0};
    const QByteArray data = MapSnapshot::encode(m_document.snapshot());
    entry.bytes = data.size();
    Document::Change change(m_document);
    entry.id = SnapshotTable::insert(m_document.store(), entry, data);
    change.commit();
    return entry;
}

SnapshotEntry MapVersions::take(const QString &label)
{
    const QString quoted = MessageText::quoted(label);
    if (label.trimmed().isEmpty())
        throw StoreError(StoreError::Code::Invalid, tr("a snapshot needs a label"));
    if (label.size() > ValueBounds::LineLength || label.contains(u'\n') || label.contains(u'\r'))
        throw StoreError(StoreError::Code::Invalid, tr("the label %1 is not one line of at most %2 characters")
                                                        .arg(quoted, QString::number(ValueBounds::LineLength)));
    if (SnapshotTable::exists(m_document.store(), label))
        throw StoreError(StoreError::Code::Exists, tr("%1 has a snapshot labelled %2 already; choose another label")
                                                       .arg(m_document.quotedName(), quoted));
    return insert(label);
}

SnapshotEntry MapVersions::takeAutomatic(const QString &reason)
{
    const QString base = u"%1 %2"_s.arg(reason, QDateTime::currentDateTimeUtc().toString(u"yyyy-MM-dd HH:mm:ss"_s));
    QString label = base;
    for (int n = 2; SnapshotTable::exists(m_document.store(), label); ++n)
        label = u"%1 (%2)"_s.arg(base, QString::number(n));
    return insert(label);
}

MapData MapVersions::state(const QString &label)
{
    Store &store = m_document.store();
    const std::optional<SnapshotEntry> entry = SnapshotTable::find(store, label);
    if (!entry)
        throw StoreError(StoreError::Code::NotFound, tr("%1 has no snapshot labelled %2 ('waymark snapshots' lists them)")
                                                         .arg(m_document.quotedName(), MessageText::quoted(label)));
    if (entry->bytes > ValueBounds::SnapshotBytes)
        throw StoreError(StoreError::Code::TooLarge, tr("snapshot %1 of %2 is larger than %3; it is not read")
                                                         .arg(MessageText::quoted(label), m_document.quotedName(),
                                                              QLocale().formattedDataSize(ValueBounds::SnapshotBytes, 0)));
    const std::optional<QByteArray> data = SnapshotTable::data(store, entry->id);
    if (!data)
        throw StoreError(StoreError::Code::Corrupt, tr("snapshot %1 of %2 holds no snapshot data")
                                                        .arg(MessageText::quoted(label), m_document.quotedName()));
    try {
        return MapSnapshot::decode(*data, label);
    } catch (const FormatError &error) {
        throw StoreError(StoreError::Code::Corrupt, u"%1: %2"_s.arg(m_document.quotedName(), error.message()));
    }
}

QList<MapDiff::Change> MapVersions::changesSince(const QString &label)
{
    return MapDiff::compare(state(label), m_document.snapshot());
}

SnapshotEntry MapVersions::restore(const QString &label)
{
    const MapData data = state(label);
    ensureRestorable(data, label);
    Document::Change change(m_document);
    const SnapshotEntry before = takeAutomatic(tr("before restore"));
    m_document.replaceContent(data);
    change.commit();
    return before;
}

void MapVersions::ensureRestorable(const MapData &data, const QString &label)
{
    QSet<Id> stages;
    for (const Stage &stage : data.stages)
        stages.insert(stage.id);
    QSet<Id> cards;
    for (const Card &card : data.cards)
        cards.insert(card.id);
    Store &store = m_document.store();
    qint64 orphans = 0;
    QSqlQuery &query = store.select(u"SELECT stage_id, touchpoint_id, count(*) FROM response GROUP BY stage_id, touchpoint_id"_s);
    while (store.next(query)) {
        const bool touchpointGone = !query.value(1).isNull() && !cards.contains(query.value(1).toLongLong());
        if (!stages.contains(query.value(0).toLongLong()) || touchpointGone)
            orphans += query.value(2).toLongLong();
    }
    if (orphans > 0)
        throw StoreError(StoreError::Code::Invalid,
                         tr("cannot restore %1: %2 survey responses belong to stages or touchpoints that version does not "
                            "have, and restoring it would lose them")
                             .arg(MessageText::quoted(label), QString::number(orphans)));
}

} // namespace Waymark
