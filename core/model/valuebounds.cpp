#include "valuebounds.h"

#include "fields.h"
#include "io/translate.h"

#include <QColor>
#include <QCoreApplication>
#include <QLocale>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Waymark::ValueBounds {

namespace {

QString number(double value)
{
    return QLocale::c().toString(value, 'g', 6);
}

bool isNumber(const QVariant &value)
{
    switch (value.metaType().id()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Double:
    case QMetaType::Float:
        return true;
    default:
        return false;
    }
}

// Text as the file holds it: a blob in a text column is read as UTF-8.
QString textOf(const QVariant &value)
{
    if (value.metaType().id() == QMetaType::QByteArray)
        return QString::fromUtf8(value.toByteArray());
    return value.toString();
}

QString keyFallback(const FieldSpec &spec)
{
    for (const EnumEntry &entry : spec.keys) {
        if (entry.value == 0)
            return QString::fromLatin1(entry.key);
    }
    return spec.keys.empty() ? QString() : QString::fromLatin1(spec.keys.front().key);
}

} // namespace

qsizetype lengthLimit(const FieldSpec &spec)
{
    if (spec.maxLength > 0)
        return spec.maxLength;
    switch (spec.type) {
    case FieldType::Key:
    case FieldType::Color:
        return KeyLength;
    case FieldType::Blob:
        return PhotoBytes;
    default:
        return LineLength;
    }
}

QString cut(const QString &text, qsizetype maxLength)
{
    if (text.size() <= maxLength)
        return text;
    qsizetype end = std::max<qsizetype>(0, maxLength);
    if (end > 0 && text.at(end - 1).isHighSurrogate())
        --end;
    return text.left(end);
}

QString forDisplay(const QString &text, qsizetype maxLength)
{
    QString shown = text.size() <= maxLength ? text : cut(text, maxLength - 1) + u'\u2026';
    // What no renderer draws and XML cannot hold (an SVG export would not parse): control
    // characters but tab and newline, non-characters, halves of surrogate pairs.
    const auto unfit = [&shown](qsizetype i) {
        const char16_t c = shown.at(i).unicode();
        if (c < 0x20)
            return c != u'\t' && c != u'\n';
        if (c == 0xfffe || c == 0xffff)
            return true;
        if (QChar::isHighSurrogate(c))
            return i + 1 >= shown.size() || !shown.at(i + 1).isLowSurrogate();
        if (QChar::isLowSurrogate(c))
            return i == 0 || !shown.at(i - 1).isHighSurrogate();
        return false;
    };
    QString fit;
    for (qsizetype i = 0; i < shown.size(); ++i) {
        if (!unfit(i)) {
            if (!fit.isNull())
                fit += shown.at(i);
        } else if (fit.isNull()) {
            fit = shown.left(i);
            fit.reserve(shown.size());
            if (fit.isNull())
                fit = u""_s;
        }
    }
    return fit.isNull() ? shown : fit;
}

double clamped(const QVariant &value, double min, double max, double fallback, bool *changed)
{
    const double d = isNumber(value) ? value.toDouble() : std::nan("");
    double result = d;
    if (!std::isfinite(d))
        result = fallback;
    else if (min <= max)
        result = std::clamp(d, min, max);
    if (changed)
        *changed = !(result == d);
    return result;
}

Verdict bound(const FieldSpec &spec, QVariant &value)
{
    Verdict verdict;
    const bool isNull = value.isNull() || !value.isValid();
    const qsizetype limit = lengthLimit(spec);
    switch (spec.type) {
    case FieldType::Text: {
        if (isNull) {
            value = QString();
            break;
        }
        QString text = textOf(value);
        if (spec.isoDate && !text.isEmpty() && !isIsoDate(text)) {
            verdict.problem = tr("%1 is not a date (yyyy-mm-dd); no date is used").arg(u'\'' + cut(text, KeyLength) + u'\'');
            value = QString();
            break;
        }
        if (text.size() > limit) {
            text = cut(text, limit);
            verdict.problem = tr("is longer than %1 characters; only the first %1 are kept")
                                  .arg(QLocale().toString(limit));
        }
        value = text;
        break;
    }
    case FieldType::Key: {
        const QString key = textOf(value);
        if (key.size() > limit || !enumFromKey(spec.keys, key)) {
            const QString fallback = keyFallback(spec);
            verdict.problem = tr("%1 is not one of: %2; '%3' is used instead")
                                  .arg(u'\'' + cut(key, KeyLength) + u'\'', enumKeys(spec.keys).join(u", "_s), fallback);
            value = fallback;
        }
        break;
    }
    case FieldType::Color: {
        if (isNull) {
            value = QString();
            break;
        }
        const QString text = textOf(value);
        if (text.isEmpty() || (text.size() <= limit && QColor::fromString(text).isValid())) {
            value = text;
            break;
        }
        verdict.problem = tr("%1 is not a colour; the default colour is used").arg(u'\'' + cut(text, KeyLength) + u'\'');
        value = QString();
        break;
    }
    case FieldType::Integer:
    case FieldType::Real: {
        if (spec.optional && isNull) {
            value = QVariant();
            break;
        }
        if (!isNumber(value) || !std::isfinite(value.toDouble())) {
            verdict.useDefault = true;
            verdict.problem = tr("holds no number; the default is used");
            break;
        }
        bool changed = false;
        const double d = value.toDouble();
        double result = clamped(value, spec.min, spec.max, 0, &changed);
        if (spec.type == FieldType::Integer) {
            // Within what a qint64 (and a double) holds exactly, whatever the field's range.
            constexpr double Exact = 9007199254740992.0; // 2^53
            if (std::abs(result) > Exact) {
                result = std::clamp(result, -Exact, Exact);
                changed = true;
            }
            const double whole = std::trunc(result);
            changed = changed || whole != result;
            result = whole;
            value = qint64(result);
        } else {
            value = result;
        }
        if (changed) {
            verdict.problem = tr("%1 is out of range %2 to %3; %4 is used instead")
                                  .arg(number(d), number(spec.min), number(spec.max), number(result));
        }
        break;
    }
    case FieldType::Blob: {
        if (isNull) {
            value = QByteArray();
            break;
        }
        const QByteArray bytes = value.metaType().id() == QMetaType::QByteArray ? value.toByteArray()
                                                                                 : textOf(value).toUtf8();
        if (bytes.size() > limit) {
            verdict.problem = tr("is larger than %1; it is left out").arg(QLocale().formattedDataSize(limit, 0));
            value = QByteArray();
        } else {
            value = bytes;
        }
        break;
    }
    }
    return verdict;
}

} // namespace Waymark::ValueBounds
