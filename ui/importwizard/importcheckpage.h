#pragma once

#include <QWizardPage>

class QCheckBox;
class QLabel;
class QListWidget;

namespace Waymark {

class ImportWizard;

// The import wizard's last page: the whole file read with the chosen columns, every row that
// cannot be imported as "line N: reason", and whether to import the others.
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
    ImportWizard *m_wizard;
    QLabel *m_summary;
    QListWidget *m_problems;
    QCheckBox *m_skipInvalid;
    QLabel *m_status;
};

} // namespace Waymark
