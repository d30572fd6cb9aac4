// The CSV reader under survey import: any bytes are read to the end (or to an unclosed quote)
// in at most one record per byte, and every field is a view into the data or into the
// reader's unescaped copy. The first byte picks the delimiter; the text decoding in front of
// the reader (TextSource) is fuzzed with the whole import (fuzz_surveyimport).

#include "fuzzsupport.h"

#include "io/csvreader.h"
#include "io/formaterror.h"

using namespace Waymark;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    static const char delimiters[] = {',', ';', '\t', '|'};
    const char delimiter = delimiters[data[0] & 3];
    const QByteArray bytes = Fuzz::bytes(data + 1, size - 1);
    CsvReader reader(bytes, delimiter);
    qsizetype records = 0;
    qint64 line = 0;
    // A FormatError (an unclosed quote, a record over the limit) is how the reader refuses
    // bad input: the end of this input, not a finding.
    try {
        while (reader.next()) {
            if (++records > bytes.size() + 1)
                Fuzz::fail("more records than bytes: the reader does not advance");
            if (reader.line() <= line)
                Fuzz::fail("a record starts on a line before the previous one's");
            line = reader.line();
            qsizetype length = 0;
            for (const QByteArrayView field : reader.fields()) {
                // Touch every byte, so that AddressSanitizer sees a view past its buffer.
                for (const char c : field)
                    length += c != 0;
            }
            if (length > bytes.size())
                Fuzz::fail("the fields hold more than the data");
        }
    } catch (const FormatError &) {
        return 0;
    }
    if (reader.progress() < 0 || reader.progress() > 1)
        Fuzz::fail("progress outside 0..1");
    return 0;
}
