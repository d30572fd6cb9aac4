#pragma once

#include "model/responsebatch.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace Waymark {

class Document;

struct ImportProblem {
    qint64 line = 0;
    QString reason;
};

// Reads survey responses from CSV into a ResponseBatch, checking every row against the map:
// stage names (case-insensitive), touchpoints by card title, the ranges of each answer. Bad
// rows are reported as "line N: reason"; the caller decides whether they stop the import.
class SurveyImport
{
public:
    // The fields a column can be mapped to; every other column is a segment attribute.
    static QStringList fieldNames(); // stage, touchpoint, respondent, nps, csat, ces, fcr, response_minutes, submitted_at
    // The column a field takes when it is not mapped: the one whose header is the field's name
    // (case-insensitive; "respondent_id" also for respondent), or -1.
    static int matchColumn(const QString &field, const QStringList &header);
    // At most this many problems are kept (the count goes on).
    static constexpr int MaxProblems = 10000;

    explicit SurveyImport(const Document &document);

    // Maps `field` to the column whose header is `column` (case-insensitive), as --map does;
    // an empty `column` leaves the field unanswered even when a column bears its name (that
    // column is then a segment attribute). Returns an error for an unknown field.
    QString map(const QString &field, const QString &column);

    // Reads the CSV. Throws FormatError when the file as a whole cannot be used (not UTF-8,
    // no header, no stage column, a mapped column missing, an unclosed quote).
    // `progress(fraction)` is called now and then; returning false cancels (returns false).
    bool read(QByteArray csv, const QString &source, const std::function<bool(double)> &progress = {});

    // The header, and what each column became: a field name, or "" for an attribute.
    const QStringList &header() const { return m_header; }
    QStringList columnRoles() const;

    ResponseBatch &batch() { return m_batch; }
    qint64 rows() const { return m_rows; }
    qint64 invalidRows() const { return m_invalid; }
    const QList<ImportProblem> &problems() const { return m_problems; }
    QStringList attributes() const;

private:
    enum Field { StageColumn, TouchpointColumn, RespondentColumn, NpsColumn, CsatColumn, CesColumn, FcrColumn, MinutesColumn, SubmittedColumn, FieldCount };

    void resolveColumns(const QList<QByteArrayView> &header, const QString &source);
    QString checkRow(const QList<QByteArrayView> &fields, ResponseBatch::Row &row);
    Id stageOf(QByteArrayView name);
    Id touchpointOf(QByteArrayView title, Id stage);

    QHash<QString, Id> m_stages;                   // case-folded name → id
    QHash<QString, QList<std::pair<Id, Id>>> m_touchpoints; // case-folded title → (card, stage)
    QHash<QByteArray, Id> m_stageCache;            // raw bytes → id (0: unknown)
    QHash<QString, QString> m_mapping;             // field → header text
    QStringList m_header;
    int m_column[FieldCount];
    QList<int> m_attributeColumns;
    QStringList m_attributeNames;
    ResponseBatch m_batch;
    QByteArray m_key;
    qint64 m_rows = 0;
    qint64 m_invalid = 0;
    QList<ImportProblem> m_problems;
};

} // namespace Waymark
