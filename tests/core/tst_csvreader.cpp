// The CSV reader (DESIGN.md, "CSV import"): RFC 4180 quoting (delimiters, line breaks and
// doubled quotes inside quotes), a UTF-8 byte-order mark, CRLF, LF or CR line ends, the
// delimiter detected from the header line, empty cells, and the physical line each record
// starts on, which every "line N: reason" of an import is made of.

#include "io/csvreader.h"

#include <QTest>

using namespace Qt::StringLiterals;
using Waymark::CsvReader;

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
    void progress();
    void invalidUtf8Line_data();
    void invalidUtf8Line();
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

    CsvReader reader(data);
    QCOMPARE(int(reader.delimiter()), int(delimiter));
    Records read;
    Lines readLines;
    readAll(reader, &read, &readLines);
    QCOMPARE(reader.error(), QString());
    QCOMPARE(read, records);
    QCOMPARE(readLines, lines);
    QCOMPARE(reader.next(), false); // stays at the end
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
    QTest::newRow("semicolon, comma is text") << QByteArray("a;b;c\n1,2,3\n1;2;3\n") << QList<int>{3, 1, 3}
                                              << Lines{1, 2, 3};
}

void TestCsvReader::fieldCounts()
{
    QFETCH(QByteArray, data);
    QFETCH(QList<int>, counts);
    QFETCH(Lines, lines);

    CsvReader reader(data);
    QList<int> readCounts;
    Lines readLines;
    while (reader.next()) {
        readCounts.append(int(reader.fields().size()));
        readLines.append(reader.line());
    }
    QCOMPARE(reader.error(), QString());
    QCOMPARE(readCounts, counts);
    QCOMPARE(readLines, lines);
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

    CsvReader reader(data);
    int records = 0;
    while (reader.next())
        ++records;
    QCOMPARE(records, recordsBefore);
    QCOMPARE(reader.error(), error);
    QVERIFY(reader.fields().isEmpty());
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
    CsvReader reader(data);
    QVERIFY(reader.next());
    QVERIFY(reader.next());
    QStringList fields;
    for (const QByteArrayView field : reader.fields())
        fields.append(QString::fromUtf8(field));
    QCOMPARE(fields, expected);
    QVERIFY(!reader.next());
}

void TestCsvReader::progress()
{
    CsvReader reader("a,b\n1,2\n3,4\n");
    QCOMPARE(reader.progress(), 0.0);
    while (reader.next())
        QVERIFY(reader.progress() > 0.0 && reader.progress() <= 1.0);
    QCOMPARE(reader.progress(), 1.0);
    QCOMPARE(CsvReader(QByteArray()).progress(), 1.0);
}

void TestCsvReader::invalidUtf8Line_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<qint64>("line");

    QTest::newRow("valid") << QByteArray("stage,name\nKöp,Zoë\n") << qint64(0);
    QTest::newRow("empty") << QByteArray() << qint64(0);
    QTest::newRow("Latin-1 on line 3") << QByteArray("stage,name\nA,b\nK\xf6p,c\nD,e\n") << qint64(3);
    QTest::newRow("in the header") << QByteArray("st\xe4ge,name\nA,b\n") << qint64(1);
    QTest::newRow("last line, no line break") << QByteArray("a\nb\n\xff") << qint64(3);
}

void TestCsvReader::invalidUtf8Line()
{
    QFETCH(QByteArray, data);
    QFETCH(qint64, line);
    QCOMPARE(CsvReader::firstInvalidUtf8Line(data), line);
}

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
