#include "stagematcher.h"

#include "surveytext.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Waymark {

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
    Id id = 0;
    if (const Id *cached = m_cache.find(text)) {
        id = *cached;
    } else {
        const QString key = SurveyText::key(text);
        const std::optional<QString> mapped = m_values.value(SurveyField::Stage, key);
        id = m_byKey.value(mapped ? SurveyText::key(*mapped) : key, 0);
        m_tally.seen(QString::fromUtf8(text));
        m_cache.insert(text, id);
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
    const QList<std::pair<Id, Id>> *cards = nullptr;
    if (const qint32 *cached = m_cache.find(text)) {
        if (*cached >= 0)
            cards = &m_lists.at(*cached);
    } else {
        const QString key = SurveyText::key(text);
        const std::optional<QString> mapped = m_values.value(SurveyField::Touchpoint, key);
        const auto found = m_byKey.constFind(mapped ? SurveyText::key(*mapped) : key);
        m_tally.seen(QString::fromUtf8(text));
        if (found != m_byKey.constEnd()) {
            cards = &*found;
            if (m_cache.insert(text, qint32(m_lists.size())))
                m_lists.append(*found);
        } else {
            m_cache.insert(text, -1);
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
