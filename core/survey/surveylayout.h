#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Waymark {

// The survey tools whose exports are recognised by their header rows.
enum class SurveyTool {
    Plain,                 // one header row
    Qualtrics,             // export tags, question texts, {"ImportId": ...}
    QualtricsLegacy,       // V1..V10 tags, question texts
    SurveyMonkeyExpanded,  // question texts, then Response / Open-Ended Response / option labels
    SurveyMonkeyCondensed, // the same, one column per question
    GoogleForms,           // Timestamp, then the question texts
    Typeform,              // #, the questions, Submit Date (UTC), Network ID
};

// One column of an export, with every name a user may know it by.
struct SurveyColumn {
    int index = 0;
    QString key;       // unique in the file: what a remembered mapping names it by
    QString label;     // as users see it: the question text, or the header
    QStringList names; // the texts of its header rows (export tag, question text, import id)
    QString timeZone;  // Qualtrics: the zone its dates are in ("America/Denver"), from the import id
};

// What the header rows of an export say: the tool, how many rows the header takes, and the
// columns. Exports of the same survey share a signature, so that the mapping chosen once is
// found again next month.
struct SurveyLayout {
    SurveyTool tool = SurveyTool::Plain;
    int headerRows = 1;
    QStringList headerRowNames; // what each header row holds, for the report
    QList<SurveyColumn> columns;
    QString signature;

    // "Qualtrics", "SurveyMonkey (expanded)", "plain CSV" ...
    QString toolName() const;
    static QString toolName(SurveyTool tool);
    // The columns one of whose names is `name` (compared as SurveyText::key does).
    QList<int> columnsNamed(const QString &name) const;
    // The column whose header row `row` is `name`, or -1.
    int columnWithName(int row, const QString &name) const;
};

namespace LayoutDetector {

// `records`: the first records of the file (three or more when it has them).
SurveyLayout detect(const QList<QStringList> &records);

} // namespace LayoutDetector

} // namespace Waymark
