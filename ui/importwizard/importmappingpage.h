#pragma once

#include <QHash>
#include <QWizardPage>

class QComboBox;
class QLabel;
class QTableWidget;

namespace Waymark {

class ImportWizard;

// The import wizard's second page: a drop-down per answer field choosing its column (matched
// by name to begin with), the columns left over as segment attributes, and the first rows of
// the file with what each column becomes.
class ImportMappingPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportMappingPage(ImportWizard *wizard);

    void initializePage() override;
    bool isComplete() const override;

    // "NPS (0–10)" for "nps".
    static QString fieldLabel(const QString &field);

private:
    void fillCombos();
    void showMapping();

    ImportWizard *m_wizard;
    QHash<QString, QComboBox *> m_combos; // by field
    QLabel *m_attributes;
    QTableWidget *m_table;
};

} // namespace Waymark
