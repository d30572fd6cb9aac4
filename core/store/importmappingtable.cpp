#include "importmappingtable.h"

#include "store.h"

using namespace Qt::StringLiterals;

namespace Waymark::ImportMappingTable {

std::optional<QByteArray> read(Store &store, const QString &signature, qsizetype maxBytes)
{
    QSqlQuery &query = store.select(u"SELECT CASE WHEN length(CAST(mapping AS BLOB)) <= ? THEN mapping END FROM import_mapping "
                                    "WHERE signature = ?"_s,
                                    {qint64(maxBytes), signature});
    std::optional<QByteArray> json;
    if (store.next(query) && !query.isNull(0))
        json = query.value(0).toString().toUtf8();
    query.finish();
    return json;
}

QList<QPair<QString, QByteArray>> readAll(Store &store, qsizetype maxBytes)
{
    QSqlQuery &query = store.select(u"SELECT signature, mapping FROM import_mapping WHERE length(CAST(mapping AS BLOB)) <= ? "
                                    "ORDER BY signature"_s,
                                    {qint64(maxBytes)});
    QList<QPair<QString, QByteArray>> mappings;
    while (store.next(query))
        mappings.append({query.value(0).toString(), query.value(1).toString().toUtf8()});
    query.finish();
    return mappings;
}

void write(Store &store, const QString &signature, const QByteArray &json)
{
    if (json.isEmpty())
        store.run(u"DELETE FROM import_mapping WHERE signature = ?"_s, {signature});
    else
        store.run(u"INSERT OR REPLACE INTO import_mapping (signature, mapping) VALUES (?, ?)"_s,
                  {signature, QString::fromUtf8(json)});
}

} // namespace Waymark::ImportMappingTable
