#include "boundedcolumns.h"

#include "model/fields.h"
#include "model/valuebounds.h"
#include "tablenames.h"

using namespace Qt::StringLiterals;

namespace Waymark::BoundedColumns {

namespace {

// The columns of the file that are not fields of an entity, with their bounds. (The fields'
// bounds are in their own table, fields.cpp.)
struct Rule {
    const char *table;
    const char *column;
    enum { Text, Json, Answer, Number, Blob } kind;
    double min = 1; // Answer, Number: inclusive range
    double max = 0;
    qsizetype length = 0; // Text, Json, Blob
};

const Rule rules[] = {
    {"emotion_point", "note", Rule::Text, 1, 0, ValueBounds::LineLength},
    {"emotion_point", "score", Rule::Number, -5, 5},
    {"response", "respondent", Rule::Text, 1, 0, ValueBounds::RespondentLength},
    {"response", "submitted_at", Rule::Text, 1, 0, ValueBounds::TimestampLength},
    {"response", "attributes", Rule::Json, 1, 0, ValueBounds::AttributesLength},
    {"response", "nps", Rule::Answer, 0, 10},
    {"response", "csat", Rule::Answer, 1, 5},
    {"response", "ces", Rule::Answer, 1, 7},
    {"response", "fcr", Rule::Answer, 0, 1},
    {"response", "response_minutes", Rule::Answer, 0, 1e9},
    {"snapshot", "label", Rule::Text, 1, 0, ValueBounds::LineLength},
    {"snapshot", "created_at", Rule::Text, 1, 0, ValueBounds::TimestampLength},
    {"snapshot", "author", Rule::Text, 1, 0, ValueBounds::LineLength},
    {"snapshot", "data", Rule::Blob, 1, 0, ValueBounds::SnapshotBytes},
    {"comment", "target_kind", Rule::Text, 1, 0, ValueBounds::KeyLength},
    {"comment", "author", Rule::Text, 1, 0, ValueBounds::LineLength},
    {"comment", "created_at", Rule::Text, 1, 0, ValueBounds::TimestampLength},
    {"comment", "text", Rule::Text, 1, 0, ValueBounds::ParagraphLength},
    {"comment", "resolved", Rule::Number, 0, 1},
};

QString quote(const QString &identifier)
{
    return u'"' + QString(identifier).replace(u'"', u"\"\""_s) + u'"';
}

QString literal(const QString &text)
{
    return u'\'' + QString(text).replace(u'\'', u"''"_s) + u'\'';
}

QString real(double value)
{
    return QString::number(value, 'g', 17);
}

const FieldSpec *fieldOf(const QString &table, const QString &column)
{
    const auto find = [&](auto fields) -> const FieldSpec * {
        for (const auto &access : fields) {
            if (column == QLatin1StringView(access.spec.key))
                return &access.spec;
        }
        return nullptr;
    };
    for (const Entity entity : {Entity::Map, Entity::Stage, Entity::Lane, Entity::Card, Entity::Persona, Entity::BusinessPeriod}) {
        if (tableOf(entity) != table)
            continue;
        switch (entity) {
        case Entity::Map: return find(EntityTraits<MapInfo>::fields());
        case Entity::Stage: return find(EntityTraits<Stage>::fields());
        case Entity::Lane: return find(EntityTraits<Lane>::fields());
        case Entity::Card: return find(EntityTraits<Card>::fields());
        case Entity::Persona: return find(EntityTraits<Persona>::fields());
        case Entity::BusinessPeriod: return find(EntityTraits<BusinessPeriod>::fields());
        }
    }
    return nullptr;
}

QString clampedNumber(const QString &c, double min, double max, bool integer)
{
    QString value = min <= max ? u"min(max(%1, %2), %3)"_s.arg(c, real(min), real(max)) : c;
    if (integer)
        value = u"CAST(%1 AS INTEGER)"_s.arg(value);
    return u"CASE WHEN typeof(%1) IN ('integer', 'real') THEN %2 END"_s.arg(c, value);
}

QString isoDateForCopy(const QString &c);

QString fieldForCopy(const FieldSpec &spec, const QString &c)
{
    switch (spec.type) {
    case FieldType::Text:
        if (spec.isoDate)
            return isoDateForCopy(c);
        return u"substr(CASE WHEN typeof(%1) IN ('text', 'integer', 'real') THEN %1 END, 1, %2)"_s.arg(
            c, QString::number(ValueBounds::lengthLimit(spec)));
    case FieldType::Key: {
        QStringList keys;
        QString fallback;
        for (const EnumEntry &entry : spec.keys) {
            keys.append(literal(QString::fromLatin1(entry.key)));
            if (entry.value == 0)
                fallback = literal(QString::fromLatin1(entry.key));
        }
        return u"CASE WHEN %1 IN (%2) THEN %1 ELSE %3 END"_s.arg(c, keys.join(u", "_s), fallback);
    }
    case FieldType::Color:
        // What Waymark writes: nothing, or "#rrggbb".
        return u"CASE WHEN typeof(%1) = 'text' AND (%1 = '' OR (length(%1) = 7 AND %1 GLOB "
               "'#[0-9a-fA-F][0-9a-fA-F][0-9a-fA-F][0-9a-fA-F][0-9a-fA-F][0-9a-fA-F]')) THEN %1 ELSE '' END"_s.arg(c);
    case FieldType::Integer:
    case FieldType::Real:
        return clampedNumber(c, spec.min, spec.max, spec.type == FieldType::Integer);
    case FieldType::Blob:
        return u"CASE WHEN typeof(%1) = 'blob' AND length(%1) <= %2 THEN %1 END"_s.arg(
            c, QString::number(ValueBounds::lengthLimit(spec)));
    }
    return u"NULL"_s;
}

// A calendar date as Waymark writes it (yyyy-mm-dd, one SQLite gives back the same when it
// computes with it: date() alone keeps 30 February), or nothing.
QString isoDateForCopy(const QString &c)
{
    return u"CASE WHEN typeof(%1) = 'text' AND length(%1) = 10 AND %1 GLOB "
           "'[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]' AND date(%1, '+0 days') IS %1 THEN %1 ELSE '' END"_s.arg(c);
}

QString ruleForCopy(const Rule &rule, const QString &c)
{
    switch (rule.kind) {
    case Rule::Text:
        return u"substr(CASE WHEN typeof(%1) IN ('text', 'integer', 'real') THEN %1 END, 1, %2)"_s.arg(
            c, QString::number(rule.length));
    case Rule::Json:
        return u"CASE WHEN typeof(%1) = 'text' AND length(%1) <= %2 AND json_valid(%1) AND json_type(%1) = 'object' "
               "THEN %1 ELSE '{}' END"_s.arg(c, QString::number(rule.length));
    case Rule::Answer: // out of range: no answer, the rest of the response is kept
        return u"CASE WHEN typeof(%1) IN ('integer', 'real') AND %1 BETWEEN %2 AND %3 THEN %1 END"_s.arg(
            c, real(rule.min), real(rule.max));
    case Rule::Number:
        return clampedNumber(c, rule.min, rule.max, true);
    case Rule::Blob: // too large: the row is left out (its column is NOT NULL)
        return u"CASE WHEN typeof(%1) = 'blob' AND length(%1) <= %2 THEN %1 END"_s.arg(c, QString::number(rule.length));
    }
    return u"NULL"_s;
}

} // namespace

QString text(const QString &column, qsizetype limit, const QString &qualifier)
{
    return u"substr(%1, 1, %2)"_s.arg(qualifier + quote(column), QString::number(limit));
}

QString number(const QString &column, const QString &qualifier)
{
    const QString c = qualifier + quote(column);
    return u"CASE WHEN typeof(%1) IN ('integer', 'real') THEN %1 END"_s.arg(c);
}

QString forReading(const FieldSpec &spec, const QString &qualifier)
{
    const QString column = QString::fromLatin1(spec.key);
    if (spec.type == FieldType::Integer || spec.type == FieldType::Real)
        return number(column, qualifier);
    return text(column, ValueBounds::lengthLimit(spec) + 1, qualifier);
}

QString forCopy(const QString &table, const Column &column)
{
    const QString c = quote(column.name);
    QString expression;
    if (const FieldSpec *spec = fieldOf(table, column.name)) {
        expression = fieldForCopy(*spec, c);
    } else {
        for (const Rule &rule : rules) {
            if (table == QLatin1StringView(rule.table) && column.name == QLatin1StringView(rule.column))
                expression = ruleForCopy(rule, c);
        }
    }
    if (expression.isEmpty()) {
        // Ids, references and positions: whole numbers only; any other text is cut short.
        expression = column.type.compare(u"INTEGER"_s, Qt::CaseInsensitive) == 0
            ? u"CASE WHEN typeof(%1) = 'integer' THEN %1 END"_s.arg(c)
            : u"substr(%1, 1, %2)"_s.arg(c, QString::number(ValueBounds::LineLength));
        if (column.name == u"position"_s)
            expression = u"coalesce(%1, 0)"_s.arg(expression); // renumbered afterwards
    }
    if (column.notNull && !column.defaultSql.isEmpty())
        expression = u"coalesce(%1, %2)"_s.arg(expression, column.defaultSql);
    return expression;
}

} // namespace Waymark::BoundedColumns
