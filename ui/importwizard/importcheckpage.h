#pragma once

#include <QWizardPage>

class QCheckBox;
class QLabel;
class QListWidget;
class QTableWidget;

namespace Waymark {

class ImportWizard;

// The import wizard's last page: the whole file read with the chosen columns and values:
// what is skipped and why, every row that cannot be imported as "line N: reason", whether to
// import the others, and the per-stage NPS and CSAT the import will give.
class ImportCheckPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportCheckPage(ImportWizard *wizard);

    void initializePage() override;
    bool isComplete() const override;

    // After Import: cancelled (nothing imported, try again) or the write failed.
    void showImportResult(bool cancelled);

private:
    void showPreview();

    ImportWizard *m_wizard;
    QLabel *m_summary;
    QLabel *m_skipped;
    QListWidget *m_problems;
    QCheckBox *m_skipInvalid;
    QTableWidget *m_stages;
    QLabel *m_status;
};

} // namespace Waymark
