// The CSV reader (DESIGN.md, "CSV import"): RFC 4180 quoting (delimiters, line breaks and
// doubled quotes inside quotes), CRLF, LF or CR line ends, empty cells, and the physical line
// each record starts on, which every "line N: reason" of an import is made of; streamed from a
// TextSource in chunks of every size (so records, quotes and CRLFs are cut anywhere), with a
// bound on the record so that endless input ends with an error and a line; and the delimiter
// chosen by consistent field counts over the first records (CsvDialect).

#include "io/csvdialect.h"
#include "io/csvreader.h"
#include "io/formaterror.h"
#include "io/textsource.h"

#include <QBuffer>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using Waymark::CsvReader;
using Waymark::FormatError;
using Waymark::TextSource;
namespace CsvDialect = Waymark::CsvDialect;

using Records = QList<QStringList>;
using Lines = QList<qint64>;

namespace {

// Every record of the data, and the line each starts on.
void readAll(CsvReader &reader, Records *records, Lines *lines)
{
    while (reader.next()) {
        QStringList fields;
        for (const QByteArrayView field : reader.fields())
            fields.append(QString::fromUtf8(field));
        records->append(fields);
        lines->append(reader.line());
    }
}

// The data as a file is read: through a TextSource handing it out `chunk` bytes at a time.
struct Streamed {
    Streamed(const QByteArray &data, char delimiter, qsizetype chunk)
    {
        buffer.setData(data);
        buffer.open(QIODevice::ReadOnly);
        source = std::make_unique<TextSource>(&buffer, QString(), chunk);
        reader = std::make_unique<CsvReader>(source.get(), delimiter);
    }
    QBuffer buffer;
    std::unique_ptr<TextSource> source;
    std::unique_ptr<CsvReader> reader;
};

constexpr qsizetype ChunkSizes[] = {1, 2, 3, 5, 8, 64, TextSource::ChunkBytes};

// Endless bytes, as /dev/zero or a runaway generator gives them.
class Endless : public QIODevice
{
public:
    explicit Endless(QByteArray pattern, QByteArray prefix = {})
        : m_pattern(std::move(pattern))
        , m_prefix(std::move(prefix))
    {
        open(QIODevice::ReadOnly);
    }
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *data, qint64 size) override
    {
        for (qint64 i = 0; i < size; ++i, ++m_pos)
            data[i] = m_pos < m_prefix.size() ? m_prefix.at(m_pos) : m_pattern.at((m_pos - m_prefix.size()) % m_pattern.size());
        return size;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_pattern;
    QByteArray m_prefix;
    qint64 m_pos = 0;
};

} // namespace

class TestCsvReader : public QObject
{
    Q_OBJECT

private slots:
    void records_data();
    void records();
    void fieldCounts_data();
    void fieldCounts();
    void unclosedQuote_data();
    void unclosedQuote();
    void longEscapedFields();
    void recordLimit_data();
    void recordLimit();
    void endless_data();
    void endless();
    void progress();
    void sniff_data();
    void sniff();
    void delimiterNames_data();
    void delimiterNames();
};

void TestCsvReader::records_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<char>("delimiter");
    QTest::addColumn<Records>("records");
    QTest::addColumn<Lines>("lines");

    QTest::newRow("plain") << QByteArray("stage,nps\nAwareness,9\nPurchase,3\n") << ','
                           << Records{{u"stage"_s, u"nps"_s}, {u"Awareness"_s, u"9"_s}, {u"Purchase"_s, u"3"_s}}
                           << Lines{1, 2, 3};
    QTest::newRow("no final line break") << QByteArray("stage,nps\nAwareness,9") << ','
                                         << Records{{u"stage"_s, u"nps"_s}, {u"Awareness"_s, u"9"_s}} << Lines{1, 2};
    QTest::newRow("quoted comma") << QByteArray("stage,comment\nAwareness,\"slow, then fine\"\n\"Purchase, online\",ok\n") << ','
                                  << Records{{u"stage"_s, u"comment"_s},
                                             {u"Awareness"_s, u"slow, then fine"_s},
                                             {u"Purchase, online"_s, u"ok"_s}}
                                  << Lines{1, 2, 3};
    QTest::newRow("quoted newline") << QByteArray("stage,comment\nAwareness,\"first line\nsecond line\"\nPurchase,ok\n") << ','
                                    << Records{{u"stage"_s, u"comment"_s},
                                               {u"Awareness"_s, u"first line\nsecond line"_s},
                                               {u"Purchase"_s, u"ok"_s}}
                                    << Lines{1, 2, 4};
    QTest::newRow("several quoted newlines")
        << QByteArray("a,b\n\"1\n2\n3\",\"x\ny\"\nlast,row\n") << ','
        << Records{{u"a"_s, u"b"_s}, {u"1\n2\n3"_s, u"x\ny"_s}, {u"last"_s, u"row"_s}} << Lines{1, 2, 6};
    QTest::newRow("quoted CRLF") << QByteArray("a,b\r\n\"one\r\ntwo\",z\r\nlast,row\r\n") << ','
                                 << Records{{u"a"_s, u"b"_s}, {u"one\r\ntwo"_s, u"z"_s}, {u"last"_s, u"row"_s}}
                                 << Lines{1, 2, 4};
    QTest::newRow("doubled quotes") << QByteArray("stage,comment\nAwareness,\"she said \"\"fine\"\"\"\n") << ','
                                    << Records{{u"stage"_s, u"comment"_s}, {u"Awareness"_s, u"she said \"fine\""_s}}
                                    << Lines{1, 2};
    QTest::newRow("only doubled quotes") << QByteArray("a,b,c\n\"\"\"\",\"\",\"\"\"\"\"\"\"\"\n") << ','
                                         << Records{{u"a"_s, u"b"_s, u"c"_s}, {u"\""_s, QString(), u"\"\"\""_s}}
                                         << Lines{1, 2};
    QTest::newRow("doubled quotes in several fields")
        << QByteArray("a,b,c\n\"x\"\"1\",plain,\"y\"\"2\"\"\"\n") << ','
        << Records{{u"a"_s, u"b"_s, u"c"_s}, {u"x\"1"_s, u"plain"_s, u"y\"2\""_s}} << Lines{1, 2};
    QTest::newRow("doubled quotes and newline") << QByteArray("a,b\n\"say \"\"hi\"\"\nthen go\",2\nz,3\n") << ','
                                                << Records{{u"a"_s, u"b"_s}, {u"say \"hi\"\nthen go"_s, u"2"_s}, {u"z"_s, u"3"_s}}
                                                << Lines{1, 2, 4};
    QTest::newRow("byte-order mark") << QByteArray("\xEF\xBB\xBFstage,nps\nAwareness,9\n") << ','
                                     << Records{{u"stage"_s, u"nps"_s}, {u"Awareness"_s, u"9"_s}} << Lines{1, 2};
    QTest::newRow("byte-order mark, quoted header") << QByteArray("\xEF\xBB\xBF\"stage\";\"nps\"\nAwareness;9\n") << ';'
                                                    << Records{{u"stage"_s, u"nps"_s}, {u"Awareness"_s, u"9"_s}} << Lines{1, 2};
    QTest::newRow("CRLF") << QByteArray("stage,nps\r\nAwareness,9\r\nPurchase,\r\n") << ','
                          << Records{{u"stage"_s, u"nps"_s}, {u"Awareness"_s, u"9"_s}, {u"Purchase"_s, QString()}}
                          << Lines{1, 2, 3};
    QTest::newRow("CR") << QByteArray("stage,nps\rAwareness,9\rPurchase,3") << ','
                        << Records{{u"stage"_s, u"nps"_s}, {u"Awareness"_s, u"9"_s}, {u"Purchase"_s, u"3"_s}}
                        << Lines{1, 2, 3};
    QTest::newRow("semicolon") << QByteArray("stage;nps;comment\nAwareness;9;\"a, b\"\n") << ';'
                               << Records{{u"stage"_s, u"nps"_s, u"comment"_s}, {u"Awareness"_s, u"9"_s, u"a, b"_s}}
                               << Lines{1, 2};
    QTest::newRow("semicolon, commas in quoted header")
        << QByteArray("\"How likely, from 0 to 10, are you to recommend us?\";stage\n9;Awareness\n") << ';'
        << Records{{u"How likely, from 0 to 10, are you to recommend us?"_s, u"stage"_s}, {u"9"_s, u"Awareness"_s}}
        << Lines{1, 2};
    QTest::newRow("tab") << QByteArray("stage\tnps\tcomment\nAwareness\t9\tfine, thanks; really\n") << '\t'
                         << Records{{u"stage"_s, u"nps"_s, u"comment"_s}, {u"Awareness"_s, u"9"_s, u"fine, thanks; really"_s}}
                         << Lines{1, 2};
    QTest::newRow("comma, semicolons in quoted header")
        << QByteArray("\"a;b;c\",stage\n1;2,Awareness\n") << ','
        << Records{{u"a;b;c"_s, u"stage"_s}, {u"1;2"_s, u"Awareness"_s}} << Lines{1, 2};
    QTest::newRow("single column") << QByteArray("stage\nAwareness\nPurchase\n") << ','
                                   << Records{{u"stage"_s}, {u"Awareness"_s}, {u"Purchase"_s}} << Lines{1, 2, 3};
    QTest::newRow("empty cells") << QByteArray("a,b,c\n,,\n1,,3\n,2,\n") << ','
                                 << Records{{u"a"_s, u"b"_s, u"c"_s},
                                            {QString(), QString(), QString()},
                                            {u"1"_s, QString(), u"3"_s},
                                            {QString(), u"2"_s, QString()}}
                                 << Lines{1, 2, 3, 4};
    QTest::newRow("empty last cell at the end") << QByteArray("a,b\n1,") << ','
                                                << Records{{u"a"_s, u"b"_s}, {u"1"_s, QString()}} << Lines{1, 2};
    QTest::newRow("blank lines skipped, counted") << QByteArray("a,b\n\n1,2\n\r\n\n3,4\n\n") << ','
                                                  << Records{{u"a"_s, u"b"_s}, {u"1"_s, u"2"_s}, {u"3"_s, u"4"_s}}
                                                  << Lines{1, 3, 6};
    QTest::newRow("UTF-8 text") << QByteArray("stage,name\nKöp,\"Zoë, Łukasz\"\n") << ','
                                << Records{{u"stage"_s, u"name"_s}, {u"Köp"_s, u"Zoë, Łukasz"_s}} << Lines{1, 2};
    QTest::newRow("empty data") << QByteArray() << ',' << Records{} << Lines{};
    QTest::newRow("only a byte-order mark") << QByteArray("\xEF\xBB\xBF") << ',' << Records{} << Lines{};
}

void TestCsvReader::records()
{
    QFETCH(QByteArray, data);
    QFETCH(char, delimiter);
    QFETCH(Records, records);
    QFETCH(Lines, lines);

    for (const qsizetype chunk : ChunkSizes) {
        Streamed streamed(data, delimiter, chunk);
        Records read;
        Lines readLines;
        readAll(*streamed.reader, &read, &readLines);
        QCOMPARE(read, records);
        QCOMPARE(readLines, lines);
        QCOMPARE(streamed.reader->next(), false); // stays at the end
    }
}

// A record with a field too few or too many is read as it is, with the physical line it starts
// on, so that the import can say "line N: 2 fields where the header has 3".
void TestCsvReader::fieldCounts_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QList<int>>("counts");
    QTest::addColumn<Lines>("lines");

    QTest::newRow("too few, too many") << QByteArray("a,b,c\n1,2\n1,2,3,4\n1,2,3\n") << QList<int>{3, 2, 4, 3}
                                       << Lines{1, 2, 3, 4};
    QTest::newRow("after quoted newlines") << QByteArray("a,b,c\n\"x\ny\nz\",2,3\n1,2\n\"p\nq\",2,3,4\n1,2,3\n")
                                           << QList<int>{3, 3, 2, 4, 3} << Lines{1, 2, 5, 6, 8};
    QTest::newRow("CRLF, quoted CRLF") << QByteArray("a,b,c\r\n\"x\r\ny\",2\r\n1,2,3\r\n") << QList<int>{3, 2, 3}
                                       << Lines{1, 2, 4};
    QTest::newRow("blank lines") << QByteArray("a,b,c\n\n\n1\n\n1,2,3\n") << QList<int>{3, 1, 3} << Lines{1, 4, 6};
}

void TestCsvReader::fieldCounts()
{
    QFETCH(QByteArray, data);
    QFETCH(QList<int>, counts);
    QFETCH(Lines, lines);

    for (const qsizetype chunk : ChunkSizes) {
        Streamed streamed(data, ',', chunk);
        QList<int> readCounts;
        Lines readLines;
        while (streamed.reader->next()) {
            readCounts.append(int(streamed.reader->fields().size()));
            readLines.append(streamed.reader->line());
        }
        QCOMPARE(readCounts, counts);
        QCOMPARE(readLines, lines);
    }
}

// A quote that is never closed: the records before it are read, then next() stops with an error
// naming the line the broken record starts on.
void TestCsvReader::unclosedQuote_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<int>("recordsBefore");
    QTest::addColumn<QString>("error");

    QTest::newRow("in a data row") << QByteArray("a,b\n1,2\n3,\"open\nmore\n") << 2 << u"line 3: a quoted field is not closed"_s;
    QTest::newRow("after a quoted newline") << QByteArray("a,b\n\"x\ny\",2\n3,\"open") << 2
                                            << u"line 4: a quoted field is not closed"_s;
    QTest::newRow("in the header") << QByteArray("\"a,b\n1,2\n") << 0 << u"line 1: a quoted field is not closed"_s;
}

void TestCsvReader::unclosedQuote()
{
    QFETCH(QByteArray, data);
    QFETCH(int, recordsBefore);
    QFETCH(QString, error);

    for (const qsizetype chunk : ChunkSizes) {
        Streamed streamed(data, ',', chunk);
        int records = 0;
        try {
            while (streamed.reader->next())
                ++records;
            QFAIL("no error");
        } catch (const FormatError &e) {
            QCOMPARE(e.message(), error);
        }
        QCOMPARE(records, recordsBefore);
    }
}

// Many fields with doubled quotes in one record: their unescaped text is gathered in a buffer
// that grows (and moves) while the record is read; every field must still be right.
void TestCsvReader::longEscapedFields()
{
    QByteArray data = "a\n";
    QStringList expected;
    for (int i = 0; i < 200; ++i) {
        const QByteArray text = QByteArray(100 + i, char('a' + i % 26));
        if (i)
            data += ',';
        data += '"';
        data += text;
        data += "\"\"";
        data += QByteArray::number(i);
        data += '"';
        expected.append(QString::fromLatin1(text) + u'"' + QString::number(i));
    }
    data += '\n';
    CsvReader reader(data, ',');
    QVERIFY(reader.next());
    QVERIFY(reader.next());
    QStringList fields;
    for (const QByteArrayView field : reader.fields())
        fields.append(QString::fromUtf8(field));
    QCOMPARE(fields, expected);
    QVERIFY(!reader.next());
}

// A record may be 1 MiB long, no more: the reader never holds more than that and a chunk.
void TestCsvReader::recordLimit_data()
{
    QTest::addColumn<qsizetype>("length");
    QTest::addColumn<bool>("quoted");
    QTest::addColumn<bool>("refused");

    QTest::newRow("just fits") << CsvReader::MaxRecordBytes - 10 << false << false;
    QTest::newRow("too long") << CsvReader::MaxRecordBytes + 10 << false << true;
    QTest::newRow("too long, in quotes with line breaks") << CsvReader::MaxRecordBytes + 10 << true << true;
}

void TestCsvReader::recordLimit()
{
    QFETCH(qsizetype, length);
    QFETCH(bool, quoted);
    QFETCH(bool, refused);
    QByteArray field(length, 'x');
    if (quoted) {
        for (qsizetype i = 100; i < field.size(); i += 100)
            field[i] = '\n';
        field = '"' + field + '"';
    }
    const QByteArray data = "a,b\n1,2\n3," + field + "\n5,6\n";
    for (const qsizetype chunk : {qsizetype(4096), TextSource::ChunkBytes}) {
        Streamed streamed(data, ',', chunk);
        int records = 0;
        try {
            while (streamed.reader->next())
                ++records;
            QVERIFY(!refused);
            QCOMPARE(records, 4);
        } catch (const FormatError &e) {
            QVERIFY(refused);
            QCOMPARE(records, 2);
            QCOMPARE(e.message(), u"line 3: a record is longer than 1 MiB; this is no survey export"_s);
        }
    }
    // Text in memory is bounded the same way.
    CsvReader memory(data, ',');
    try {
        while (memory.next()) {
        }
        QVERIFY(!refused);
    } catch (const FormatError &e) {
        QVERIFY(refused);
        QCOMPARE(e.message(), u"line 3: a record is longer than 1 MiB; this is no survey export"_s);
    }
}

// Input that never ends ends with an error and a line number, in bounded memory.
void TestCsvReader::endless_data()
{
    QTest::addColumn<QByteArray>("prefix");
    QTest::addColumn<QByteArray>("pattern");
    QTest::addColumn<QString>("message");

    QTest::newRow("/dev/zero") << QByteArray() << QByteArray(1, '\0')
                               << u"line 1: the file holds NUL bytes: it is binary data, not text"_s;
    QTest::newRow("one endless line") << QByteArray() << QByteArray("ab,")
                                      << u"line 1: a record is longer than 1 MiB; this is no survey export"_s;
    QTest::newRow("an endless quote") << QByteArray("a,b\n1,2\n3,\"") << QByteArray("xy\n")
                                      << u"line 3: a record is longer than 1 MiB; this is no survey export"_s;
}

void TestCsvReader::endless()
{
    QFETCH(QByteArray, prefix);
    QFETCH(QByteArray, pattern);
    QFETCH(QString, message);
    Endless device(pattern, prefix);
    try {
        TextSource source(&device);
        CsvReader reader(&source, ',');
        while (reader.next()) {
        }
        QFAIL("it ended");
    } catch (const FormatError &e) {
        QCOMPARE(e.message(), message);
    }
}

void TestCsvReader::progress()
{
    CsvReader reader(QByteArray("a,b\n1,2\n3,4\n"), ',');
    QCOMPARE(reader.progress(), 0.0);
    while (reader.next())
        QVERIFY(reader.progress() > 0.0 && reader.progress() <= 1.0);
    QCOMPARE(reader.progress(), 1.0);
    QCOMPARE(CsvReader(QByteArray(), ',').progress(), 1.0);
}

// The delimiter that gives the same number of fields on most of the first records wins, then
// the one that gives more fields; not the one the header has most of.
void TestCsvReader::sniff_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<bool>("complete");
    QTest::addColumn<char>("delimiter");

    QTest::newRow("comma") << QByteArray("stage,nps\nAwareness,9\nPurchase,3\n") << true << ',';
    QTest::newRow("semicolon") << QByteArray("stage;nps;comment\nAwareness;9;\"a, b\"\n") << true << ';';
    QTest::newRow("tab") << QByteArray("stage\tnps\tcomment\nAwareness\t9\tfine, thanks; really\n") << true << '\t';
    QTest::newRow("pipe") << QByteArray("stage|nps\nA|9\nB|3\n") << true << '|';
    QTest::newRow("commas in unquoted question texts")
        << QByteArray("Thinking of your visit, which part was it?;On a scale from 0 to 10, how likely, all in all, are you to "
                      "recommend us?;Region\nStore visit;9;North\nFirst bill;3;South\nStore visit;7;East\n")
        << true << ';';
    QTest::newRow("decimal commas in the rows")
        << QByteArray("stage;minutes;nps\nStore visit;2,5;9\nFirst bill;12,25;3\nFirst bill;3;7\nStore visit;0,5;10\n") << true << ';';
    QTest::newRow("semicolons in a quoted header") << QByteArray("\"a;b;c\",stage\n1;2,Awareness\n3;4,Purchase\n") << true << ',';
    QTest::newRow("quoted commas everywhere (Google Forms)")
        << QByteArray("\"Timestamp\",\"Which part, roughly?\",\"Score\"\n\"2026/03/09 9:14:02 AM GMT\",\"Store visit, city\",\"9\"\n")
        << true << ',';
    QTest::newRow("a cut record at the end of the head") << QByteArray("a;b;c\n1;2;3\n4;5;6\n7;\"8,9,10,11,12") << false << ';';
    QTest::newRow("one column") << QByteArray("stage\nStore visit\nFirst bill\n") << true << ',';
    QTest::newRow("empty") << QByteArray() << true << ',';
}

void TestCsvReader::sniff()
{
    QFETCH(QByteArray, data);
    QFETCH(bool, complete);
    QFETCH(char, delimiter);
    QCOMPARE(int(CsvDialect::sniff(data, complete)), int(delimiter));
}

void TestCsvReader::delimiterNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("delimiter"); // -1: refused

    QTest::newRow(",") << u","_s << int(',');
    QTest::newRow("semicolon") << u"Semicolon"_s << int(';');
    QTest::newRow("tab") << u"tab"_s << int('\t');
    QTest::newRow("\\t") << u"\\t"_s << int('\t');
    QTest::newRow("pipe") << u"|"_s << int('|');
    QTest::newRow("colon") << u":"_s << int(':');
    QTest::newRow("a quote") << u"\""_s << -1;
    QTest::newRow("a letter") << u"x"_s << -1;
    QTest::newRow("two") << u";;"_s << -1;
}

void TestCsvReader::delimiterNames()
{
    QFETCH(QString, name);
    QFETCH(int, delimiter);
    const std::optional<char> found = CsvDialect::delimiterFromName(name);
    QCOMPARE(found ? int(*found) : -1, delimiter);
}

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
