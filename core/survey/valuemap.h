#pragma once

#include "surveyfield.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace Waymark {

// The user's own answer labels: what a label or code of the export stands for, per field
// ("Sehr zufrieden" is csat 5, the stage question's code 3 is "Store visit"). Labels match as
// SurveyText::key does. `--values FIELD:LABEL=VALUE` on the command line, a table in the wizard.
class ValueMap
{
public:
    struct Entry {
        SurveyField field;
        QString label;
        QString value;
    };

    // Splits "FIELD:LABEL=VALUE" (at the first ':' and the last '='). Returns an error for users.
    static QString parse(const QString &option, Entry *entry);

    void set(SurveyField field, const QString &label, const QString &value);
    void remove(SurveyField field, const QString &label);
    std::optional<QString> value(SurveyField field, const QString &labelKey) const;
    QList<Entry> entries() const; // by field, then label
    bool isEmpty() const { return m_values.isEmpty(); }
    bool hasField(SurveyField field) const;

    QJsonObject toJson() const; // {"csat": {"Sehr zufrieden": "5"}}
    static ValueMap fromJson(const QJsonObject &json);

    bool operator==(const ValueMap &) const = default;

private:
    // field → label key → (label as given, value)
    QMap<int, QMap<QString, std::pair<QString, QString>>> m_values;
};

} // namespace Waymark
