#include "responsebatch.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace Waymark {

namespace {

QByteArray encode(const QList<QPair<QString, QString>> &attributes)
{
    QJsonObject object;
    for (const auto &[name, value] : attributes)
        object.insert(name, value);
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QList<QPair<QString, QString>> decode(const QByteArray &json)
{
    QList<QPair<QString, QString>> pairs;
    const QJsonObject object = QJsonDocument::fromJson(json).object();
    for (auto it = object.begin(); it != object.end(); ++it)
        pairs.append({it.key(), it.value().toString()});
    return pairs;
}

} // namespace

ResponseBatch::ResponseBatch()
{
    attributeSetFromJson("{}"); // set 0: no attributes
}

void ResponseBatch::reserve(qsizetype rows, qsizetype textBytes)
{
    m_rows.reserve(size_t(std::max<qsizetype>(rows, 0)));
    if (textBytes > 0)
        m_text.reserve(size_t(textBytes));
}

void ResponseBatch::removeRows(const QList<qsizetype> &rows)
{
    if (rows.isEmpty())
        return;
    size_t kept = 0;
    qsizetype next = 0;
    for (size_t i = 0; i < m_rows.size(); ++i) {
        if (next < rows.size() && rows.at(next) == qsizetype(i)) {
            ++next;
            continue;
        }
        m_rows[kept++] = m_rows[i];
    }
    m_rows.resize(kept);
}

void ResponseBatch::append(Row row, QByteArrayView respondent, QByteArrayView submittedAt)
{
    row.respondentOffset = qint32(m_text.size());
    row.respondentLength = qint32(respondent.size());
    if (!respondent.isEmpty())
        m_text.append(respondent.data(), size_t(respondent.size()));
    row.submittedOffset = qint32(m_text.size());
    row.submittedLength = qint32(submittedAt.size());
    if (!submittedAt.isEmpty())
        m_text.append(submittedAt.data(), size_t(submittedAt.size()));
    m_rows.push_back(row);
}

QByteArrayView ResponseBatch::respondent(qsizetype i) const
{
    const Row &r = m_rows[size_t(i)];
    return QByteArrayView(m_text.data() + r.respondentOffset, r.respondentLength);
}

QByteArrayView ResponseBatch::submittedAt(qsizetype i) const
{
    const Row &r = m_rows[size_t(i)];
    return QByteArrayView(m_text.data() + r.submittedOffset, r.submittedLength);
}

int ResponseBatch::attributeSet(const QByteArray &key, const std::function<QList<QPair<QString, QString>>()> &attributes)
{
    const auto it = m_setByRawKey.constFind(key);
    if (it != m_setByRawKey.constEnd())
        return *it;
    const QList<QPair<QString, QString>> pairs = attributes();
    const int set = pairs.isEmpty() ? 0 : attributeSetFromJson(encode(pairs));
    m_setByRawKey.insert(key, set);
    return set;
}

int ResponseBatch::attributeSetFromJson(const QByteArray &json)
{
    const auto it = m_setByKey.constFind(json);
    if (it != m_setByKey.constEnd())
        return *it;
    // Canonical JSON (sorted, compact), whatever spelling it came in.
    const QList<QPair<QString, QString>> pairs = decode(json);
    const QByteArray canonical = encode(pairs);
    const int set = int(m_setJson.size());
    m_setJson.append(canonical);
    m_setPairs.append(pairs);
    m_setByKey.insert(json, set);
    if (canonical != json)
        m_setByKey.insert(canonical, set);
    return set;
}

Response ResponseBatch::response(qsizetype i) const
{
    const Row &r = m_rows[size_t(i)];
    Response response;
    response.id = r.id;
    response.stage = r.stage;
    response.touchpoint = r.touchpoint;
    response.respondent = QString::fromUtf8(respondent(i));
    if (r.nps != None)
        response.nps = r.nps;
    if (r.csat != None)
        response.csat = r.csat;
    if (r.ces != None)
        response.ces = r.ces;
    if (r.fcr != None)
        response.fcr = r.fcr != 0;
    if (!std::isnan(r.minutes))
        response.responseMinutes = r.minutes;
    response.submittedAt = QString::fromUtf8(submittedAt(i));
    response.attributes = attributes(r.attributeSet);
    return response;
}

void ResponseBatch::append(const Response &response)
{
    Row row;
    row.id = response.id;
    row.stage = response.stage;
    row.touchpoint = response.touchpoint;
    row.nps = response.nps ? qint8(*response.nps) : None;
    row.csat = response.csat ? qint8(*response.csat) : None;
    row.ces = response.ces ? qint8(*response.ces) : None;
    row.fcr = response.fcr ? qint8(*response.fcr ? 1 : 0) : None;
    if (response.responseMinutes)
        row.minutes = *response.responseMinutes;
    row.attributeSet = response.attributes.isEmpty() ? 0 : attributeSetFromJson(encode(response.attributes));
    append(row, response.respondent.toUtf8(), response.submittedAt.toUtf8());
}

} // namespace Waymark
