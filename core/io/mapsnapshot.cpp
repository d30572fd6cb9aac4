#include "mapsnapshot.h"

#include "formaterror.h"
#include "mapjson.h"
#include "messagetext.h"
#include "model/valuebounds.h"
#include "io/translate.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QtEndian>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Waymark::MapSnapshot {

namespace {

constexpr int Version = 1;

template<typename T>
QJsonArray idsOf(const QList<T> &items)
{
    QJsonArray ids;
    for (const T &item : items)
        ids.append(item.id);
    return ids;
}

class Decoder
{
public:
    explicit Decoder(const QString &label) : m_label(label) {}

    [[noreturn]] void fail(const QString &problem) const
    {
        throw FormatError(tr("snapshot %1 cannot be read: %2").arg(MessageText::quoted(m_label), problem));
    }

    // The file's ids of a list, by the 1-based id fromJson gave its elements.
    QHash<Id, Id> ids(const QJsonObject &json, const QString &key, qsizetype count) const
    {
        const QJsonValue value = json.value(key);
        if (!value.isArray() || value.toArray().size() != count)
            fail(tr("the ids of its %1 do not match its map").arg(key));
        const QJsonArray array = value.toArray();
        QHash<Id, Id> byIndex;
        QSet<Id> seen;
        for (qsizetype i = 0; i < array.size(); ++i) {
            const double d = array.at(i).toDouble(-1);
            // Whole numbers SQLite and a double both hold exactly.
            if (!array.at(i).isDouble() || d != std::floor(d) || d < 1 || d > 9007199254740992.0 || seen.contains(Id(d)))
                fail(tr("the ids of its %1 do not match its map").arg(key));
            seen.insert(Id(d));
            byIndex.insert(Id(i + 1), Id(d));
        }
        return byIndex;
    }

private:
    QString m_label;
};

template<typename T>
void renumber(QList<T> &items, const QHash<Id, Id> &ids)
{
    for (T &item : items)
        item.id = ids.value(item.id);
}

} // namespace

QByteArray encode(const MapData &data)
{
    QJsonObject ids;
    ids.insert(u"stages"_s, idsOf(data.stages));
    ids.insert(u"lanes"_s, idsOf(data.lanes));
    ids.insert(u"cards"_s, idsOf(data.cards));
    ids.insert(u"personas"_s, idsOf(data.personas));
    ids.insert(u"business"_s, idsOf(data.businessPeriods));
    const QJsonObject json{{u"format"_s, u"waymark-snapshot"_s},
                           {u"version"_s, Version},
                           {u"map"_s, MapJson::toJson(data, MapJson::Detail::Complete)},
                           {u"ids"_s, ids}};
    // zlib level 6: level 9 saves 0.3 % here for a fifth more time.
    return qCompress(QJsonDocument(json).toJson(QJsonDocument::Compact), 6);
}

MapData decode(const QByteArray &blob, const QString &label)
{
    const Decoder decoder(label);
    // qCompress leads with the inflated size (4 bytes, big-endian): checked before inflating,
    // so that a few bytes cannot ask for gigabytes.
    if (blob.size() < 5)
        decoder.fail(tr("it is empty or cut short"));
    if (blob.size() > ValueBounds::SnapshotBytes)
        decoder.fail(tr("it is larger than %1").arg(QLocale().formattedDataSize(ValueBounds::SnapshotBytes, 0)));
    const quint32 inflated = qFromBigEndian<quint32>(blob.constData());
    if (inflated > quint32(ValueBounds::SnapshotJsonBytes))
        decoder.fail(tr("it claims to hold %1, more than a snapshot may (%2)")
                         .arg(QLocale().formattedDataSize(inflated, 0), QLocale().formattedDataSize(ValueBounds::SnapshotJsonBytes, 0)));
    const QByteArray text = qUncompress(blob);
    if (text.isEmpty() || text.size() != qsizetype(inflated))
        decoder.fail(tr("its data is corrupt"));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        decoder.fail(tr("its data is not JSON"));
    const QJsonObject json = document.object();
    if (json.value(u"format"_s).toString() != u"waymark-snapshot"_s)
        decoder.fail(tr("it is not a Waymark snapshot"));
    if (json.value(u"version"_s).toInt(Version + 1) > Version)
        decoder.fail(tr("it was written by a newer Waymark"));

    MapData data;
    try {
        data = MapJson::fromJson(json.value(u"map"_s).toObject(), MapJson::Detail::Complete);
    } catch (const FormatError &e) {
        decoder.fail(e.message());
    }
    const QJsonObject ids = json.value(u"ids"_s).toObject();
    const QHash<Id, Id> stages = decoder.ids(ids, u"stages"_s, data.stages.size());
    const QHash<Id, Id> lanes = decoder.ids(ids, u"lanes"_s, data.lanes.size());
    const QHash<Id, Id> cards = decoder.ids(ids, u"cards"_s, data.cards.size());
    const QHash<Id, Id> personas = decoder.ids(ids, u"personas"_s, data.personas.size());
    const QHash<Id, Id> periods = decoder.ids(ids, u"business"_s, data.businessPeriods.size());
    renumber(data.stages, stages);
    renumber(data.lanes, lanes);
    renumber(data.personas, personas);
    renumber(data.businessPeriods, periods);
    for (Card &card : data.cards) {
        card.id = cards.value(card.id);
        card.stage = stages.value(card.stage);
        card.lane = lanes.value(card.lane);
        for (Id &persona : card.personas)
            persona = personas.value(persona);
        std::sort(card.personas.begin(), card.personas.end());
    }
    for (EmotionPoint &point : data.emotionPoints) {
        point.persona = personas.value(point.persona);
        point.stage = stages.value(point.stage);
    }
    for (CardLink &link : data.links) {
        link.opportunity = cards.value(link.opportunity);
        link.painPoint = cards.value(link.painPoint);
    }
    return data;
}

} // namespace Waymark::MapSnapshot
