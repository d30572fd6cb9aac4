#pragma once

#include <QWizardPage>

class QComboBox;
class QLabel;
class QLineEdit;

namespace Waymark {

class ImportWizard;

// The import wizard's first page: which export, and how it is read: the survey tool it comes
// from (and the header rows that are its own, not responses), the encoding and the delimiter,
// each detected and changeable.
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
    QLabel *m_layout;
    QComboBox *m_encoding;
    QComboBox *m_delimiter;
};

} // namespace Waymark
