#pragma once

#include "bytecache.h"
#include "importmapping.h"
#include "importoptions.h"
#include "importreport.h"
#include "importtarget.h"
#include "model/responsebatch.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

class QIODevice;

namespace Waymark {

class AnswerReader;
class CsvReader;
class Document;
class RespondentIndex;
class RowFilter;
class StageMatcher;
class SurveyDate;
class TextSource;
class TouchpointMatcher;

// Reads a survey export into a ResponseBatch: the one engine behind `waymark import` and the
// import wizard. It streams the file (bounded memory: only the batch of valid rows is kept),
// detects the encoding, the delimiter and the tool's layout, decides what each column becomes
// (ColumnResolver), skips what the tool marks as previews, spam or unfinished and rows that
// answer nothing, checks every row against the map and reports every problem of each as
// "line N: reason; reason". Reading never writes: the caller imports the batch, or not.
class SurveyImport
{
public:
    static constexpr int MaxProblems = 10000;
    static constexpr int SampleRows = 200; // read before deciding the columns; the wizard shows them

    SurveyImport(ImportTarget target, ImportOptions options = {});
    explicit SurveyImport(Document &document, ImportOptions options = {});
    ~SurveyImport();
    SurveyImport(const SurveyImport &) = delete;
    SurveyImport &operator=(const SurveyImport &) = delete;

    // What is wrong with the options themselves (a --values score out of range, a stage the
    // map does not have); empty when nothing is. Call before open().
    QStringList optionProblems() const;

    // Reads the head of the file: encoding, delimiter, layout, the first rows, the columns.
    // Throws FormatError "SOURCE: reason". The device must stay open while rows are read.
    void open(QIODevice *device, const QString &source);
    void open(std::unique_ptr<QIODevice> device, const QString &source); // keeps the device
    // Reads every row. `progress(fraction)` is called now and then; returning false cancels
    // (returns false). Throws FormatError when the file as a whole cannot be read, or no
    // column is the stage.
    bool readRows(const std::function<bool(double)> &progress = {});
    // Throws FormatError when no column is the stage (readRows() checks it too).
    void requireStage() const;
    bool read(QIODevice *device, const QString &source, const std::function<bool(double)> &progress = {});
    bool read(const QByteArray &csv, const QString &source, const std::function<bool(double)> &progress = {});

    const ImportReport &report() const { return m_report; }
    const SurveyLayout &layout() const { return m_report.layout; }
    const ColumnPlan &plan() const { return m_report.plan; }
    // The first data rows as text (header rows aside), for the wizard's preview.
    const QList<QStringList> &sample() const { return m_sampleText; }
    ResponseBatch &batch() { return m_batch; }
    const ResponseBatch &batch() const { return m_batch; }
    // The responses of the map the batch replaces (--replace-duplicates).
    const QList<Id> &replacedResponses() const { return m_replaced; }
    // The mapping this import used, to be remembered for its layout.
    ImportMapping mapping() const;

    // Shorthands of the report.
    qint64 rows() const { return m_report.rows; }
    qint64 invalidRows() const { return m_report.invalid; }
    const QList<ImportProblem> &problems() const { return m_report.problems; }
    QStringList header() const;      // the column keys
    QStringList columnRoles() const; // per column: a field name, or "" for an attribute or a column left out
    QStringList attributes() const;

private:
    struct PendingRow {
        QList<QByteArray> fields;
        qint64 line = 0;
    };
    void prepare();
    void process(const QList<QByteArrayView> &fields, qint64 line);
    void addProblem(qint64 line, const QString &reason);
    void loadRespondents();
    void dropRepeatedRespondents();
    [[noreturn]] void rethrow(const class FormatError &error) const;

    ImportTarget m_target;
    ImportOptions m_options;   // as given
    ImportOptions m_effective; // with the remembered mapping under them
    ImportReport m_report;
    std::optional<ImportMapping> m_remembered;

    std::unique_ptr<QIODevice> m_ownedDevice;
    std::unique_ptr<TextSource> m_text;
    std::unique_ptr<CsvReader> m_reader;
    QList<PendingRow> m_pending; // read while deciding, processed first
    QList<QStringList> m_sampleText;
    bool m_opened = false;

    std::unique_ptr<RowFilter> m_filter;
    std::unique_ptr<StageMatcher> m_stages;
    std::unique_ptr<TouchpointMatcher> m_touchpoints;
    std::vector<std::unique_ptr<AnswerReader>> m_answers; // nps, csat, ces, fcr, response_minutes
    std::unique_ptr<SurveyDate> m_date;
    std::unique_ptr<RespondentIndex> m_known; // the map's respondents, loaded when first needed
    bool m_respondentsLoaded = false;
    bool m_anyAnswerMapped = false;
    QList<int> m_attributeColumns;
    QStringList m_attributeNames;
    QList<bool> m_attributeIsAge;
    ByteCache<int> m_sets{std::numeric_limits<qsizetype>::max()}; // attribute values of a row → set
    std::string m_key; // std::string: an append per cell is inline, where QByteArray's is a call
    QByteArray m_dateText;
    QStringList m_rowProblems;
    ResponseBatch m_batch;
    QList<Id> m_replaced;
    QList<std::pair<qsizetype, Id>> m_replacedRows; // batch row → the map's response it replaces
    qint64 m_estimatedRows = 0;
    qint64 m_textPerRow = 0; // respondent and date bytes a row keeps, from the first rows
};

} // namespace Waymark
