#pragma once

#include "surveylayout.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace Waymark {

// Why a column of an export is left out of the map unless the user keeps it (--keep).
struct ColumnExclusion {
    enum class Kind {
        Personal, // it identifies a person: privacy by default
        Metadata, // the tool's own bookkeeping: dates, status, progress, duration
    };
    Kind kind = Kind::Personal;
    QString what; // "IP addresses", "e-mail addresses", "names", "recipient details", ...
};

// Tells the columns that must not become segment attributes: personal data by their names in
// any header row (IPAddress, RecipientEmail, First Name, LocationLatitude, ExternalReference,
// Network ID ...) or by their values (e-mail or IP addresses in a question's column), and the
// survey tools' bookkeeping columns.
namespace ColumnClassifier {

// `values`: the column's values in the first rows.
std::optional<ColumnExclusion> classify(const SurveyLayout &layout, const SurveyColumn &column, const QStringList &values);

} // namespace ColumnClassifier

} // namespace Waymark
