#include "valuemap.h"

#include "surveytext.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Waymark {

QString ValueMap::parse(const QString &option, Entry *entry)
{
    const qsizetype colon = option.indexOf(u':');
    const qsizetype equals = option.lastIndexOf(u'=');
    if (colon <= 0 || equals <= colon + 1)
        return QCoreApplication::translate("Waymark", "--values takes FIELD:LABEL=VALUE, not '%1'").arg(option);
    const std::optional<SurveyField> field = SurveyFields::fromName(option.left(colon));
    if (!field)
        return QCoreApplication::translate("Waymark", "'%1' is not a field (fields: %2)")
            .arg(option.left(colon), SurveyFields::names().join(u", "_s));
    entry->field = *field;
    entry->label = option.mid(colon + 1, equals - colon - 1).trimmed();
    entry->value = option.mid(equals + 1).trimmed();
    if (entry->label.isEmpty())
        return QCoreApplication::translate("Waymark", "--values takes FIELD:LABEL=VALUE, not '%1'").arg(option);
    return {};
}

void ValueMap::set(SurveyField field, const QString &label, const QString &value)
{
    m_values[int(field)].insert(SurveyText::key(label), {label.simplified(), value.trimmed()});
}

void ValueMap::remove(SurveyField field, const QString &label)
{
    auto it = m_values.find(int(field));
    if (it == m_values.end())
        return;
    it->remove(SurveyText::key(label));
    if (it->isEmpty())
        m_values.erase(it);
}

std::optional<QString> ValueMap::value(SurveyField field, const QString &labelKey) const
{
    const auto it = m_values.constFind(int(field));
    if (it == m_values.constEnd())
        return std::nullopt;
    const auto entry = it->constFind(labelKey);
    if (entry == it->constEnd())
        return std::nullopt;
    return entry->second;
}

bool ValueMap::hasField(SurveyField field) const
{
    return m_values.contains(int(field));
}

QList<ValueMap::Entry> ValueMap::entries() const
{
    QList<Entry> list;
    for (auto field = m_values.constBegin(); field != m_values.constEnd(); ++field) {
        for (const auto &[label, value] : *field)
            list.append({SurveyField(field.key()), label, value});
    }
    return list;
}

QJsonObject ValueMap::toJson() const
{
    QJsonObject json;
    for (auto field = m_values.constBegin(); field != m_values.constEnd(); ++field) {
        QJsonObject labels;
        for (const auto &[label, value] : *field)
            labels.insert(label, value);
        json.insert(SurveyFields::name(SurveyField(field.key())), labels);
    }
    return json;
}

ValueMap ValueMap::fromJson(const QJsonObject &json)
{
    ValueMap map;
    for (auto it = json.begin(); it != json.end(); ++it) {
        const std::optional<SurveyField> field = SurveyFields::fromName(it.key());
        if (!field)
            continue;
        const QJsonObject labels = it.value().toObject();
        for (auto label = labels.begin(); label != labels.end(); ++label) {
            if (label.value().isString() && !label.key().trimmed().isEmpty())
                map.set(*field, label.key(), label.value().toString());
        }
    }
    return map;
}

} // namespace Waymark
