#include "csvreader.h"

#include <QCoreApplication>

namespace Waymark {

namespace {

char detectDelimiter(QByteArrayView data)
{
    // Count the candidates outside quotes on the header line; the most frequent wins.
    int comma = 0, semicolon = 0, tab = 0;
    bool quoted = false;
    for (const char c : data) {
        if (c == '"')
            quoted = !quoted;
        else if (!quoted && (c == '\n' || c == '\r'))
            break;
        else if (!quoted && c == ',')
            ++comma;
        else if (!quoted && c == ';')
            ++semicolon;
        else if (!quoted && c == '\t')
            ++tab;
    }
    if (tab > comma && tab >= semicolon)
        return '\t';
    if (semicolon > comma)
        return ';';
    return ',';
}

} // namespace

CsvReader::CsvReader(QByteArray data)
    : m_data(std::move(data))
{
    if (m_data.startsWith("\xEF\xBB\xBF"))
        m_pos = 3;
    m_delimiter = detectDelimiter(QByteArrayView(m_data).sliced(m_pos));
}

qint64 CsvReader::firstInvalidUtf8Line(QByteArrayView data)
{
    if (data.isValidUtf8())
        return 0;
    qint64 line = 1;
    qsizetype start = 0;
    while (start < data.size()) {
        qsizetype end = data.indexOf('\n', start);
        if (end < 0)
            end = data.size();
        if (!data.sliced(start, end - start).isValidUtf8())
            return line;
        ++line;
        start = end + 1;
    }
    return line;
}

bool CsvReader::next()
{
    m_fields.clear();
    m_unescaped.clear();
    const char *data = m_data.constData();
    const qsizetype size = m_data.size();

    // Blank lines between records are not records.
    while (m_pos < size && (data[m_pos] == '\n' || data[m_pos] == '\r')) {
        if (data[m_pos] == '\n' || (data[m_pos] == '\r' && (m_pos + 1 >= size || data[m_pos + 1] != '\n')))
            ++m_line;
        ++m_pos;
    }
    if (m_pos >= size)
        return false;
    m_recordLine = m_line;

    QList<Span> &spans = m_spans;
    spans.clear();
    while (true) {
        if (m_pos < size && data[m_pos] == '"') {
            ++m_pos;
            const qsizetype start = m_pos;
            bool escaped = false;
            qsizetype unescapedStart = 0;
            while (true) {
                if (m_pos >= size) {
                    m_error = QCoreApplication::translate("Waymark", "line %1: a quoted field is not closed").arg(m_recordLine);
                    m_fields.clear();
                    return false;
                }
                const char c = data[m_pos];
                if (c == '"') {
                    if (m_pos + 1 < size && data[m_pos + 1] == '"') {
                        if (!escaped) {
                            escaped = true;
                            unescapedStart = m_unescaped.size();
                            m_unescaped.append(data + start, m_pos - start);
                        }
                        m_unescaped.append('"');
                        m_pos += 2;
                        continue;
                    }
                    break;
                }
                if (c == '\n')
                    ++m_line;
                if (escaped)
                    m_unescaped.append(c);
                ++m_pos;
            }
            if (escaped)
                spans.append({unescapedStart, m_unescaped.size() - unescapedStart, true});
            else
                spans.append({start, m_pos - start, false});
            ++m_pos; // the closing quote
            // Anything between the closing quote and the delimiter is kept out, as lenient
            // readers do.
            while (m_pos < size && data[m_pos] != m_delimiter && data[m_pos] != '\n' && data[m_pos] != '\r')
                ++m_pos;
        } else {
            const qsizetype start = m_pos;
            while (m_pos < size && data[m_pos] != m_delimiter && data[m_pos] != '\n' && data[m_pos] != '\r')
                ++m_pos;
            spans.append({start, m_pos - start, false});
        }
        if (m_pos < size && data[m_pos] == m_delimiter) {
            ++m_pos;
            continue;
        }
        // End of the record: CRLF, LF, CR or the end of the data.
        if (m_pos < size && data[m_pos] == '\r')
            ++m_pos;
        if (m_pos < size && data[m_pos] == '\n')
            ++m_pos;
        ++m_line;
        break;
    }
    m_fields.reserve(spans.size());
    for (const Span &span : std::as_const(spans)) {
        m_fields.append(span.unescaped ? QByteArrayView(m_unescaped.constData() + span.offset, span.length)
                                       : QByteArrayView(data + span.offset, span.length));
    }
    return true;
}

} // namespace Waymark
