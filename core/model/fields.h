#pragma once

#include "businessperiod.h"
#include "card.h"
#include "enums.h"
#include "ids.h"
#include "lane.h"
#include "mapinfo.h"
#include "persona.h"
#include "stage.h"

#include <QHashFunctions>
#include <QVariant>

#include <span>

namespace Waymark {

// The editable fields of each entity. One table per entity (fields.cpp) says how a field is
// stored, named in JSON, validated and read from or written to the struct, so that the store,
// the JSON interchange, the generic edit command and the inspector share one description.

enum class Entity { Map, Stage, Lane, Card, Persona, BusinessPeriod };

enum class MapField { Title, Description, Owner, ReviewDate };
enum class StageField { Name, Description, Color, Width, NpsTarget, CsatTarget };
enum class LaneField { Name, Kind, Color };
enum class CardField { Kind, Title, Description, Color, Evidence, Channel, Severity, Effort, Impact, Owner, Status, Score };
enum class PersonaField {
    Name, Role, Age, Gender, Segment, Quote, Goals, Needs, Pains, Motivations,
    Says, Thinks, Does, Feels, Color, Photo,
};
enum class BusinessField { Period, CustomersStart, CustomersLost, AverageOrderValue, PurchasesPerYear, ExpectedYears };

// How a value is held in a QVariant: Text, Key and Color as QString (a Color as "#rrggbb" or
// empty), Integer as qint64, Real as double, Blob as QByteArray.
enum class FieldType { Text, Integer, Real, Color, Key, Blob };

struct FieldSpec {
    int field;
    const char *key;   // column name and JSON key
    const char *label; // for users, translatable in context "Waymark"
    FieldType type;
    double min = 1;    // inclusive range of Integer and Real fields; unbounded when min > max
    double max = 0;
    std::span<const EnumEntry> keys = {}; // the allowed values of a Key field
    bool optional = false; // a number that may be unset: null in the variant, NULL in the file
    // The longest Text (characters) or Blob (bytes) the field holds: longer is refused when
    // written and cut when read (ValueBounds). 0: the type's own limit.
    qsizetype maxLength = 0;
    // A Text field that holds a calendar date, ISO yyyy-mm-dd, or nothing.
    bool isoDate = false;
};

// Whether `text` is a calendar date as a date field holds it (yyyy-mm-dd).
bool isIsoDate(const QString &text);

template<typename T>
struct FieldAccess {
    FieldSpec spec;
    QVariant (*get)(const T &);
    void (*set)(T &, const QVariant &);
    bool (*applies)(const T &) = nullptr; // JSON export: does the field mean something here?
};

// Names an entity's field: what the generic edit command changes and the model signals.
struct FieldRef {
    Entity entity = Entity::Map;
    Id id = 0;
    int field = 0;

    bool operator==(const FieldRef &) const = default;
};

inline size_t qHash(const FieldRef &ref, size_t seed = 0)
{
    return qHashMulti(seed, int(ref.entity), ref.id, ref.field);
}

template<typename T>
struct EntityTraits;

template<>
struct EntityTraits<MapInfo> {
    using Field = MapField;
    static constexpr Entity entity = Entity::Map;
    static std::span<const FieldAccess<MapInfo>> fields();
};
template<>
struct EntityTraits<Stage> {
    using Field = StageField;
    static constexpr Entity entity = Entity::Stage;
    static std::span<const FieldAccess<Stage>> fields();
};
template<>
struct EntityTraits<Lane> {
    using Field = LaneField;
    static constexpr Entity entity = Entity::Lane;
    static std::span<const FieldAccess<Lane>> fields();
};
template<>
struct EntityTraits<Card> {
    using Field = CardField;
    static constexpr Entity entity = Entity::Card;
    static std::span<const FieldAccess<Card>> fields();
};
template<>
struct EntityTraits<Persona> {
    using Field = PersonaField;
    static constexpr Entity entity = Entity::Persona;
    static std::span<const FieldAccess<Persona>> fields();
};
template<>
struct EntityTraits<BusinessPeriod> {
    using Field = BusinessField;
    static constexpr Entity entity = Entity::BusinessPeriod;
    static std::span<const FieldAccess<BusinessPeriod>> fields();
};

template<typename F>
struct EntityOfField;
template<> struct EntityOfField<MapField> { static constexpr Entity value = Entity::Map; };
template<> struct EntityOfField<StageField> { static constexpr Entity value = Entity::Stage; };
template<> struct EntityOfField<LaneField> { static constexpr Entity value = Entity::Lane; };
template<> struct EntityOfField<CardField> { static constexpr Entity value = Entity::Card; };
template<> struct EntityOfField<PersonaField> { static constexpr Entity value = Entity::Persona; };
template<> struct EntityOfField<BusinessField> { static constexpr Entity value = Entity::BusinessPeriod; };

template<typename F>
FieldRef fieldRef(Id id, F field)
{
    return {EntityOfField<F>::value, id, int(field)};
}

template<typename T>
const FieldAccess<T> &fieldAccess(typename EntityTraits<T>::Field field)
{
    return EntityTraits<T>::fields()[std::size_t(field)];
}

const FieldSpec &fieldSpec(Entity entity, int field);
QString fieldLabel(Entity entity, int field);
QString entityName(Entity entity); // "Stage", "Card"... for users

// Converts a value to the field's canonical form (a JSON number to qint64, a QColor to its
// name...) and checks it: returns an error for users, or an empty string when it is valid.
QString normalizeValue(const FieldSpec &spec, QVariant &value);

QString colorValue(const QColor &color);
QColor colorFromValue(const QVariant &value);

} // namespace Waymark
