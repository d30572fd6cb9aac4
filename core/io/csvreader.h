#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

namespace Waymark {

// Reads RFC 4180 CSV from memory: quoted fields with delimiters, line breaks and doubled
// quotes inside, CRLF or LF, a UTF-8 byte-order mark, and the delimiter (comma, semicolon or
// tab) detected from the header line. Fields are views into the data, so a million rows cost
// no allocation per field. Blank lines are skipped.
class CsvReader
{
public:
    explicit CsvReader(QByteArray data);

    char delimiter() const { return m_delimiter; }

    // Moves to the next record; false at the end, or on an unterminated quote (see error()).
    bool next();
    const QList<QByteArrayView> &fields() const { return m_fields; }
    // The 1-based line the current record starts on.
    qint64 line() const { return m_recordLine; }
    // Where the data ends inside an open quote: "line N: a quoted field is not closed".
    QString error() const { return m_error; }
    // 0..1, for progress bars.
    double progress() const { return m_data.isEmpty() ? 1.0 : double(m_pos) / double(m_data.size()); }

    // The 1-based line of the first byte that is not UTF-8, or 0 when the data is valid.
    static qint64 firstInvalidUtf8Line(QByteArrayView data);

private:
    QByteArray m_data;
    qsizetype m_pos = 0;
    qint64 m_line = 1;
    qint64 m_recordLine = 0;
    char m_delimiter = ',';
    QList<QByteArrayView> m_fields;
    QByteArray m_unescaped; // fields that had doubled quotes, unescaped
    // A field as (offset, length, in m_unescaped?) until its record is complete: m_unescaped
    // may grow, and move, while the record is read.
    struct Span {
        qsizetype offset;
        qsizetype length;
        bool unescaped;
    };
    QList<Span> m_spans; // kept between records: no allocation per row
    QString m_error;
};

} // namespace Waymark
