#include "responsecodec.h"

#include "store.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Waymark::ResponseCodec {

namespace {

template<typename T>
std::optional<T> optionalValue(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return value.value<T>();
}

template<typename T>
QVariant variantOf(const std::optional<T> &value)
{
    return value ? QVariant::fromValue(*value) : QVariant();
}

} // namespace

QStringList columns()
{
    return {u"id"_s, u"stage_id"_s, u"touchpoint_id"_s, u"respondent"_s, u"nps"_s, u"csat"_s, u"ces"_s,
            u"fcr"_s, u"response_minutes"_s, u"submitted_at"_s, u"attributes"_s};
}

Response read(const QSqlQuery &query)
{
    Response r;
    r.id = query.value(0).toLongLong();
    r.stage = query.value(1).toLongLong();
    r.touchpoint = query.value(2).toLongLong();
    r.respondent = query.value(3).toString();
    r.nps = optionalValue<int>(query.value(4));
    r.csat = optionalValue<int>(query.value(5));
    r.ces = optionalValue<int>(query.value(6));
    if (!query.value(7).isNull())
        r.fcr = query.value(7).toInt() != 0;
    r.responseMinutes = optionalValue<double>(query.value(8));
    r.submittedAt = query.value(9).toString();
    r.attributes = decodeAttributes(query.value(10).toString());
    return r;
}

void bind(QSqlQuery &query, const Response &r)
{
    query.bindValue(0, r.id ? QVariant(r.id) : QVariant());
    query.bindValue(1, r.stage);
    query.bindValue(2, r.touchpoint ? QVariant(r.touchpoint) : QVariant());
    query.bindValue(3, sqlValue(r.respondent));
    query.bindValue(4, variantOf(r.nps));
    query.bindValue(5, variantOf(r.csat));
    query.bindValue(6, variantOf(r.ces));
    query.bindValue(7, r.fcr ? QVariant(int(*r.fcr)) : QVariant());
    query.bindValue(8, variantOf(r.responseMinutes));
    query.bindValue(9, sqlValue(r.submittedAt));
    query.bindValue(10, encodeAttributes(r.attributes));
}

QString encodeAttributes(const QList<QPair<QString, QString>> &attributes)
{
    QJsonObject object;
    for (const auto &[name, value] : attributes)
        object.insert(name, value);
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QList<QPair<QString, QString>> decodeAttributes(const QString &json)
{
    QList<QPair<QString, QString>> attributes;
    const QJsonObject object = QJsonDocument::fromJson(json.toUtf8()).object();
    for (auto it = object.begin(); it != object.end(); ++it)
        attributes.append({it.key(), it.value().toString()});
    return attributes;
}

} // namespace Waymark::ResponseCodec
