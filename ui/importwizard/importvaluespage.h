#pragma once

#include <QWizardPage>

class QLabel;
class QTableWidget;

namespace Waymark {

class ImportWizard;

// The import wizard's third page: the labels and codes of the file that mean nothing to the
// import yet (an answer label without a score, a stage the map does not have, the stage
// question's numeric codes), each matched to a value with a drop-down, filled with a suggestion
// where there is a good one, and the values chosen before.
class ImportValuesPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportValuesPage(ImportWizard *wizard);

    void initializePage() override;

private:
    void addRow(int field, const QString &label, qint64 rows, const QString &value, const QString &note);

    ImportWizard *m_wizard;
    QLabel *m_summary;
    QTableWidget *m_table;
};

} // namespace Waymark
