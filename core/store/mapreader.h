#pragma once

#include "model/fields.h"
#include "model/mapdata.h"

#include <QHash>
#include <QStringList>

class QSqlQuery;

namespace Waymark {

class Store;

// Reads a document's tables into plain values, every value within its bounds (ValueBounds):
// what was out of bounds is cut, clamped or defaulted, and said in warnings().
class MapReader
{
public:
    explicit MapReader(Store &store) : m_store(store) {}

    MapData load();
    // The map's own row (title, description, owner, review date) alone.
    MapInfo loadInfo();
    QList<Id> responsesNamingTouchpoint(Id card);

    // What load() had to change, for users ("stage 3 width: 1e+300 is out of range…"); the
    // first few of warningCount().
    const QStringList &warnings() const { return m_warnings; }
    int warningCount() const { return m_warningCount; }

    // Puts links in document order (MapData's), given each card's index in that order.
    static void sortLinks(QList<CardLink> &links, const QHash<Id, qsizetype> &cardIndex);

private:
    template<typename T>
    T readFields(const QSqlQuery &query, int firstColumn, const QString &what);
    template<typename T>
    QList<T> readOrdered(Entity entity);
    void warn(const QString &what, const QString &problem);

    Store &m_store;
    QStringList m_warnings;
    int m_warningCount = 0;
};

} // namespace Waymark
