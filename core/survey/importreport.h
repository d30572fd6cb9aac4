#pragma once

#include "columnplan.h"
#include "labeltally.h"
#include "rowfilter.h"
#include "surveylayout.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <array>

namespace Waymark {

struct ImportProblem {
    qint64 line = 0;
    QString reason; // every problem of the row, joined by "; "
};

// What a survey import found and did, for the command line and the wizard to state: how the
// file was read, what each column became, which rows were skipped and why, and every problem.
struct ImportReport {
    QString source;
    QString encoding;       // "UTF-8", "UTF-16LE", "windows-1252"
    QString encodingReason; // "a byte-order mark", "given", "valid UTF-8", "not valid UTF-8"
    char delimiter = ',';
    bool delimiterDetected = true;
    SurveyLayout layout;
    ColumnPlan plan;
    bool rememberedMapping = false; // the mapping kept for this layout was used

    qint64 rows = 0;    // data rows read (blank ones aside)
    qint64 invalid = 0; // rows with problems
    std::array<qint64, SkipReasonCount> skipped{};
    qint64 replaced = 0; // responses of the map a row replaces (--replace-duplicates)
    QList<ImportProblem> problems; // at most SurveyImport::MaxProblems
    QList<LabelTally> tallies;     // of the columns with values that mean nothing
    QStringList stageNames;        // the map's, for the notes on unknown stages

    qint64 skippedCount() const;
    qint64 valid() const { return rows - invalid - skippedCount(); }

    // "Qualtrics, 3 header rows (export tags, question texts, import ids); UTF-8 (a byte-order
    // mark); comma-separated".
    QString detectionText() const;
    // "stage: Q1 'Which part of the journey...' (its values are stage names)" per mapped field.
    QStringList columnLines() const;
    // "IPAddress (IP addresses), RecipientEmail (e-mail addresses)".
    QString excludedText(ColumnExclusion::Kind kind) const;
    // "1 survey preview, 2 unfinished, 1 answering nothing"; empty when none.
    QString skippedText() const;
    // One note per column whose values mean nothing, with the values seen and what to do.
    // `hint` is how the caller's users give a value ("--values %1:LABEL=VALUE").
    QStringList tallyNotes(const QString &hint) const;
    // The column as named in messages: "Q1 'Which part of ...'" or "Stage".
    QString columnName(int column) const;
};

} // namespace Waymark
