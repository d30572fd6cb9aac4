#include "stagematcher.h"

#include "surveytext.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Waymark {

namespace {

constexpr qsizetype MaxCached = 4096;

} // namespace

StageMatcher::StageMatcher(const ImportTarget &target, const ValueMap &values)
    : m_values(values)
{
    for (const ImportTarget::StageEntry &stage : target.stages) {
        m_byKey.insert(SurveyText::key(stage.name), stage.id);
        m_names.append(stage.name);
    }
}

Id StageMatcher::stage(QByteArrayView text)
{
    const QByteArray raw = QByteArray::fromRawData(text.data(), text.size());
    const auto it = m_cache.constFind(raw);
    Id id = 0;
    if (it != m_cache.constEnd()) {
        id = *it;
    } else {
        const QString key = SurveyText::key(text);
        const std::optional<QString> mapped = m_values.value(SurveyField::Stage, key);
        id = m_byKey.value(mapped ? SurveyText::key(*mapped) : key, 0);
        m_tally.seen(QString::fromUtf8(text));
        if (m_cache.size() < MaxCached)
            m_cache.insert(text.toByteArray(), id);
    }
    if (!id)
        m_tally.unknown(QString::fromUtf8(text).simplified());
    return id;
}

QString StageMatcher::problem(QByteArrayView text) const
{
    const QString value = QString::fromUtf8(text);
    const QString meant = SurveyText::closest(value, m_names);
    if (meant.isEmpty())
        return QCoreApplication::translate("Waymark", "unknown stage '%1'").arg(SurveyText::shown(value));
    return QCoreApplication::translate("Waymark", "unknown stage '%1' (did you mean '%2'?)").arg(SurveyText::shown(value), meant);
}

TouchpointMatcher::TouchpointMatcher(const ImportTarget &target, const ValueMap &values)
    : m_values(values)
{
    for (const ImportTarget::TouchpointEntry &touchpoint : target.touchpoints)
        m_byKey[SurveyText::key(touchpoint.title)].append({touchpoint.card, touchpoint.stage});
}

Id TouchpointMatcher::touchpoint(QByteArrayView text, Id stage)
{
    const QByteArray raw = QByteArray::fromRawData(text.data(), text.size());
    const QList<std::pair<Id, Id>> *cards = nullptr;
    const auto it = m_cache.constFind(raw);
    if (it != m_cache.constEnd()) {
        if (*it >= 0)
            cards = &m_lists.at(*it);
    } else {
        const QString key = SurveyText::key(text);
        const std::optional<QString> mapped = m_values.value(SurveyField::Touchpoint, key);
        const auto found = m_byKey.constFind(mapped ? SurveyText::key(*mapped) : key);
        m_tally.seen(QString::fromUtf8(text));
        const bool cache = m_cache.size() < MaxCached;
        if (found != m_byKey.constEnd()) {
            cards = &*found;
            if (cache) {
                m_cache.insert(text.toByteArray(), qint32(m_lists.size()));
                m_lists.append(*found);
            }
        } else if (cache) {
            m_cache.insert(text.toByteArray(), -1);
        }
    }
    if (!cards) {
        m_tally.unknown(QString::fromUtf8(text).simplified());
        return 0;
    }
    for (const auto &[card, cardStage] : *cards) {
        if (cardStage == stage)
            return card;
    }
    return cards->first().first;
}

QString TouchpointMatcher::problem(QByteArrayView text) const
{
    return QCoreApplication::translate("Waymark", "no touchpoint titled '%1' in the map").arg(SurveyText::shown(text));
}

} // namespace Waymark
