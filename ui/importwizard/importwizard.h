#pragma once

#include "survey/importoptions.h"
#include "survey/importpreview.h"

#include <QPointer>
#include <QWizard>

#include <memory>

namespace Waymark {

class MapSession;
class SurveyImport;

// File ▸ Import Survey Responses…: a survey export as the tools write it, in four steps: the
// file (its detected layout, encoding and delimiter, the header rows it skips), the columns
// (what each answer is read from, the personal and bookkeeping columns left out, the segment
// attributes), the answers' values (labels and codes without a meaning, with suggestions) and
// the check (every problem row, what is skipped, the per-stage NPS and CSAT the import will
// give). Importing is one undo step that also remembers the mapping for the layout; a
// cancelled import leaves the map as it was. Reading and checking are core's SurveyImport,
// exactly as `waymark import` does them.
class ImportWizard : public QWizard
{
    Q_OBJECT

public:
    enum Page { FilePage, ColumnsPage, ValuesPage, CheckPage };

    explicit ImportWizard(MapSession *session, QWidget *parent = nullptr);
    ~ImportWizard() override;

    MapSession *session() const;

    // Reads the head of the file; false when it cannot be used (fileError() says why).
    bool setFile(const QString &path);
    const QString &path() const { return m_path; }
    QString fileError() const { return m_fileError; }
    // Read the file in another encoding or with another delimiter ("" and 0: detect).
    void setEncoding(const QString &encoding);
    void setDelimiter(char delimiter);
    const ImportOptions &options() const { return m_options; }
    // Whether the columns and values are the ones the map remembered for this layout.
    bool usesRememberedMapping() const { return m_remembered; }
    // The head of the file as read: layout, first rows, what each column becomes.
    const SurveyImport *head() const { return m_head.get(); }

    // The column (index) a field is read from, or -1. Choosing a column for one field takes it
    // from any other.
    int column(const QString &field) const;
    void setColumn(const QString &field, int column);
    // Keeps a column left out as personal data or bookkeeping, as a segment attribute.
    void setKept(int column, bool keep);
    bool isKept(int column) const;
    QStringList attributeColumns() const;

    // What a label or code of the file stands for; an empty value forgets it.
    void setValue(SurveyField field, const QString &label, const QString &value);

    // Reads the whole file with the options as they are (a progress dialog shows for big
    // files); false when cancelled or when the file as a whole cannot be used (checkError()).
    bool check();
    const SurveyImport *checked() const { return m_checked.get(); }
    QString checkError() const { return m_checkError; }
    // The per-stage figures the checked rows will give.
    ImportPreview preview() const;

    // Imports the rows checked as valid; false when cancelled or the write failed.
    bool importResponses();
    bool wasCancelled() const { return m_cancelled; }

    void accept() override;

signals:
    void fileChanged();
    void mappingChanged();

private:
    void reopen();

    QPointer<MapSession> m_session;
    QString m_path;
    QString m_fileError;
    ImportOptions m_options;
    std::unique_ptr<SurveyImport> m_head;
    std::unique_ptr<SurveyImport> m_checked;
    QString m_checkError;
    bool m_cancelled = false;
    bool m_remembered = false;
};

} // namespace Waymark
