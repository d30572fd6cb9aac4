#pragma once

#include <QHash>
#include <QWizardPage>

class QComboBox;
class QLabel;
class QListWidget;
class QTableWidget;

namespace Waymark {

class ImportWizard;

// The import wizard's second page: a drop-down per answer field choosing its column (found by
// itself to begin with: field names, the tool's id and date columns, the NPS question, the
// column of stage names), the columns left out as personal data or bookkeeping (each can be
// kept), the segment attributes, and the first rows of the file with what each column becomes.
class ImportColumnsPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportColumnsPage(ImportWizard *wizard);

    void initializePage() override;
    bool isComplete() const override;

    // "NPS (0–10)" for "nps".
    static QString fieldLabel(const QString &field);

private:
    void fillCombos();
    void showMapping();
    void showPreview();

    ImportWizard *m_wizard;
    QHash<QString, QComboBox *> m_combos; // by field
    QListWidget *m_excluded;
    QLabel *m_attributes;
    QTableWidget *m_table;
};

} // namespace Waymark
