#include "importreport.h"

#include "io/csvdialect.h"
#include "surveytext.h"
#include "io/translate.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Waymark {

namespace {

QString rowCount(qint64 n)
{
    return n == 1 ? tr("1 row") : tr("%1 rows").arg(n);
}

} // namespace

qint64 ImportReport::skippedCount() const
{
    qint64 total = 0;
    for (const qint64 n : skipped)
        total += n;
    return total;
}

QString ImportReport::detectionText() const
{
    QString text = layout.toolName();
    if (layout.headerRows == 1)
        text += tr(", 1 header row");
    else
        text += tr(", %1 header rows (%2)").arg(QString::number(layout.headerRows), layout.headerRowNames.join(u", "_s));
    text += u"; "_s + encoding + u" ("_s + encodingReason + u")"_s;
    text += u"; "_s + tr("%1-separated%2").arg(CsvDialect::delimiterName(delimiter), delimiterDetected ? QString() : tr(" (given)"));
    return text;
}

QString ImportReport::columnName(int column) const
{
    if (column < 0 || column >= layout.columns.size())
        return {};
    const SurveyColumn &c = layout.columns.at(column);
    if (c.label == c.key)
        return c.key;
    return u"%1 '%2'"_s.arg(c.key, SurveyText::shown(c.label));
}

QStringList ImportReport::columnLines() const
{
    QStringList lines;
    for (int f = 0; f < SurveyFields::Count; ++f) {
        const int column = plan.fields[f];
        if (column < 0)
            continue;
        QString how;
        switch (plan.choices[f]) {
        case ColumnPlan::Choice::Remembered: how = tr("remembered for this layout"); break;
        case ColumnPlan::Choice::ToolColumn: how = tr("the tool's own column"); break;
        case ColumnPlan::Choice::Question: how = tr("the standard NPS question"); break;
        case ColumnPlan::Choice::StageValues: how = tr("its values are stage names"); break;
        default: break;
        }
        QString line = SurveyFields::names().at(f) + u": "_s + columnName(column);
        if (!how.isEmpty())
            line += u" ("_s + how + u")"_s;
        lines.append(line);
    }
    return lines;
}

QString ImportReport::excludedText(ColumnExclusion::Kind kind) const
{
    QStringList parts;
    for (const ColumnPlan::Excluded &excluded : plan.excluded) {
        if (excluded.why.kind != kind)
            continue;
        const QString key = layout.columns.at(excluded.column).key;
        parts.append(kind == ColumnExclusion::Kind::Personal ? u"%1 (%2)"_s.arg(key, excluded.why.what) : key);
    }
    return parts.join(u", "_s);
}

QString ImportReport::skippedText() const
{
    // Singular and plural of each reason.
    static const char *const reasons[][2] = {
        {QT_TR_NOOP("1 survey preview"), QT_TR_NOOP("%1 survey previews")},
        {QT_TR_NOOP("1 test response"), QT_TR_NOOP("%1 test responses")},
        {QT_TR_NOOP("1 marked as spam"), QT_TR_NOOP("%1 marked as spam")},
        {QT_TR_NOOP("1 unfinished"), QT_TR_NOOP("%1 unfinished")},
        {QT_TR_NOOP("1 answering nothing"), QT_TR_NOOP("%1 answering nothing")},
        {QT_TR_NOOP("1 already in the map"), QT_TR_NOOP("%1 already in the map")},
        {QT_TR_NOOP("1 repeated in the file"), QT_TR_NOOP("%1 repeated in the file")},
    };
    QStringList parts;
    for (int r = 0; r < SkipReasonCount; ++r) {
        if (skipped[r] == 1)
            parts.append(tr(reasons[r][0]));
        else if (skipped[r] > 1)
            parts.append(tr(reasons[r][1]).arg(skipped[r]));
    }
    return parts.join(u", "_s);
}

QStringList ImportReport::tallyNotes(const QString &hint) const
{
    QStringList notes;
    for (const LabelTally &tally : tallies) {
        if (!tally.hasUnknown())
            continue;
        QStringList unknown;
        for (const QString &value : tally.unknownValues().mid(0, 12))
            unknown.append(u"'%1' (%2)"_s.arg(SurveyText::shown(value), rowCount(tally.rowsWith(value))));
        if (tally.unknownValues().size() > 12)
            unknown.append(tr("%1 more").arg(tally.unknownValues().size() - 12));
        const QString field = SurveyFields::name(tally.field());
        if (tally.field() == SurveyField::Stage) {
            notes.append(tr("stage: %1 no stage of the map: %2; the map's stages are %3; match each with %4")
                             .arg(tally.unknownValues().size() == 1 ? tr("1 value is") : tr("%1 values are").arg(tally.unknownValues().size()),
                                  unknown.join(u", "_s), SurveyText::quotedList(stageNames, 30),
                                  hint.arg(field, tr("VALUE"), tr("STAGE"))));
        } else if (tally.field() == SurveyField::Touchpoint) {
            notes.append(tr("touchpoint: no card of the map has the title %1; match each with %2")
                             .arg(unknown.join(u", "_s), hint.arg(field, tr("VALUE"), tr("TITLE"))));
        } else {
            notes.append(tr("%1: no score for %2; the column's labels are %3; give each a score with %4")
                             .arg(field, unknown.join(u", "_s), SurveyText::quotedList(tally.seenValues(), 30),
                                  hint.arg(field, tr("LABEL"), field == u"fcr"_s ? tr("yes|no") : tr("SCORE"))));
        }
    }
    return notes;
}

} // namespace Waymark
