#include "enums.h"

#include <QCoreApplication>

namespace Waymark {

namespace {

constexpr EnumEntry laneKinds[] = {
    {int(LaneKind::Touchpoints), "touchpoints", QT_TRANSLATE_NOOP("Waymark", "Touchpoints")},
    {int(LaneKind::CustomerActions), "customer_actions", QT_TRANSLATE_NOOP("Waymark", "Customer actions")},
    {int(LaneKind::Thoughts), "thoughts", QT_TRANSLATE_NOOP("Waymark", "Thoughts")},
    {int(LaneKind::PainPoints), "pain_points", QT_TRANSLATE_NOOP("Waymark", "Pain points")},
    {int(LaneKind::Delights), "delights", QT_TRANSLATE_NOOP("Waymark", "Moments of delight")},
    {int(LaneKind::Opportunities), "opportunities", QT_TRANSLATE_NOOP("Waymark", "Opportunities")},
    {int(LaneKind::EmotionCurve), "emotion_curve", QT_TRANSLATE_NOOP("Waymark", "Emotion curve")},
    {int(LaneKind::Channels), "channels", QT_TRANSLATE_NOOP("Waymark", "Channels")},
    {int(LaneKind::Backstage), "backstage", QT_TRANSLATE_NOOP("Waymark", "Backstage")},
    {int(LaneKind::Notes), "notes", QT_TRANSLATE_NOOP("Waymark", "Notes")},
};

constexpr EnumEntry cardKinds[] = {
    {int(CardKind::Touchpoint), "touchpoint", QT_TRANSLATE_NOOP("Waymark", "Touchpoint")},
    {int(CardKind::PainPoint), "pain_point", QT_TRANSLATE_NOOP("Waymark", "Pain point")},
    {int(CardKind::Delight), "delight", QT_TRANSLATE_NOOP("Waymark", "Delight")},
    {int(CardKind::Opportunity), "opportunity", QT_TRANSLATE_NOOP("Waymark", "Opportunity")},
    {int(CardKind::Note), "note", QT_TRANSLATE_NOOP("Waymark", "Note")},
};

constexpr EnumEntry channels[] = {
    {int(Channel::Web), "web", QT_TRANSLATE_NOOP("Waymark", "Web")},
    {int(Channel::MobileApp), "mobile_app", QT_TRANSLATE_NOOP("Waymark", "Mobile app")},
    {int(Channel::Email), "email", QT_TRANSLATE_NOOP("Waymark", "Email")},
    {int(Channel::Phone), "phone", QT_TRANSLATE_NOOP("Waymark", "Phone")},
    {int(Channel::Store), "store", QT_TRANSLATE_NOOP("Waymark", "Store")},
    {int(Channel::Social), "social", QT_TRANSLATE_NOOP("Waymark", "Social media")},
    {int(Channel::Ad), "ad", QT_TRANSLATE_NOOP("Waymark", "Advertising")},
    {int(Channel::Chat), "chat", QT_TRANSLATE_NOOP("Waymark", "Chat")},
    {int(Channel::Other), "other", QT_TRANSLATE_NOOP("Waymark", "Other")},
};

constexpr EnumEntry evidence[] = {
    {int(Evidence::Observed), "observed", QT_TRANSLATE_NOOP("Waymark", "Observed")},
    {int(Evidence::Assumed), "assumed", QT_TRANSLATE_NOOP("Waymark", "Assumed")},
    {int(Evidence::Proposed), "proposed", QT_TRANSLATE_NOOP("Waymark", "Proposed")},
};

constexpr EnumEntry statuses[] = {
    {int(OpportunityStatus::Idea), "idea", QT_TRANSLATE_NOOP("Waymark", "Idea")},
    {int(OpportunityStatus::Planned), "planned", QT_TRANSLATE_NOOP("Waymark", "Planned")},
    {int(OpportunityStatus::InProgress), "in_progress", QT_TRANSLATE_NOOP("Waymark", "In progress")},
    {int(OpportunityStatus::Done), "done", QT_TRANSLATE_NOOP("Waymark", "Done")},
};

const EnumEntry *find(std::span<const EnumEntry> entries, int value)
{
    for (const EnumEntry &e : entries) {
        if (e.value == value)
            return &e;
    }
    return nullptr;
}

} // namespace

template<>
std::span<const EnumEntry> enumEntries<LaneKind>() { return laneKinds; }
template<>
std::span<const EnumEntry> enumEntries<CardKind>() { return cardKinds; }
template<>
std::span<const EnumEntry> enumEntries<Channel>() { return channels; }
template<>
std::span<const EnumEntry> enumEntries<Evidence>() { return evidence; }
template<>
std::span<const EnumEntry> enumEntries<OpportunityStatus>() { return statuses; }

QString enumKey(std::span<const EnumEntry> entries, int value)
{
    const EnumEntry *e = find(entries, value);
    return e ? QString::fromLatin1(e->key) : QString();
}

QString enumLabel(std::span<const EnumEntry> entries, int value)
{
    const EnumEntry *e = find(entries, value);
    return e ? QCoreApplication::translate("Waymark", e->label) : QString();
}

std::optional<int> enumFromKey(std::span<const EnumEntry> entries, QStringView key)
{
    for (const EnumEntry &e : entries) {
        if (key == QLatin1StringView(e.key))
            return e.value;
    }
    return std::nullopt;
}

QStringList enumKeys(std::span<const EnumEntry> entries)
{
    QStringList keys;
    for (const EnumEntry &e : entries)
        keys.append(QString::fromLatin1(e.key));
    return keys;
}

CardKind defaultCardKind(LaneKind lane)
{
    switch (lane) {
    case LaneKind::Touchpoints:
    case LaneKind::Channels:
        return CardKind::Touchpoint;
    case LaneKind::PainPoints:
        return CardKind::PainPoint;
    case LaneKind::Delights:
        return CardKind::Delight;
    case LaneKind::Opportunities:
        return CardKind::Opportunity;
    case LaneKind::CustomerActions:
    case LaneKind::Thoughts:
    case LaneKind::EmotionCurve:
    case LaneKind::Backstage:
    case LaneKind::Notes:
        break;
    }
    return CardKind::Note;
}

} // namespace Waymark
