#pragma once

#include "csvpreview.h"

#include <QPointer>
#include <QWizard>

#include <memory>

namespace Waymark {

class MapSession;
class SurveyImport;

// File ▸ Import Survey Responses…: choose a CSV file, match its columns to the answer fields
// (the rest become segment attributes), see every row that cannot be imported, and import —
// as one undoable step, with a progress dialog whose Cancel leaves the map as it was.
// Parsing and checking are core's SurveyImport, exactly as `waymark import` does them.
class ImportWizard : public QWizard
{
    Q_OBJECT

public:
    enum Page { FilePage, MappingPage, CheckPage };

    explicit ImportWizard(MapSession *session, QWidget *parent = nullptr);
    ~ImportWizard() override;

    MapSession *session() const;

    // Reads and previews the file; false when it cannot be used (preview().error says why).
    bool setFile(const QString &path);
    const QString &path() const { return m_path; }
    const CsvPreview &preview() const { return m_preview; }

    // The column (index into the header) each field is read from; -1: none. Choosing a column
    // for one field takes it from any other.
    int column(const QString &field) const;
    void setColumn(const QString &field, int column);
    // The headers of the columns no field uses: they become segment attributes.
    QStringList attributeColumns() const;

    // Reads the whole file with the mapping (a progress dialog shows for big files); false
    // when cancelled or when the file as a whole cannot be used (checkError()).
    bool check();
    const SurveyImport *checked() const { return m_import.get(); }
    QString checkError() const { return m_checkError; }

    // Imports the rows checked as valid; false when cancelled or the write failed.
    bool importResponses();
    bool wasCancelled() const { return m_cancelled; }

    void accept() override;

signals:
    void fileChanged();
    void mappingChanged();

private:
    QPointer<MapSession> m_session;
    QString m_path;
    QByteArray m_data;
    CsvPreview m_preview;
    QList<int> m_columns; // per SurveyImport::fieldNames()
    std::unique_ptr<SurveyImport> m_import;
    QString m_checkError;
    bool m_cancelled = false;
};

} // namespace Waymark
