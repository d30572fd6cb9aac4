#include "importmapping.h"

#include "surveytext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Waymark {

namespace {

constexpr qsizetype MaxText = 4096;

QJsonObject toObject(const QMap<QString, QString> &map)
{
    QJsonObject object;
    for (auto it = map.constBegin(); it != map.constEnd(); ++it)
        object.insert(it.key(), it.value());
    return object;
}

QMap<QString, QString> toMap(const QJsonObject &object)
{
    QMap<QString, QString> map;
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.value().isString() && it.key().size() <= MaxText && it.value().toString().size() <= MaxText)
            map.insert(it.key(), it.value().toString());
    }
    return map;
}

} // namespace

QByteArray ImportMapping::toJson() const
{
    QJsonObject json;
    json.insert(u"columns"_s, toObject(columns));
    if (!values.isEmpty())
        json.insert(u"values"_s, values.toJson());
    if (!attributes.isEmpty())
        json.insert(u"attributes"_s, toObject(attributes));
    if (!keep.isEmpty())
        json.insert(u"keep"_s, QJsonArray::fromStringList(keep));
    return QJsonDocument(json).toJson(QJsonDocument::Compact);
}

std::optional<ImportMapping> ImportMapping::fromJson(const QByteArray &json)
{
    if (json.size() > MaxJsonBytes)
        return std::nullopt;
    const QJsonDocument document = QJsonDocument::fromJson(json);
    if (!document.isObject())
        return std::nullopt;
    const QJsonObject object = document.object();
    ImportMapping mapping;
    mapping.columns = toMap(object.value(u"columns"_s).toObject());
    mapping.values = ValueMap::fromJson(object.value(u"values"_s).toObject());
    mapping.attributes = toMap(object.value(u"attributes"_s).toObject());
    for (const QJsonValue &value : object.value(u"keep"_s).toArray()) {
        if (value.isString() && value.toString().size() <= MaxText)
            mapping.keep.append(value.toString());
    }
    return mapping;
}

ImportOptions ImportMapping::under(ImportOptions options) const
{
    for (auto it = columns.constBegin(); it != columns.constEnd(); ++it) {
        if (!options.columns.contains(it.key()))
            options.columns.insert(it.key(), it.value());
    }
    ValueMap merged = values;
    for (const ValueMap::Entry &entry : options.values.entries())
        merged.set(entry.field, entry.label, entry.value);
    options.values = merged;
    for (auto it = attributes.constBegin(); it != attributes.constEnd(); ++it) {
        const bool named = std::any_of(options.attributes.begin(), options.attributes.end(), [&](const auto &attribute) {
            return SurveyText::key(attribute.second) == SurveyText::key(it.key());
        });
        if (!named)
            options.attributes.append({it.value(), it.key()});
    }
    for (const QString &column : keep) {
        if (!options.keep.contains(column))
            options.keep.append(column);
    }
    return options;
}

} // namespace Waymark
