#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QList>

namespace Waymark {

// Respondent ids and a number for each (the response that has it, or the row): which
// respondents a map or a file has already, for a million of them in some tens of megabytes.
// Ids are compared exactly; the hash only finds the candidates.
class RespondentIndex
{
public:
    static constexpr qint64 None = -1;

    void reserve(qsizetype count);
    // Keeps the first number given for an id.
    void insert(QByteArrayView id, qint64 value);
    qint64 find(QByteArrayView id) const;
    qsizetype size() const { return m_entries.size(); }
    bool isEmpty() const { return m_entries.isEmpty(); }

private:
    struct Entry {
        qint64 value;
        qint32 offset;
        qint32 length;
        qint32 next; // the next entry with the same hash, or -1
    };
    static quint64 hashOf(QByteArrayView id);
    QByteArrayView idOf(const Entry &entry) const;

    QByteArray m_text;
    QList<Entry> m_entries;
    QHash<quint64, qint32> m_first; // hash → first entry
};

} // namespace Waymark
