#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>
#include <span>

namespace Waymark {

enum class LaneKind {
    Touchpoints,
    CustomerActions,
    Thoughts,
    PainPoints,
    Delights,
    Opportunities,
    EmotionCurve,
    Channels,
    Backstage,
    Notes,
};

enum class CardKind { Touchpoint, PainPoint, Delight, Opportunity, Note };

enum class Channel { Web, MobileApp, Email, Phone, Store, Social, Ad, Chat, Other };

enum class Evidence { Observed, Assumed, Proposed };

enum class OpportunityStatus { Idea, Planned, InProgress, Done };

// One value of an enum as it is written to the file (key) and shown to users (label).
// Keys are part of the file format and the JSON interchange: never rename one.
struct EnumEntry {
    int value;
    const char *key;
    const char *label;
};

template<typename E>
std::span<const EnumEntry> enumEntries();

template<>
std::span<const EnumEntry> enumEntries<LaneKind>();
template<>
std::span<const EnumEntry> enumEntries<CardKind>();
template<>
std::span<const EnumEntry> enumEntries<Channel>();
template<>
std::span<const EnumEntry> enumEntries<Evidence>();
template<>
std::span<const EnumEntry> enumEntries<OpportunityStatus>();

QString enumKey(std::span<const EnumEntry> entries, int value);
QString enumLabel(std::span<const EnumEntry> entries, int value);
std::optional<int> enumFromKey(std::span<const EnumEntry> entries, QStringView key);
QStringList enumKeys(std::span<const EnumEntry> entries);

template<typename E>
QString keyOf(E value)
{
    return enumKey(enumEntries<E>(), int(value));
}

template<typename E>
QString labelOf(E value)
{
    return enumLabel(enumEntries<E>(), int(value));
}

template<typename E>
std::optional<E> fromKey(QStringView key)
{
    if (const auto v = enumFromKey(enumEntries<E>(), key))
        return E(*v);
    return std::nullopt;
}

template<typename E>
QList<E> allValues()
{
    QList<E> values;
    for (const EnumEntry &e : enumEntries<E>())
        values.append(E(e.value));
    return values;
}

// The kind of card a lane collects by default (a new card in a pain-point lane is a pain point).
CardKind defaultCardKind(LaneKind lane);

} // namespace Waymark
