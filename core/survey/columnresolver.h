#pragma once

#include "columnplan.h"
#include "importmapping.h"
#include "surveylayout.h"

#include <QList>
#include <QStringList>

#include <optional>

namespace Waymark {

struct ImportTarget;

// Decides what each column of an export becomes. A field takes, in this order: the column the
// user names (--map, by any of its names), the one remembered for the layout, then the
// column whose name is the field's, the tool's own id and date columns, the standard NPS
// question ("How likely ... recommend"), and for the stage the column whose values are mostly
// the map's stage names. Personal and bookkeeping columns are left out unless kept; the rest
// are segment attributes, named by their question text or by --attribute.
class ColumnResolver
{
public:
    // `sample`: the first data rows. `remembered`: the mapping kept for this layout, if any.
    ColumnResolver(const SurveyLayout &layout, const QList<QStringList> &sample, const ImportTarget &target);

    // Throws FormatError for a column named that is not there or names several.
    ColumnPlan resolve(const ImportOptions &options, const std::optional<ImportMapping> &remembered) const;

    // The column `name` names (a key first, then any header text); throws FormatError when none
    // or several do. `what` says where the name came from, for the message ("mapped to nps").
    int find(const QString &name, const QString &what) const;

private:
    void autoMap(ColumnPlan &plan, const ValueMap &values) const;
    int toolColumn(SurveyField field) const;
    QList<int> npsQuestions() const;
    int stageByValues(const ColumnPlan &plan, const ValueMap &values) const;
    QStringList values(int column) const;
    void filterColumns(ColumnPlan &plan) const;

    const SurveyLayout &m_layout;
    const QList<QStringList> &m_sample;
    const ImportTarget &m_target;
};

} // namespace Waymark
