#pragma once

#include "io/exportoptions.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace Waymark {

class MapFormat;
class MapSession;

// File ▸ Export: the choices of `waymark export` (format, resolution, page size, report) and
// what to include (title, legend, the selected cards only, a range of stages). Writes with
// the same formats as the command line, so the file is the one a script would make.
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ExportDialog(MapSession *session, QWidget *parent = nullptr);

    QString path() const;
    void setPath(const QString &path);
    // Chooses by format name ("png", "svg", "pdf", "pptx", "json"), "report" or "slides".
    void setKind(const QString &kind);
    QString kind() const;
    ExportOptions options() const;
    const MapFormat *format() const;

    // Writes the file; on failure shows the reason and returns false, the dialog stays open.
    bool exportNow();
    // Why the last export failed; empty after a success.
    QString lastError() const { return m_lastError; }
    // Whether the user stopped the last export.
    bool wasCancelled() const { return m_cancelled; }

    void accept() override;

private:
    void browse();
    void updateControls();
    void rememberChoices() const;

    MapSession *m_session;
    QComboBox *m_kind;
    QLineEdit *m_path;
    QSpinBox *m_dpi;
    QCheckBox *m_transparent;
    QComboBox *m_page;
    QCheckBox *m_title;
    QCheckBox *m_legend;
    QCheckBox *m_selectionOnly;
    QComboBox *m_firstStage;
    QComboBox *m_lastStage;
    QLabel *m_note;
    QDialogButtonBox *m_buttons;
    QString m_lastError;
    bool m_cancelled = false;
};

} // namespace Waymark
