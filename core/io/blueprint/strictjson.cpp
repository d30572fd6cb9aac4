#include "strictjson.h"

#include "io/formaterror.h"
#include "io/translate.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace Waymark {

namespace {

QString typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null: return tr("null");
    case QJsonValue::Bool: return tr("true or false");
    case QJsonValue::Double: return tr("a number");
    case QJsonValue::String: return tr("text");
    case QJsonValue::Array: return tr("a list");
    case QJsonValue::Object: return tr("an object");
    case QJsonValue::Undefined: break;
    }
    return tr("nothing");
}

// RFC 3339 full-date, as JSON Schema's "date" format.
std::optional<QDate> parseDate(const QString &text)
{
    static const QRegularExpression pattern(u"^(\\d{4})-(\\d{2})-(\\d{2})$"_s);
    const QRegularExpressionMatch m = pattern.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    return date.isValid() ? std::optional(date) : std::nullopt;
}

} // namespace

bool isBlueprintId(const QString &text)
{
    static const QRegularExpression pattern(u"^[A-Za-z][A-Za-z0-9_-]{0,39}$"_s);
    return pattern.match(text).hasMatch();
}

StrictObject::StrictObject(const QJsonValue &value, QString path, const QStringList &keys)
    : m_object(value.toObject())
    , m_path(std::move(path))
{
    if (!value.isObject())
        throw FormatError(tr("%1: expected an object, not %2").arg(m_path.isEmpty() ? tr("the file") : m_path, typeName(value)));
    for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it) {
        if (!keys.contains(it.key()))
            fail(it.key(), tr("unknown key (%1 has: %2)").arg(m_path.isEmpty() ? tr("the file") : m_path, keys.join(u", "_s)));
    }
}

QString StrictObject::pathOf(const QString &key) const
{
    return m_path.isEmpty() ? key : m_path + u'.' + key;
}

void StrictObject::fail(const QString &key, const QString &problem) const
{
    const QString where = key.isEmpty() ? m_path : pathOf(key);
    throw FormatError(where.isEmpty() ? problem : u"%1: %2"_s.arg(where, problem));
}

QJsonValue StrictObject::take(const QString &key)
{
    const auto it = m_object.constFind(key);
    if (it == m_object.constEnd())
        fail(QString(), tr("missing \"%1\"").arg(key));
    return *it;
}

QJsonValue StrictObject::value(const QString &key)
{
    return take(key);
}

QString StrictObject::text(const QString &key, int maxLength, bool blankAllowed)
{
    const QJsonValue v = take(key);
    if (!v.isString())
        fail(key, tr("expected text, not %1").arg(typeName(v)));
    const QString s = v.toString();
    if (s.toUcs4().size() > maxLength)
        fail(key, tr("longer than %1 characters").arg(maxLength));
    if (!blankAllowed && s.trimmed().isEmpty())
        fail(key, tr("empty: it needs some text"));
    return s;
}

std::optional<QString> StrictObject::textOrNull(const QString &key, int maxLength)
{
    if (take(key).isNull())
        return std::nullopt;
    return text(key, maxLength);
}

QString StrictObject::id(const QString &key)
{
    const QJsonValue v = take(key);
    if (!v.isString() || !isBlueprintId(v.toString()))
        fail(key, tr("%1 is not an id (a letter, then up to 39 letters, digits, '_' or '-')")
                      .arg(v.isString() ? u"'%1'"_s.arg(v.toString()) : typeName(v)));
    return v.toString();
}

QString StrictObject::oneOf(const QString &key, const QStringList &values)
{
    const QJsonValue v = take(key);
    if (!v.isString() || !values.contains(v.toString()))
        fail(key, tr("%1 is not one of: %2").arg(v.isString() ? u"'%1'"_s.arg(v.toString()) : typeName(v), values.join(u", "_s)));
    return v.toString();
}

QString StrictObject::constant(const QString &key, const QString &value)
{
    const QJsonValue v = take(key);
    if (v.toString() != value || !v.isString())
        fail(key, tr("must be \"%1\"").arg(value));
    return value;
}

qint64 StrictObject::integer(const QString &key, qint64 min, qint64 max)
{
    const QJsonValue v = take(key);
    const double d = v.toDouble();
    // As JSON Schema: 3.0 is an integer.
    if (!v.isDouble() || !std::isfinite(d) || d != std::floor(d))
        fail(key, tr("expected a whole number, not %1").arg(v.isDouble() ? QString::number(d) : typeName(v)));
    if (d < double(min) || d > double(max))
        fail(key, max == std::numeric_limits<qint64>::max() ? tr("%1 is less than %2").arg(d).arg(min)
                                                           : tr("%1 is out of range %2 to %3").arg(d).arg(min).arg(max));
    return qint64(d);
}

std::optional<double> StrictObject::numberOrNull(const QString &key, double min, double max)
{
    const QJsonValue v = take(key);
    if (v.isNull())
        return std::nullopt;
    if (!v.isDouble() || !std::isfinite(v.toDouble()))
        fail(key, tr("expected a number or null, not %1").arg(typeName(v)));
    if (v.toDouble() < min || v.toDouble() > max)
        fail(key, tr("%1 is out of range %2 to %3").arg(v.toDouble()).arg(min).arg(max));
    return v.toDouble();
}

QDate StrictObject::date(const QString &key)
{
    const QJsonValue v = take(key);
    const auto d = v.isString() ? parseDate(v.toString()) : std::nullopt;
    if (!d)
        fail(key, tr("%1 is not a date such as 2025-03-31").arg(v.isString() ? u"'%1'"_s.arg(v.toString()) : typeName(v)));
    return *d;
}

std::optional<QDate> StrictObject::dateOrNull(const QString &key)
{
    if (take(key).isNull())
        return std::nullopt;
    return date(key);
}

QJsonArray StrictObject::array(const QString &key, int minItems)
{
    const QJsonValue v = take(key);
    if (!v.isArray())
        fail(key, tr("expected a list, not %1").arg(typeName(v)));
    if (v.toArray().size() < minItems)
        fail(key, QCoreApplication::translate("Waymark", "needs at least %n item(s)", nullptr, minItems));
    return v.toArray();
}

} // namespace Waymark
