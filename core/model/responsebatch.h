#pragma once

#include "response.h"

#include <QByteArray>
#include <QHash>
#include <QList>

#include <cmath>
#include <functional>
#include <string>
#include <vector>

namespace Waymark {

// Many survey responses in a compact form: a million of them in some tens of megabytes, with
// text kept as UTF-8 in one buffer and each distinct set of segment attributes stored once.
// What an import produces and what the store writes in bulk.
class ResponseBatch
{
public:
    static constexpr qint8 None = -1; // an unanswered nps, csat, ces or fcr

    struct Row {
        Id id = 0; // 0: numbered by the store
        Id stage = 0;
        Id touchpoint = 0;
        double minutes = std::nan(""); // NaN: unanswered
        qint32 respondentOffset = 0;
        qint32 respondentLength = 0;
        qint32 submittedOffset = 0;
        qint32 submittedLength = 0;
        qint32 attributeSet = 0;
        qint8 nps = None;
        qint8 csat = None;
        qint8 ces = None;
        qint8 fcr = None; // 0 or 1
    };

    ResponseBatch();

    qsizetype size() const { return qsizetype(m_rows.size()); }
    bool isEmpty() const { return m_rows.empty(); }
    void reserve(qsizetype rows, qsizetype textBytes = 0);
    // Removes the rows at these indexes (ascending); their text stays in the buffer.
    void removeRows(const QList<qsizetype> &rows);

    const Row &row(qsizetype i) const { return m_rows[size_t(i)]; }
    Row &row(qsizetype i) { return m_rows[size_t(i)]; }
    // Appends a row; its text is copied into the batch's buffer.
    void append(Row row, QByteArrayView respondent, QByteArrayView submittedAt);

    QByteArrayView respondent(qsizetype i) const;
    QByteArrayView submittedAt(qsizetype i) const;

    // The index of a set of attributes (name, value pairs), added when new. `key` identifies
    // the set cheaply (the raw values of the row); the JSON is made only for new sets.
    int attributeSet(const QByteArray &key, const std::function<QList<QPair<QString, QString>>()> &attributes);
    int attributeSetFromJson(const QByteArray &json);
    qsizetype attributeSetCount() const { return m_setJson.size(); }
    const QByteArray &attributeJson(int set) const { return m_setJson.at(set); }
    // Sorted by name, as stored.
    const QList<QPair<QString, QString>> &attributes(int set) const { return m_setPairs.at(set); }

    Response response(qsizetype i) const;
    void append(const Response &response);

private:
    // std:: containers: their appends are inline, where QList's and QByteArray's are calls, and
    // an import appends a row and two texts a million times.
    std::vector<Row> m_rows;
    std::string m_text;
    QList<QByteArray> m_setJson;
    QList<QList<QPair<QString, QString>>> m_setPairs;
    QHash<QByteArray, int> m_setByKey;    // by canonical JSON
    QHash<QByteArray, int> m_setByRawKey; // by the caller's key
};

} // namespace Waymark
