#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

#include <vector>

namespace Waymark {

class TextSource;

// Reads RFC 4180 records: quoted fields with delimiters, line breaks and doubled quotes
// inside, CRLF, LF or CR line ends; blank lines are skipped. It streams: a few hundred KiB of
// text are held at a time, and a record may be at most MaxRecordBytes long, so an endless or
// absurd input ends with an error rather than eating memory. Fields are views into the
// reader's buffer, valid until the next call to next(): a million rows cost no allocation
// per field. Errors throw FormatError "line N: ..." with the physical line the record starts on.
class CsvReader
{
public:
    static constexpr qsizetype MaxRecordBytes = 1024 * 1024;

    // Streams the records of `source`; `head` is text already taken from it (to sniff the
    // dialect), read first.
    CsvReader(TextSource *source, char delimiter, QByteArray head = {});
    // Reads records from text in memory. With `complete` false the text is the start of a
    // longer one, and a record its end cuts is not read (for sniffing).
    CsvReader(QByteArray text, char delimiter, bool complete = true);

    char delimiter() const { return m_delimiter; }

    // Moves to the next record; false at the end.
    bool next();
    const QList<QByteArrayView> &fields() const { return m_fields; }
    // The 1-based line the current record starts on.
    qint64 line() const { return m_recordLine; }
    // 0..1, for progress bars.
    double progress() const;

private:
    enum class Parse { Record, End, NeedMore };
    Parse parse();
    bool refill();

    TextSource *m_source = nullptr;
    bool m_complete = true; // no text follows the buffer's
    QByteArray m_buffer;
    qsizetype m_pos = 0;    // where the next record starts
    qint64 m_line = 1;      // the line at m_pos
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
    std::vector<Span> m_spans; // kept between records: no allocation per row
    bool m_stops[256] = {};    // the bytes an unquoted field ends at
};

} // namespace Waymark
