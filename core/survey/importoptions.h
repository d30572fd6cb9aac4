#pragma once

#include "valuemap.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <utility>

namespace Waymark {

// What the user asks of a survey import, on the command line or in the wizard. Columns are
// named as users know them: by export tag, question text or header, in any case and spacing.
struct ImportOptions {
    QMap<QString, QString> columns;                    // field name → column (--map); "" leaves it out
    ValueMap values;                                   // --values
    QList<std::pair<QString, QString>> attributes;     // NAME, COLUMN (--attribute)
    QStringList keep;                                  // columns kept though personal (--keep)
    QString encoding;                                  // empty: detected (--encoding)
    char delimiter = 0;                                // 0: detected (--delimiter)
    bool includeSkipped = false;                       // previews, spam, unfinished, empty rows too
    bool replaceDuplicates = false;                    // a respondent already in the map is replaced
    bool useRemembered = true;                         // start from the mapping kept for the layout
};

} // namespace Waymark
