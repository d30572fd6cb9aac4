#include "fields.h"

#include "valuebounds.h"

#include <QCoreApplication>
#include <QDate>
#include <QLocale>

#include <cmath>

namespace Waymark {

namespace {

// `maxLength`: ValueBounds::LineLength for names and titles, ParagraphLength for free text.
template<typename T, QString T::*M>
FieldAccess<T> textField(auto field, const char *key, const char *label, qsizetype maxLength)
{
    FieldSpec spec{int(field), key, label, FieldType::Text};
    spec.maxLength = maxLength;
    return {spec,
            [](const T &e) -> QVariant { return e.*M; },
            [](T &e, const QVariant &v) { e.*M = v.toString(); }};
}

template<typename T, auto M>
FieldAccess<T> integerField(auto field, const char *key, const char *label, double min, double max)
{
    return {{int(field), key, label, FieldType::Integer, min, max},
            [](const T &e) -> QVariant { return qint64(e.*M); },
            [](T &e, const QVariant &v) { e.*M = std::remove_reference_t<decltype(e.*M)>(v.toLongLong()); }};
}

template<typename T, double T::*M>
FieldAccess<T> realField(auto field, const char *key, const char *label, double min, double max)
{
    return {{int(field), key, label, FieldType::Real, min, max},
            [](const T &e) -> QVariant { return e.*M; },
            [](T &e, const QVariant &v) { e.*M = v.toDouble(); }};
}

template<typename T, std::optional<double> T::*M>
FieldAccess<T> optionalRealField(auto field, const char *key, const char *label, double min, double max)
{
    FieldAccess<T> access{{int(field), key, label, FieldType::Real, min, max},
                          [](const T &e) -> QVariant { return e.*M ? QVariant(*(e.*M)) : QVariant(); },
                          [](T &e, const QVariant &v) {
                              e.*M = v.isNull() ? std::nullopt : std::optional<double>(v.toDouble());
                          }};
    access.spec.optional = true;
    return access;
}

template<typename T, std::optional<int> T::*M>
FieldAccess<T> optionalIntegerField(auto field, const char *key, const char *label, double min, double max)
{
    FieldAccess<T> access{{int(field), key, label, FieldType::Integer, min, max},
                          [](const T &e) -> QVariant { return e.*M ? QVariant(qint64(*(e.*M))) : QVariant(); },
                          [](T &e, const QVariant &v) {
                              e.*M = v.isNull() ? std::nullopt : std::optional<int>(int(v.toLongLong()));
                          }};
    access.spec.optional = true;
    return access;
}

template<typename T, QColor T::*M>
FieldAccess<T> colorField(auto field, const char *key, const char *label)
{
    return {{int(field), key, label, FieldType::Color},
            [](const T &e) -> QVariant { return colorValue(e.*M); },
            [](T &e, const QVariant &v) { e.*M = colorFromValue(v); }};
}

template<typename T, typename E, E T::*M>
FieldAccess<T> keyField(auto field, const char *key, const char *label)
{
    return {{int(field), key, label, FieldType::Key, 1, 0, enumEntries<E>()},
            [](const T &e) -> QVariant { return keyOf(e.*M); },
            [](T &e, const QVariant &v) { e.*M = fromKey<E>(v.toString()).value_or(E{}); }};
}

template<typename T, QByteArray T::*M>
FieldAccess<T> blobField(auto field, const char *key, const char *label, qsizetype maxBytes)
{
    FieldSpec spec{int(field), key, label, FieldType::Blob};
    spec.maxLength = maxBytes;
    return {spec,
            [](const T &e) -> QVariant { return e.*M; },
            [](T &e, const QVariant &v) { e.*M = v.toByteArray(); }};
}

template<typename T, QString T::*M>
FieldAccess<T> dateField(auto field, const char *key, const char *label)
{
    FieldAccess<T> access = textField<T, M>(field, key, label, ValueBounds::KeyLength);
    access.spec.isoDate = true;
    return access;
}

template<typename T>
FieldAccess<T> onlyFor(FieldAccess<T> access, bool (*applies)(const T &))
{
    access.applies = applies;
    return access;
}

bool isTouchpoint(const Card &c) { return c.kind == CardKind::Touchpoint; }
bool isPainPoint(const Card &c) { return c.kind == CardKind::PainPoint; }
bool isOpportunity(const Card &c) { return c.kind == CardKind::Opportunity; }
bool hasScore(const Card &c) { return c.score.has_value(); }
bool hasOwner(const MapInfo &m) { return !m.owner.isEmpty(); }
bool hasReviewDate(const MapInfo &m) { return !m.reviewDate.isEmpty(); }

#define TR(text) QT_TRANSLATE_NOOP("Waymark", text)

} // namespace

std::span<const FieldAccess<MapInfo>> EntityTraits<MapInfo>::fields()
{
    using T = MapInfo;
    static const FieldAccess<T> table[] = {
        textField<T, &T::title>(MapField::Title, "title", TR("Title"), ValueBounds::LineLength),
        textField<T, &T::description>(MapField::Description, "description", TR("Description"), ValueBounds::ParagraphLength),
        // In the JSON only when set, so that the interchange of a map without them stays as it was.
        onlyFor(textField<T, &T::owner>(MapField::Owner, "owner", TR("Owner"), ValueBounds::LineLength), hasOwner),
        onlyFor(dateField<T, &T::reviewDate>(MapField::ReviewDate, "review_date", TR("Next review")), hasReviewDate),
    };
    return table;
}

std::span<const FieldAccess<Stage>> EntityTraits<Stage>::fields()
{
    using T = Stage;
    static const FieldAccess<T> table[] = {
        textField<T, &T::name>(StageField::Name, "name", TR("Name"), ValueBounds::LineLength),
        textField<T, &T::description>(StageField::Description, "description", TR("Description"), ValueBounds::ParagraphLength),
        colorField<T, &T::color>(StageField::Color, "color", TR("Colour")),
        realField<T, &T::width>(StageField::Width, "width", TR("Width"), Stage::MinWidth, Stage::MaxWidth),
        optionalRealField<T, &T::npsTarget>(StageField::NpsTarget, "nps_target", TR("NPS target"), -100, 100),
        optionalRealField<T, &T::csatTarget>(StageField::CsatTarget, "csat_target", TR("CSAT target (%)"), 0, 100),
    };
    return table;
}

std::span<const FieldAccess<Lane>> EntityTraits<Lane>::fields()
{
    using T = Lane;
    static const FieldAccess<T> table[] = {
        textField<T, &T::name>(LaneField::Name, "name", TR("Name"), ValueBounds::LineLength),
        keyField<T, LaneKind, &T::kind>(LaneField::Kind, "kind", TR("Kind")),
        colorField<T, &T::color>(LaneField::Color, "color", TR("Colour")),
    };
    return table;
}

std::span<const FieldAccess<Card>> EntityTraits<Card>::fields()
{
    using T = Card;
    static const FieldAccess<T> table[] = {
        keyField<T, CardKind, &T::kind>(CardField::Kind, "kind", TR("Kind")),
        textField<T, &T::title>(CardField::Title, "title", TR("Title"), ValueBounds::LineLength),
        textField<T, &T::description>(CardField::Description, "description", TR("Description"), ValueBounds::ParagraphLength),
        colorField<T, &T::color>(CardField::Color, "color", TR("Colour")),
        keyField<T, Evidence, &T::evidence>(CardField::Evidence, "evidence", TR("Evidence")),
        onlyFor(keyField<T, Channel, &T::channel>(CardField::Channel, "channel", TR("Channel")), isTouchpoint),
        onlyFor(integerField<T, &T::severity>(CardField::Severity, "severity", TR("Severity"), Card::MinScale, Card::MaxScale), isPainPoint),
        onlyFor(integerField<T, &T::effort>(CardField::Effort, "effort", TR("Effort"), Card::MinScale, Card::MaxScale), isOpportunity),
        onlyFor(integerField<T, &T::impact>(CardField::Impact, "impact", TR("Impact"), Card::MinScale, Card::MaxScale), isOpportunity),
        onlyFor(textField<T, &T::owner>(CardField::Owner, "owner", TR("Owner"), ValueBounds::LineLength), isOpportunity),
        onlyFor(keyField<T, OpportunityStatus, &T::status>(CardField::Status, "status", TR("Status")), isOpportunity),
        // Last: the column schema 4 added to the end of the table.
        onlyFor(optionalIntegerField<T, &T::score>(CardField::Score, "score", TR("Task score"), Card::MinScale, Card::MaxScale), hasScore),
    };
    return table;
}

std::span<const FieldAccess<Persona>> EntityTraits<Persona>::fields()
{
    using T = Persona;
    static const FieldAccess<T> table[] = {
        textField<T, &T::name>(PersonaField::Name, "name", TR("Name"), ValueBounds::LineLength),
        textField<T, &T::role>(PersonaField::Role, "role", TR("Role"), ValueBounds::LineLength),
        integerField<T, &T::age>(PersonaField::Age, "age", TR("Age"), 0, Persona::MaxAge),
        textField<T, &T::gender>(PersonaField::Gender, "gender", TR("Gender"), ValueBounds::LineLength),
        textField<T, &T::segment>(PersonaField::Segment, "segment", TR("Segment"), ValueBounds::LineLength),
        textField<T, &T::quote>(PersonaField::Quote, "quote", TR("Quote"), ValueBounds::ParagraphLength),
        textField<T, &T::goals>(PersonaField::Goals, "goals", TR("Goals"), ValueBounds::ParagraphLength),
        textField<T, &T::needs>(PersonaField::Needs, "needs", TR("Needs"), ValueBounds::ParagraphLength),
        textField<T, &T::pains>(PersonaField::Pains, "pains", TR("Pains"), ValueBounds::ParagraphLength),
        textField<T, &T::motivations>(PersonaField::Motivations, "motivations", TR("Motivations"), ValueBounds::ParagraphLength),
        textField<T, &T::says>(PersonaField::Says, "says", TR("Says"), ValueBounds::ParagraphLength),
        textField<T, &T::thinks>(PersonaField::Thinks, "thinks", TR("Thinks"), ValueBounds::ParagraphLength),
        textField<T, &T::does>(PersonaField::Does, "does", TR("Does"), ValueBounds::ParagraphLength),
        textField<T, &T::feels>(PersonaField::Feels, "feels", TR("Feels"), ValueBounds::ParagraphLength),
        colorField<T, &T::color>(PersonaField::Color, "color", TR("Colour")),
        blobField<T, &T::photo>(PersonaField::Photo, "photo", TR("Photo"), ValueBounds::PhotoBytes),
    };
    return table;
}

std::span<const FieldAccess<BusinessPeriod>> EntityTraits<BusinessPeriod>::fields()
{
    using T = BusinessPeriod;
    constexpr double big = 1e15;
    static const FieldAccess<T> table[] = {
        textField<T, &T::period>(BusinessField::Period, "period", TR("Period"), ValueBounds::LineLength),
        integerField<T, &T::customersStart>(BusinessField::CustomersStart, "customers_start", TR("Customers at start"), 0, big),
        integerField<T, &T::customersLost>(BusinessField::CustomersLost, "customers_lost", TR("Customers lost"), 0, big),
        realField<T, &T::averageOrderValue>(BusinessField::AverageOrderValue, "average_order_value", TR("Average order value"), 0, big),
        realField<T, &T::purchasesPerYear>(BusinessField::PurchasesPerYear, "purchases_per_year", TR("Purchases per year"), 0, big),
        realField<T, &T::expectedYears>(BusinessField::ExpectedYears, "expected_years", TR("Expected years"), 0, 200),
    };
    return table;
}

#undef TR

const FieldSpec &fieldSpec(Entity entity, int field)
{
    const auto pick = [field](auto table) -> const FieldSpec & { return table[std::size_t(field)].spec; };
    switch (entity) {
    case Entity::Map: return pick(EntityTraits<MapInfo>::fields());
    case Entity::Stage: return pick(EntityTraits<Stage>::fields());
    case Entity::Lane: return pick(EntityTraits<Lane>::fields());
    case Entity::Card: return pick(EntityTraits<Card>::fields());
    case Entity::Persona: return pick(EntityTraits<Persona>::fields());
    case Entity::BusinessPeriod: return pick(EntityTraits<BusinessPeriod>::fields());
    }
    Q_UNREACHABLE();
}

QString fieldLabel(Entity entity, int field)
{
    return QCoreApplication::translate("Waymark", fieldSpec(entity, field).label);
}

QString entityName(Entity entity)
{
    switch (entity) {
    case Entity::Map: return QCoreApplication::translate("Waymark", "Map");
    case Entity::Stage: return QCoreApplication::translate("Waymark", "Stage");
    case Entity::Lane: return QCoreApplication::translate("Waymark", "Lane");
    case Entity::Card: return QCoreApplication::translate("Waymark", "Card");
    case Entity::Persona: return QCoreApplication::translate("Waymark", "Persona");
    case Entity::BusinessPeriod: return QCoreApplication::translate("Waymark", "Business Figures");
    }
    Q_UNREACHABLE();
}

QString colorValue(const QColor &color)
{
    return color.isValid() ? color.name(QColor::HexRgb) : QString();
}

QColor colorFromValue(const QVariant &value)
{
    if (value.metaType().id() == QMetaType::QColor)
        return value.value<QColor>();
    const QString text = value.toString();
    return text.isEmpty() ? QColor() : QColor::fromString(text);
}

bool isIsoDate(const QString &text)
{
    return text.size() == 10 && QDate::fromString(text, Qt::ISODate).isValid();
}

QString normalizeValue(const FieldSpec &spec, QVariant &value)
{
    const auto tr = [](const char *text) { return QCoreApplication::translate("Waymark", text); };
    const int type = value.metaType().id();
    const bool isNull = value.isNull() || type == QMetaType::UnknownType || type == QMetaType::Nullptr;
    const bool isNumber = type == QMetaType::Int || type == QMetaType::LongLong || type == QMetaType::UInt
        || type == QMetaType::ULongLong || type == QMetaType::Double || type == QMetaType::Float;
    const bool isText = type == QMetaType::QString;
    const auto inRange = [&spec](double v) { return spec.min > spec.max || (v >= spec.min && v <= spec.max); };
    const auto rangeError = [&](const QString &shown) {
        return tr("%1 is out of range %2 to %3").arg(shown, QString::number(spec.min), QString::number(spec.max));
    };

    switch (spec.type) {
    case FieldType::Text:
        if (isNull) {
            value = QString();
            return {};
        }
        if (!isText)
            return tr("expected text");
        if (spec.isoDate) {
            const QString text = value.toString().trimmed();
            if (!text.isEmpty() && !isIsoDate(text))
                return tr("'%1' is not a date such as 2027-03-31").arg(ValueBounds::cut(text, ValueBounds::KeyLength));
            value = text;
            return {};
        }
        if (value.toString().size() > ValueBounds::lengthLimit(spec))
            return tr("the text is longer than %1 characters").arg(QLocale().toString(ValueBounds::lengthLimit(spec)));
        return {};
    case FieldType::Integer: {
        if (spec.optional && isNull) {
            value = QVariant();
            return {};
        }
        if (!isNumber)
            return tr("expected a whole number");
        const double d = value.toDouble();
        if (!std::isfinite(d) || std::floor(d) != d)
            return tr("expected a whole number, not %1").arg(d);
        if (!inRange(d))
            return rangeError(QString::number(qint64(d)));
        value = qint64(d);
        return {};
    }
    case FieldType::Real: {
        if (spec.optional && isNull) {
            value = QVariant();
            return {};
        }
        if (!isNumber)
            return tr("expected a number");
        const double d = value.toDouble();
        if (!std::isfinite(d))
            return tr("expected a finite number");
        if (!inRange(d))
            return rangeError(QString::number(d));
        value = d;
        return {};
    }
    case FieldType::Color: {
        if (isNull) {
            value = QString();
            return {};
        }
        if (type == QMetaType::QColor) {
            value = colorValue(value.value<QColor>());
            return {};
        }
        if (!isText)
            return tr("expected a colour such as \"#3366cc\"");
        const QString text = value.toString();
        if (text.isEmpty())
            return {};
        const QColor color = QColor::fromString(text);
        if (!color.isValid())
            return tr("'%1' is not a colour").arg(ValueBounds::cut(text, ValueBounds::KeyLength));
        value = colorValue(color);
        return {};
    }
    case FieldType::Key: {
        if (!isText)
            return tr("expected one of: %1").arg(enumKeys(spec.keys).join(u", "));
        if (!enumFromKey(spec.keys, value.toString()))
            return tr("'%1' is not one of: %2").arg(ValueBounds::cut(value.toString(), ValueBounds::KeyLength), enumKeys(spec.keys).join(u", "));
        return {};
    }
    case FieldType::Blob:
        if (isNull) {
            value = QByteArray();
            return {};
        }
        if (type != QMetaType::QByteArray)
            return tr("expected binary data");
        if (value.toByteArray().size() > ValueBounds::lengthLimit(spec))
            return tr("the data is larger than %1").arg(QLocale().formattedDataSize(ValueBounds::lengthLimit(spec), 0));
        return {};
    }
    Q_UNREACHABLE();
}

} // namespace Waymark
