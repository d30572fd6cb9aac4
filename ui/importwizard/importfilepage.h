#pragma once

#include <QWizardPage>

class QLabel;
class QLineEdit;

namespace Waymark {

class ImportWizard;

// The import wizard's first page: which CSV file, and whether it can be read.
class ImportFilePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportFilePage(ImportWizard *wizard);

    bool isComplete() const override;

private:
    void browse();
    void showFile();

    ImportWizard *m_wizard;
    QLineEdit *m_path;
    QLabel *m_status;
};

} // namespace Waymark
