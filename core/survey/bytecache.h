#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

#include <limits>

namespace Waymark {

// What a cell's bytes were worked out to be (a stage, a score, an attribute set), looked up
// by the bytes themselves: the import's hot path, a few lookups per row of a million rows. An
// open-addressing table over one buffer of keys, with a hash that needs no allocation and no
// QByteArray per lookup; it stops taking new keys at `maxEntries` (callers then work values
// out each time), so an endless variety of values cannot grow it.
template<typename T>
class ByteCache
{
public:
    explicit ByteCache(qsizetype maxEntries = 4096)
        : m_max(maxEntries)
    {
        m_slots.resize(64);
    }

    const T *find(QByteArrayView key) const
    {
        const quint64 hash = hashOf(key);
        const qsizetype mask = m_slots.size() - 1;
        for (qsizetype i = qsizetype(hash) & mask;; i = (i + 1) & mask) {
            const Slot &slot = m_slots.at(i);
            if (slot.value < 0)
                return nullptr;
            if (slot.hash == hash && QByteArrayView(m_keys.constData() + slot.offset, slot.length) == key)
                return &m_values.at(slot.value);
        }
    }

    // False when full (or the key is there already).
    bool insert(QByteArrayView key, T value)
    {
        if (m_values.size() >= m_max || find(key))
            return false;
        if ((m_values.size() + 1) * 2 > m_slots.size())
            grow();
        m_values.append(std::move(value));
        place({hashOf(key), qint64(m_keys.size()), qint32(key.size()), qint32(m_values.size() - 1)});
        m_keys.append(key);
        return true;
    }

    qsizetype size() const { return m_values.size(); }

private:
    struct Slot {
        quint64 hash = 0;
        qint64 offset = 0;
        qint32 length = 0;
        qint32 value = -1; // -1: empty
    };

    static quint64 hashOf(QByteArrayView key)
    {
        quint64 hash = 14695981039346656037ull; // FNV-1a
        for (const char c : key) {
            hash ^= uchar(c);
            hash *= 1099511628211ull;
        }
        return hash ^ (hash >> 29);
    }

    void place(const Slot &entry)
    {
        const qsizetype mask = m_slots.size() - 1;
        qsizetype i = qsizetype(entry.hash) & mask;
        while (m_slots.at(i).value >= 0)
            i = (i + 1) & mask;
        m_slots[i] = entry;
    }

    void grow()
    {
        const QList<Slot> old = std::exchange(m_slots, QList<Slot>(m_slots.size() * 2));
        for (const Slot &slot : old) {
            if (slot.value >= 0)
                place(slot);
        }
    }

    QList<Slot> m_slots; // a power of two, at most half full
    QByteArray m_keys;
    QList<T> m_values;
    qsizetype m_max;
};

} // namespace Waymark
