#include "csvreader.h"

#include "formaterror.h"
#include "textsource.h"

#include <QCoreApplication>

namespace Waymark {

namespace {

FormatError tooLong(qint64 line)
{
    return FormatError(QCoreApplication::translate("Waymark", "line %1: a record is longer than %2 MiB; this is no survey export")
                           .arg(line)
                           .arg(CsvReader::MaxRecordBytes / (1024 * 1024)));
}

} // namespace

CsvReader::CsvReader(TextSource *source, char delimiter, QByteArray head)
    : m_source(source)
    , m_complete(false)
    , m_buffer(std::move(head))
    , m_delimiter(delimiter)
{
    m_stops[uchar(delimiter)] = m_stops[uchar('\n')] = m_stops[uchar('\r')] = true;
}

CsvReader::CsvReader(QByteArray text, char delimiter, bool complete)
    : m_complete(complete)
    , m_buffer(std::move(text))
    , m_delimiter(delimiter)
{
    m_stops[uchar(delimiter)] = m_stops[uchar('\n')] = m_stops[uchar('\r')] = true;
}

double CsvReader::progress() const
{
    if (m_source)
        return m_source->progress();
    return m_buffer.isEmpty() ? 1.0 : double(m_pos) / double(m_buffer.size());
}

bool CsvReader::next()
{
    while (true) {
        switch (parse()) {
        case Parse::Record:
            return true;
        case Parse::End:
            m_fields.clear();
            return false;
        case Parse::NeedMore:
            if (!refill()) {
                m_fields.clear();
                return false; // text in memory that goes on elsewhere: the cut record is not read
            }
            break;
        }
    }
}

bool CsvReader::refill()
{
    if (!m_source)
        return false;
    // What is left is the start of one record: past the limit, it is no record anyone wrote.
    if (m_buffer.size() - m_pos > MaxRecordBytes)
        throw tooLong(m_line);
    if (m_pos > 0) {
        m_buffer.remove(0, m_pos);
        m_pos = 0;
    }
    if (!m_source->read(m_buffer))
        m_complete = true;
    return true;
}

CsvReader::Parse CsvReader::parse()
{
    const char *data = m_buffer.constData();
    const qsizetype size = m_buffer.size();
    const bool more = !m_complete;
    const char delimiter = m_delimiter;
    const bool *stops = m_stops;
    // The end of an unquoted stretch: the next delimiter or line end, or the end of the text.
    const auto scan = [data, size, stops](qsizetype pos) {
        const char *p = data + pos;
        const char *end = data + size;
        while (p < end && !stops[uchar(*p)])
            ++p;
        return qsizetype(p - data);
    };

    // Blank lines between records are not records.
    while (m_pos < size && (data[m_pos] == '\n' || data[m_pos] == '\r')) {
        if (data[m_pos] == '\r') {
            if (m_pos + 1 >= size && more)
                return Parse::NeedMore; // a CR LF cut in two
            if (m_pos + 1 >= size || data[m_pos + 1] != '\n')
                ++m_line;
        } else {
            ++m_line;
        }
        ++m_pos;
    }
    if (m_pos >= size)
        return more ? Parse::NeedMore : Parse::End;

    qsizetype pos = m_pos;
    qint64 line = m_line;
    m_spans.clear();
    m_unescaped.truncate(0);
    while (true) {
        if (pos < size && data[pos] == '"') {
            ++pos;
            const qsizetype start = pos;
            bool escaped = false;
            qsizetype unescapedStart = 0;
            while (true) {
                if (pos >= size) {
                    if (more)
                        return Parse::NeedMore;
                    throw FormatError(QCoreApplication::translate("Waymark", "line %1: a quoted field is not closed").arg(m_line));
                }
                const char c = data[pos];
                if (c == '"') {
                    if (pos + 1 >= size && more)
                        return Parse::NeedMore; // a doubled quote cut in two?
                    if (pos + 1 < size && data[pos + 1] == '"') {
                        if (!escaped) {
                            escaped = true;
                            unescapedStart = m_unescaped.size();
                            m_unescaped.append(data + start, pos - start);
                        }
                        m_unescaped.append('"');
                        pos += 2;
                        continue;
                    }
                    break;
                }
                if (c == '\n')
                    ++line;
                if (escaped)
                    m_unescaped.append(c);
                ++pos;
            }
            if (escaped)
                m_spans.push_back({unescapedStart, m_unescaped.size() - unescapedStart, true});
            else
                m_spans.push_back({start, pos - start, false});
            ++pos; // the closing quote
            // Anything between the closing quote and the delimiter is kept out, as lenient
            // readers do.
            pos = scan(pos);
        } else {
            const qsizetype start = pos;
            pos = scan(pos);
            m_spans.push_back({start, pos - start, false});
        }
        if (pos >= size && more)
            return Parse::NeedMore; // the field may go on
        if (pos < size && data[pos] == delimiter) {
            ++pos;
            continue;
        }
        // The end of the record: CRLF, LF, CR or the end of the text.
        if (pos < size && data[pos] == '\r') {
            if (pos + 1 >= size && more)
                return Parse::NeedMore;
            ++pos;
        }
        if (pos < size && data[pos] == '\n')
            ++pos;
        ++line;
        break;
    }
    if (pos - m_pos > MaxRecordBytes)
        throw tooLong(m_line);
    m_recordLine = m_line;
    m_pos = pos;
    m_line = line;
    m_fields.resize(qsizetype(m_spans.size()));
    QByteArrayView *fields = m_fields.data();
    for (size_t i = 0; i < m_spans.size(); ++i) {
        const Span &span = m_spans[i];
        fields[i] = span.unescaped ? QByteArrayView(m_unescaped.constData() + span.offset, span.length)
                                   : QByteArrayView(data + span.offset, span.length);
    }
    return Parse::Record;
}

} // namespace Waymark
