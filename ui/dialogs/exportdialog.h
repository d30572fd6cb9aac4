#pragma once

#include "io/exportoptions.h"
#include "io/mapformat.h"

#include <QDialog>
#include <QHash>

#include <optional>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QSpinBox;

namespace Waymark {

class MapSession;

// File ▸ Export: the choices of `waymark export`, built from the format registry: a kind for
// each format that writes and each of its variants (the PDF report, the roadmap CSV), and the
// options the chosen one honours (resolution, page size, lanes…) enabled, the others not;
// plus what to include in a drawing (title, legend, the selected cards only, a range of
// stages). Writes with the same formats as the command line, so the file is the one a script
// would make.
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    // A choice of the Format list: a format, or one of its variants.
    struct Kind {
        QString key; // the format's name, or the variant's key ("report")
        QString label;
        QString note;
        const MapFormat *format = nullptr;
        std::optional<ExportOption> variantSwitch;
        QList<ExportOption> options; // what it honours
    };

    explicit ExportDialog(MapSession *session, QWidget *parent = nullptr);

    // The kinds the dialog offers, in its order: the formats that draw, then those that hold
    // data, each followed by its variants.
    static QList<Kind> kinds();

    QString path() const;
    void setPath(const QString &path);
    // Chooses by format name ("png", "pptx", "mermaid"…) or variant key ("report", "slides", "roadmap").
    void setKind(const QString &kind);
    QString kind() const;
    ExportOptions options() const;
    const MapFormat *format() const;
    // The widgets that set an option: what is enabled for a kind that honours it.
    QList<QWidget *> controlsOf(ExportOption option) const { return m_controls.value(option); }
    // Whether the emotion lane's measured curve is drawn, as the canvas shows it.
    void setMeasuredEmotion(bool shown) { m_measuredEmotion = shown; }

    // Writes the file; on failure shows the reason and returns false, the dialog stays open.
    bool exportNow();
    // Why the last export failed; empty after a success.
    QString lastError() const { return m_lastError; }
    // Whether the user stopped the last export.
    bool wasCancelled() const { return m_cancelled; }

    void accept() override;

private:
    const Kind &current() const;
    bool honours(ExportOption option) const { return current().options.contains(option); }
    QList<Id> checkedLanes() const;
    void browse();
    void updateControls();
    void rememberChoices() const;

    MapSession *m_session;
    QList<Kind> m_kinds;
    QComboBox *m_kind;
    QLineEdit *m_path;
    QSpinBox *m_dpi;
    QCheckBox *m_transparent;
    QComboBox *m_page;
    QListWidget *m_lanes;
    QCheckBox *m_title;
    QCheckBox *m_legend;
    QCheckBox *m_compact;
    QCheckBox *m_comments;
    QCheckBox *m_segment;
    QCheckBox *m_selectionOnly;
    QComboBox *m_firstStage;
    QComboBox *m_lastStage;
    QLabel *m_note;
    QDialogButtonBox *m_buttons;
    QHash<ExportOption, QList<QWidget *>> m_controls;
    QString m_lastError;
    bool m_cancelled = false;
    bool m_measuredEmotion = true;
};

} // namespace Waymark
