#include "columnresolver.h"

#include "importtarget.h"
#include "io/formaterror.h"
#include "surveytext.h"
#include "io/translate.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace Waymark {

std::optional<SurveyField> ColumnPlan::fieldOf(int column) const
{
    for (int f = 0; f < SurveyFields::Count; ++f) {
        if (fields[f] == column)
            return SurveyFields::at(f);
    }
    return std::nullopt;
}

bool ColumnPlan::isExcluded(int column) const
{
    return std::any_of(excluded.begin(), excluded.end(), [column](const Excluded &e) { return e.column == column; });
}

ColumnResolver::ColumnResolver(const SurveyLayout &layout, const QList<QStringList> &sample, const ImportTarget &target)
    : m_layout(layout)
    , m_sample(sample)
    , m_target(target)
{
}

int ColumnResolver::find(const QString &name, const QString &what) const
{
    const QString wanted = SurveyText::key(name);
    for (const SurveyColumn &column : m_layout.columns) {
        if (SurveyText::key(column.key) == wanted)
            return column.index;
    }
    const QList<int> found = m_layout.columnsNamed(name);
    if (found.isEmpty())
        throw FormatError(tr("no column named '%1' (%2)").arg(name.trimmed(), what));
    if (found.size() > 1) {
        QStringList keys;
        for (const int c : found)
            keys.append(m_layout.columns.at(c).key);
        throw FormatError(tr("'%1' names %2 columns (%3); name one of them instead (%4)")
                              .arg(name.trimmed())
                              .arg(found.size())
                              .arg(SurveyText::quotedList(keys), what));
    }
    return found.first();
}

QStringList ColumnResolver::values(int column) const
{
    QStringList list;
    for (const QStringList &row : m_sample)
        list.append(row.value(column));
    return list;
}

ColumnPlan ColumnResolver::resolve(const ImportOptions &given, const std::optional<ImportMapping> &remembered) const
{
    ColumnPlan plan;
    const ImportOptions options = remembered ? remembered->under(given) : given;
    QSet<int> used;
    const auto take = [&](SurveyField field, int column, ColumnPlan::Choice choice) {
        plan.fields[SurveyFields::index(field)] = column;
        plan.choices[SurveyFields::index(field)] = choice;
        if (column >= 0)
            used.insert(column);
    };

    // What the user names, then what was remembered for this layout.
    for (const bool fromUser : {true, false}) {
        const QMap<QString, QString> &columns = fromUser ? given.columns : (remembered ? remembered->columns : QMap<QString, QString>());
        for (auto it = columns.constBegin(); it != columns.constEnd(); ++it) {
            const std::optional<SurveyField> field = SurveyFields::fromName(it.key());
            if (!field || plan.choices[SurveyFields::index(*field)] != ColumnPlan::Choice::None)
                continue;
            const ColumnPlan::Choice choice = fromUser ? ColumnPlan::Choice::Named : ColumnPlan::Choice::Remembered;
            if (it.value().trimmed().isEmpty()) {
                plan.choices[SurveyFields::index(*field)] = choice; // left out on purpose
                continue;
            }
            int column = -1;
            if (fromUser) {
                column = find(it.value(), tr("mapped to %1").arg(SurveyFields::name(*field)));
            } else {
                const QList<int> found = m_layout.columnsNamed(it.value());
                if (found.size() != 1)
                    continue; // a mapping of another export: the rules below choose
                column = found.first();
            }
            if (used.contains(column)) {
                const std::optional<SurveyField> other = plan.fieldOf(column);
                throw FormatError(tr("the column '%1' cannot be both %2 and %3")
                                      .arg(m_layout.columns.at(column).key, other ? SurveyFields::name(*other) : QString(),
                                           SurveyFields::name(*field)));
            }
            take(*field, column, choice);
        }
    }
    autoMap(plan, options.values);

    // Kept and named columns are attributes whatever they hold.
    QSet<int> kept;
    for (const QString &name : options.keep)
        kept.insert(find(name, tr("--keep")));
    QHash<int, QString> names;
    for (const auto &[name, column] : options.attributes) {
        const int c = find(column, tr("attribute %1").arg(name));
        if (plan.fieldOf(c))
            throw FormatError(tr("the column '%1' is %2, not an attribute").arg(m_layout.columns.at(c).key, SurveyFields::name(*plan.fieldOf(c))));
        names.insert(c, name.trimmed());
        kept.insert(c);
    }

    QSet<QString> attributeNames;
    for (const SurveyColumn &column : m_layout.columns) {
        if (plan.fieldOf(column.index))
            continue;
        // A column with neither a header nor values (a trailing delimiter) is nothing at all.
        const QStringList columnValues = values(column.index);
        if (std::all_of(column.names.begin(), column.names.begin() + std::min<qsizetype>(m_layout.headerRows, column.names.size()),
                        [](const QString &name) { return name.trimmed().isEmpty(); })
            && std::all_of(columnValues.begin(), columnValues.end(), [](const QString &v) { return v.trimmed().isEmpty(); }))
            continue;
        if (const std::optional<ColumnExclusion> why = ColumnClassifier::classify(m_layout, column, values(column.index))) {
            if (!kept.contains(column.index)) {
                plan.excluded.append({column.index, *why});
                continue;
            }
            plan.kept.append(column.index);
        }
        QString name = names.value(column.index, column.label);
        if (attributeNames.contains(SurveyText::key(name))) {
            if (m_layout.tool == SurveyTool::Plain && !names.contains(column.index))
                throw FormatError(tr("the header names the column '%1' twice").arg(name));
            name = column.key;
            for (int n = 2; attributeNames.contains(SurveyText::key(name)); ++n)
                name = u"%1 (%2)"_s.arg(column.key).arg(n);
        }
        attributeNames.insert(SurveyText::key(name));
        plan.attributes.append({column.index, name, names.contains(column.index)});
    }
    filterColumns(plan);
    return plan;
}

void ColumnResolver::autoMap(ColumnPlan &plan, const ValueMap &values) const
{
    QSet<int> used;
    for (const int column : plan.fields) {
        if (column >= 0)
            used.insert(column);
    }
    const auto open = [&](SurveyField field) { return plan.choices[SurveyFields::index(field)] == ColumnPlan::Choice::None; };
    const auto take = [&](SurveyField field, int column, ColumnPlan::Choice choice) {
        if (column < 0 || used.contains(column) || !open(field))
            return;
        plan.fields[SurveyFields::index(field)] = column;
        plan.choices[SurveyFields::index(field)] = choice;
        used.insert(column);
    };

    // Columns named like a field are that field's.
    for (int f = 0; f < SurveyFields::Count; ++f) {
        const SurveyField field = SurveyFields::at(f);
        QStringList names = {SurveyFields::name(field)};
        if (field == SurveyField::Respondent)
            names.append(u"respondent_id"_s);
        for (const QString &name : names) {
            for (const SurveyColumn &column : m_layout.columns) {
                if (SurveyText::key(column.key) == name || SurveyText::key(column.label) == name)
                    take(field, column.index, ColumnPlan::Choice::FieldName);
            }
        }
    }
    take(SurveyField::Respondent, toolColumn(SurveyField::Respondent), ColumnPlan::Choice::ToolColumn);
    take(SurveyField::Submitted, toolColumn(SurveyField::Submitted), ColumnPlan::Choice::ToolColumn);

    if (open(SurveyField::Nps)) {
        QList<int> questions;
        for (const int c : npsQuestions()) {
            if (!used.contains(c))
                questions.append(c);
        }
        if (questions.size() == 1)
            take(SurveyField::Nps, questions.first(), ColumnPlan::Choice::Question);
        else if (questions.size() > 1)
            plan.notes.append(tr("%1 questions ask how likely the respondent is to recommend: name the NPS one with --map nps=COLUMN")
                                  .arg(questions.size()));
    }
    if (open(SurveyField::Stage))
        take(SurveyField::Stage, stageByValues(plan, values), ColumnPlan::Choice::StageValues);
}

int ColumnResolver::toolColumn(SurveyField field) const
{
    const bool id = field == SurveyField::Respondent;
    const auto first = [](std::initializer_list<int> candidates) {
        for (const int c : candidates) {
            if (c >= 0)
                return c;
        }
        return -1;
    };
    const SurveyLayout &l = m_layout;
    switch (l.tool) {
    case SurveyTool::Qualtrics:
        return id ? first({l.columnWithName(0, u"ResponseId"_s), l.columnWithName(2, u"_recordId"_s)})
                  : first({l.columnWithName(0, u"RecordedDate"_s), l.columnWithName(2, u"recordedDate"_s),
                           l.columnWithName(0, u"EndDate"_s)});
    case SurveyTool::QualtricsLegacy:
        return id ? l.columnWithName(1, u"ResponseID"_s) : l.columnWithName(1, u"EndDate"_s);
    case SurveyTool::SurveyMonkeyExpanded:
    case SurveyTool::SurveyMonkeyCondensed:
        return id ? l.columnWithName(0, u"Respondent ID"_s) : l.columnWithName(0, u"End Date"_s);
    case SurveyTool::GoogleForms:
        return id ? -1 : 0;
    case SurveyTool::Typeform:
        return id ? l.columnWithName(0, u"#"_s) : l.columnWithName(0, u"Submit Date (UTC)"_s);
    case SurveyTool::Plain:
        break;
    }
    return -1;
}

QList<int> ColumnResolver::npsQuestions() const
{
    // The standard wording, in the languages of the yes/no scale.
    static const QRegularExpression wording(
        u"how likely .*recommend|wie wahrscheinlich .*empfehlen|probabilit\\S* .*recommand|probab\\S* .*recomi?end"_s,
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    QList<int> found;
    for (const SurveyColumn &column : m_layout.columns) {
        const bool group = std::any_of(column.names.begin(), column.names.end(), [](const QString &name) {
            return name.trimmed().endsWith(u"_NPS_GROUP"_s, Qt::CaseInsensitive);
        });
        if (!group && wording.match(column.label.simplified()).hasMatch())
            found.append(column.index);
    }
    return found;
}

int ColumnResolver::stageByValues(const ColumnPlan &plan, const ValueMap &map) const
{
    QSet<QString> stages;
    for (const ImportTarget::StageEntry &stage : m_target.stages)
        stages.insert(SurveyText::key(stage.name));
    int best = -1;
    qint64 bestMatching = 0, bestFilled = 1;
    for (const SurveyColumn &column : m_layout.columns) {
        if (plan.fieldOf(column.index))
            continue;
        qint64 filled = 0, matching = 0;
        for (const QString &value : values(column.index)) {
            const QString key = SurveyText::key(value);
            if (key.isEmpty())
                continue;
            ++filled;
            matching += stages.contains(key) || map.value(SurveyField::Stage, key).has_value();
        }
        // Mostly stage names, and a larger share than any column before.
        if (matching * 2 > filled && matching * bestFilled > bestMatching * filled) {
            best = column.index;
            bestMatching = matching;
            bestFilled = filled;
        }
    }
    return best;
}

void ColumnResolver::filterColumns(ColumnPlan &plan) const
{
    const SurveyLayout &l = m_layout;
    switch (l.tool) {
    case SurveyTool::Qualtrics:
        plan.status = l.columnWithName(0, u"Status"_s);
        plan.finished = l.columnWithName(0, u"Finished"_s);
        plan.progress = l.columnWithName(0, u"Progress"_s);
        break;
    case SurveyTool::QualtricsLegacy:
        plan.status = l.columnWithName(1, u"Status"_s);
        plan.finished = l.columnWithName(1, u"Finished"_s);
        break;
    case SurveyTool::Typeform:
        plan.responseType = l.columnWithName(0, u"Response Type"_s);
        break;
    default:
        break;
    }
}

} // namespace Waymark
