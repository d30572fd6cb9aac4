#include "respondentindex.h"

namespace Waymark {

quint64 RespondentIndex::hashOf(QByteArrayView id)
{
    // FNV-1a, 64 bits: ids are short, and this needs no seed to be stable.
    quint64 hash = 14695981039346656037ull;
    for (const char c : id) {
        hash ^= uchar(c);
        hash *= 1099511628211ull;
    }
    return hash;
}

QByteArrayView RespondentIndex::idOf(const Entry &entry) const
{
    return QByteArrayView(m_text.constData() + entry.offset, entry.length);
}

void RespondentIndex::reserve(qsizetype count)
{
    m_entries.reserve(count);
    m_first.reserve(count);
}

void RespondentIndex::insert(QByteArrayView id, qint64 value)
{
    // The hash holds entry + 1, so that a new slot (0) means none yet.
    qint32 &slot = m_first[hashOf(id)];
    const qint32 chain = slot - 1;
    for (qint32 i = chain; i >= 0; i = m_entries.at(i).next) {
        if (idOf(m_entries.at(i)) == id)
            return;
    }
    m_entries.append({value, qint32(m_text.size()), qint32(id.size()), chain});
    m_text.append(id);
    slot = qint32(m_entries.size());
}

qint64 RespondentIndex::find(QByteArrayView id) const
{
    const auto it = m_first.constFind(hashOf(id));
    if (it == m_first.constEnd())
        return None;
    for (qint32 i = *it - 1; i >= 0; i = m_entries.at(i).next) {
        if (idOf(m_entries.at(i)) == id)
            return m_entries.at(i).value;
    }
    return None;
}

} // namespace Waymark
