#pragma once

#include <QDate>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace Waymark {

// Reading JSON as a strict JSON Schema would (every key required, no others), naming what is
// wrong by its JSON path: "data.actions[3].stage_id: …".
class StrictObject
{
public:
    // Throws FormatError when `value` is not an object or has a key not in `keys` (every one
    // of which the getters then require).
    StrictObject(const QJsonValue &value, QString path, const QStringList &keys);

    const QString &path() const { return m_path; }
    QString pathOf(const QString &key) const;

    // A string of at most `maxLength` characters; unless `blankAllowed`, with something
    // other than white space in it.
    QString text(const QString &key, int maxLength, bool blankAllowed = false);
    std::optional<QString> textOrNull(const QString &key, int maxLength);
    // "^[A-Za-z][A-Za-z0-9_-]{0,39}$"
    QString id(const QString &key);
    QString oneOf(const QString &key, const QStringList &values);
    QString constant(const QString &key, const QString &value);
    qint64 integer(const QString &key, qint64 min, qint64 max);
    std::optional<double> numberOrNull(const QString &key, double min, double max);
    std::optional<QDate> dateOrNull(const QString &key);
    QDate date(const QString &key);
    QJsonArray array(const QString &key, int minItems = 0);
    QJsonValue value(const QString &key); // any type, required

    [[noreturn]] void fail(const QString &key, const QString &problem) const;

private:
    QJsonValue take(const QString &key);

    QJsonObject m_object;
    QString m_path;
};

// "^[A-Za-z][A-Za-z0-9_-]{0,39}$", the ids of Blueprint Signal's records.
bool isBlueprintId(const QString &text);

} // namespace Waymark
