#pragma once

#include "importoptions.h"

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace Waymark {

// The mapping an import used, as the map keeps it per layout signature: the same export next
// month imports with no options (the wizard starts from it). Columns are named by their keys
// (SurveyColumn::key). The stored form is JSON; one read from a file is untrusted and bounded.
struct ImportMapping {
    static constexpr qsizetype MaxJsonBytes = 256 * 1024;

    QMap<QString, QString> columns;   // field name → column key; "" for none
    ValueMap values;
    QMap<QString, QString> attributes; // column key → attribute name, where the user named it
    QStringList keep;                  // column keys

    QByteArray toJson() const;
    // Nothing when the JSON is too long or not a mapping.
    static std::optional<ImportMapping> fromJson(const QByteArray &json);

    // These options with the remembered mapping under them: what the user gives wins.
    ImportOptions under(ImportOptions options) const;

    bool operator==(const ImportMapping &) const = default;
};

} // namespace Waymark
