#pragma once

#include "columnclassifier.h"
#include "surveyfield.h"

#include <QList>
#include <QString>

#include <array>

namespace Waymark {

// What each column of an export becomes: a field, a segment attribute, or nothing (personal
// data, the tool's bookkeeping), and the columns the tool marks previews and unfinished
// responses in.
struct ColumnPlan {
    // How the column of a field was chosen, for the report.
    enum class Choice { None, Named, Remembered, FieldName, ToolColumn, Question, StageValues };

    struct Attribute {
        int column = 0;
        QString name;
        bool named = false; // by the user (--attribute), not the column's own label
    };
    struct Excluded {
        int column = 0;
        ColumnExclusion why;
    };

    std::array<int, SurveyFields::Count> fields;
    std::array<Choice, SurveyFields::Count> choices;
    QList<Attribute> attributes;
    QList<Excluded> excluded;
    QList<int> kept; // columns the user keeps (--keep, --attribute) that would be left out
    QStringList notes; // what the user may want to know ("two questions ask ... recommend")
    int status = -1;       // Qualtrics Status: previews, tests, spam
    int finished = -1;     // Qualtrics Finished
    int progress = -1;     // Qualtrics Progress (percent)
    int responseType = -1; // Typeform Response Type: completed, partial

    ColumnPlan()
    {
        fields.fill(-1);
        choices.fill(Choice::None);
    }
    int column(SurveyField field) const { return fields[SurveyFields::index(field)]; }
    // The field a column is read as, or nullopt.
    std::optional<SurveyField> fieldOf(int column) const;
    bool isExcluded(int column) const;
};

} // namespace Waymark
