#include "changedrows.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Waymark {

void ChangedRows::add(const QString &table, const Key &key)
{
    if (everything || whole.contains(table))
        return;
    // No check for repeats: a row named twice is read or written twice, which is harmless, and
    // a million-row import must not compare every key with every other.
    keys[table].append(key);
}

void ChangedRows::addWhole(const QString &table)
{
    keys.remove(table);
    whole.insert(table);
}

void ChangedRows::merge(const ChangedRows &other)
{
    everything = everything || other.everything;
    for (const QString &table : other.whole)
        addWhole(table);
    for (auto it = other.keys.cbegin(); it != other.keys.cend(); ++it) {
        for (const Key &key : *it)
            add(it.key(), key);
    }
}

bool ChangedRows::overlaps(const ChangedRows &other) const
{
    if (everything || other.everything)
        return true;
    for (const QString &table : whole) {
        if (other.touches(table))
            return true;
    }
    for (const QString &table : other.whole) {
        if (touches(table))
            return true;
    }
    const auto text = [](const QString &table, const Key &key) {
        QString line = table;
        for (const QVariant &part : key)
            line += u'\x1f' + part.toString();
        return line;
    };
    QSet<QString> mine;
    for (auto it = keys.cbegin(); it != keys.cend(); ++it) {
        for (const Key &key : *it)
            mine.insert(text(it.key(), key));
    }
    for (auto it = other.keys.cbegin(); it != other.keys.cend(); ++it) {
        for (const Key &key : *it) {
            if (mine.contains(text(it.key(), key)))
                return true;
        }
    }
    return false;
}

QVariant ChangedRows::toLog() const
{
    if (everything)
        return QVariant(QMetaType::fromType<QString>());
    QJsonObject object;
    for (const QString &table : whole)
        object.insert(table, u"*"_s);
    for (auto it = keys.cbegin(); it != keys.cend(); ++it) {
        if (it->size() > MaxKeys) {
            object.insert(it.key(), u"*"_s);
            continue;
        }
        QJsonArray list;
        for (const Key &key : *it)
            list.append(QJsonArray::fromVariantList(key));
        object.insert(it.key(), list);
    }
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

ChangedRows ChangedRows::fromLog(const QVariant &value)
{
    ChangedRows rows;
    rows.everything = true;
    if (value.isNull())
        return rows;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(value.toString().toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return rows;
    ChangedRows parsed;
    const QJsonObject object = document.object();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (it->isString() && it->toString() == u"*"_s) {
            parsed.addWhole(it.key());
            continue;
        }
        if (!it->isArray())
            return rows;
        for (const QJsonValue &key : it->toArray()) {
            if (!key.isArray() || key.toArray().isEmpty())
                return rows;
            Key values;
            for (const QJsonValue &part : key.toArray()) {
                if (part.isDouble())
                    values.append(qint64(part.toDouble()));
                else if (part.isString())
                    values.append(part.toString());
                else
                    return rows;
            }
            parsed.keys[it.key()].append(values);
        }
    }
    return parsed;
}

} // namespace Waymark
