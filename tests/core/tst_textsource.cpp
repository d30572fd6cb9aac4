// Reading text of any encoding as UTF-8, in chunks (TextSource): UTF-8 with or without a BOM,
// UTF-16 LE/BE with a BOM and without one (told by its NUL bytes), Windows-1252 when the bytes
// are not UTF-8, an encoding given by name; a character cut by a chunk's end; and every byte
// that is no text, or not the encoding after all, refused with the physical line it is on.

#include "io/formaterror.h"
#include "io/textsource.h"

#include <QBuffer>
#include <QStringEncoder>
#include <QTest>

using namespace Qt::StringLiterals;
using Waymark::FormatError;
using Waymark::TextSource;

namespace {

QByteArray readAll(const QByteArray &bytes, const QString &encoding = {}, qsizetype chunk = TextSource::ChunkBytes,
                   QString *name = nullptr, QString *reason = nullptr)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    TextSource source(&buffer, encoding, chunk);
    if (name)
        *name = source.encoding();
    if (reason)
        *reason = source.reason();
    QByteArray text;
    while (source.read(text)) {
    }
    return text;
}

QByteArray encoded(const QString &text, QStringConverter::Encoding encoding, bool bom)
{
    QStringEncoder encoder(encoding, bom ? QStringConverter::Flag::WriteBom : QStringConverter::Flag::Default);
    return encoder(text);
}

// Endless bytes, as /dev/zero or a runaway generator gives them.
class Endless : public QIODevice
{
public:
    explicit Endless(char byte)
        : m_byte(byte)
    {
        open(QIODevice::ReadOnly);
    }
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *data, qint64 size) override
    {
        std::fill(data, data + size, m_byte);
        return size;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    char m_byte;
};

const QString Sample = u"stage;name\r\nKöp;Zoë Łukasz 🙂\r\nFirst bill;€ 12,50\r\n"_s;

} // namespace

class TestTextSource : public QObject
{
    Q_OBJECT

private slots:
    void encodings_data();
    void encodings();
    void chunkBoundaries_data();
    void chunkBoundaries();
    void refused_data();
    void refused();
    void endless_data();
    void endless();
    void progress();
};

void TestTextSource::encodings_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("given");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("text");

    QTest::newRow("UTF-8") << Sample.toUtf8() << QString() << u"UTF-8"_s << u"valid UTF-8"_s << Sample;
    QTest::newRow("UTF-8, BOM") << QByteArray("\xEF\xBB\xBF") + Sample.toUtf8() << QString() << u"UTF-8"_s
                                << u"a byte-order mark"_s << Sample;
    QTest::newRow("ASCII") << QByteArray("stage,nps\nFirst bill,9\n") << QString() << u"UTF-8"_s << u"valid UTF-8"_s
                           << u"stage,nps\nFirst bill,9\n"_s;
    QTest::newRow("UTF-16LE, BOM (Excel Unicode Text)") << encoded(Sample, QStringConverter::Utf16LE, true) << QString()
                                                        << u"UTF-16LE"_s << u"a byte-order mark"_s << Sample;
    QTest::newRow("UTF-16BE, BOM") << encoded(Sample, QStringConverter::Utf16BE, true) << QString() << u"UTF-16BE"_s
                                   << u"a byte-order mark"_s << Sample;
    QTest::newRow("UTF-16LE, no BOM") << encoded(Sample, QStringConverter::Utf16LE, false) << QString() << u"UTF-16LE"_s
                                      << u"NUL bytes between the characters"_s << Sample;
    QTest::newRow("UTF-16BE, no BOM") << encoded(Sample, QStringConverter::Utf16BE, false) << QString() << u"UTF-16BE"_s
                                      << u"NUL bytes between the characters"_s << Sample;
    // Excel's "CSV (semicolon)" on a German Windows: ö ä ß € as single bytes.
    QTest::newRow("Windows-1252") << QByteArray("Phase;Geschlecht;Betrag\r\nF\xf6rdern;m\xe4nnlich;\x80 3\r\nStra\xdf" "e;;\r\n")
                                  << QString() << u"windows-1252"_s << u"not valid UTF-8"_s
                                  << u"Phase;Geschlecht;Betrag\r\nFördern;männlich;€ 3\r\nStraße;;\r\n"_s;
    QTest::newRow("given: windows-1252") << QByteArray("a\n\x93quoted\x94\n") << u"cp1252"_s << u"windows-1252"_s << u"given"_s
                                         << u"a\n\u201cquoted\u201d\n"_s;
    QTest::newRow("given: ISO-8859-15") << QByteArray("a\n\xa4\n") << u"ISO-8859-15"_s << u"ISO-8859-15"_s << u"given"_s
                                        << u"a\n€\n"_s;
    QTest::newRow("given: UTF-8, BOM dropped") << QByteArray("\xEF\xBB\xBFx\n") << u"utf-8"_s << u"UTF-8"_s << u"given"_s
                                               << u"x\n"_s;
    QTest::newRow("given: UTF-16LE, BOM dropped") << encoded(u"x\n"_s, QStringConverter::Utf16LE, true) << u"UTF-16LE"_s
                                                  << u"UTF-16LE"_s << u"given"_s << u"x\n"_s;
    QTest::newRow("empty") << QByteArray() << QString() << u"UTF-8"_s << u"valid UTF-8"_s << QString();
}

void TestTextSource::encodings()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, given);
    QFETCH(QString, encoding);
    QFETCH(QString, reason);
    QFETCH(QString, text);

    QString name, why;
    const QByteArray utf8 = readAll(bytes, given, TextSource::ChunkBytes, &name, &why);
    QCOMPARE(name, encoding);
    QCOMPARE(why, reason);
    QCOMPARE(QString::fromUtf8(utf8), text);
}

// Characters of two, three and four bytes (and UTF-16 surrogate pairs) cut by every chunk size.
void TestTextSource::chunkBoundaries_data()
{
    QTest::addColumn<QString>("encoding");
    for (const char *encoding : {"UTF-8", "UTF-16LE", "windows-1252"})
        QTest::newRow(encoding) << QString::fromLatin1(encoding);
}

void TestTextSource::chunkBoundaries()
{
    QFETCH(QString, encoding);
    const QString text = encoding == u"windows-1252"_s ? u"Köp;€ 3\nZoë;Straße\n"_s : Sample;
    QStringEncoder encoder(encoding.toLatin1().constData());
    const QByteArray bytes = encoder(text);
    for (qsizetype chunk = 1; chunk <= 9; ++chunk)
        QCOMPARE(QString::fromUtf8(readAll(bytes, encoding, chunk)), text);
}

void TestTextSource::refused_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("given");
    QTest::addColumn<qsizetype>("chunk");
    QTest::addColumn<QString>("message");

    QTest::newRow("NUL in the text") << QByteArray("stage,nps\nFirst bill,9\nStore\0visit,3\n", 36) << QString()
                                     << TextSource::ChunkBytes << u"line 3: the file holds NUL bytes: it is binary data, not text"_s;
    QTest::newRow("a ZIP file (an .xlsx)") << QByteArray("PK\x03\x04\x14\0\x06\0\x08\0\0\0!\0", 14) << QString()
                                           << TextSource::ChunkBytes << u"line 1: the file holds NUL bytes: it is binary data, not text"_s;
    QTest::newRow("given UTF-8, Latin-1 bytes on line 3") << QByteArray("stage,name\nA,b\nK\xf6p,c\nD,e\n") << u"UTF-8"_s
                                                          << TextSource::ChunkBytes
                                                          << u"line 3: the file is not valid UTF-8 text; save it as UTF-8 or name its encoding (--encoding)"_s;
    QTest::newRow("UTF-8 BOM, then not UTF-8") << QByteArray("\xEF\xBB\xBFst\xe4ge,name\nA,b\n") << QString() << TextSource::ChunkBytes
                                               << u"line 1: the file is not valid UTF-8 text; save it as UTF-8 or name its encoding (--encoding)"_s;
    // The head said UTF-8; a Windows-1252 byte comes after it.
    QTest::newRow("UTF-8 head, then not UTF-8")
        << QByteArray("a,b\n1,2\n3,4\n5,\xe9\n") << QString() << qsizetype(6)
        << u"line 4: the text is not UTF-8 after all (the first 64 KiB were); if it is Windows-1252 (Excel's \"CSV\"), name that "
           "encoding (--encoding windows-1252)"_s;
    QTest::newRow("cut in a character") << QByteArray("a\nb\xc3") << u"UTF-8"_s << TextSource::ChunkBytes
                                        << u"line 2: the file ends inside a UTF-8 character"_s;
    QTest::newRow("unknown encoding") << QByteArray("a\n") << u"klingon-8"_s << TextSource::ChunkBytes
                                      << u"'klingon-8' is not an encoding this version knows (for example UTF-8, UTF-16LE, windows-1252)"_s;
}

void TestTextSource::refused()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, given);
    QFETCH(qsizetype, chunk);
    QFETCH(QString, message);
    try {
        readAll(bytes, given, chunk);
        QFAIL("no error");
    } catch (const FormatError &e) {
        QCOMPARE(e.message(), message);
    }
}

// /dev/zero, and an endless stream of text: the first stops at once; the second is handed out
// chunk by chunk (the CSV reader bounds the record).
void TestTextSource::endless_data()
{
    QTest::addColumn<char>("byte");
    QTest::newRow("zeros") << '\0';
    QTest::newRow("letters") << 'a';
}

void TestTextSource::endless()
{
    QFETCH(char, byte);
    Endless device(byte);
    try {
        TextSource source(&device);
        QByteArray text;
        for (int i = 0; i < 8; ++i) {
            QVERIFY(source.read(text));
            QVERIFY(text.size() <= (i + 1) * TextSource::ChunkBytes);
            text.clear();
        }
        QVERIFY(byte != '\0');
    } catch (const FormatError &e) {
        QCOMPARE(byte, '\0');
        QCOMPARE(e.message(), u"line 1: the file holds NUL bytes: it is binary data, not text"_s);
    }
}

void TestTextSource::progress()
{
    const QByteArray bytes = QByteArray(10000, 'x') + '\n';
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    TextSource source(&buffer, {}, 1000);
    QByteArray text;
    double last = 0;
    while (source.read(text)) {
        QVERIFY(source.progress() >= last);
        last = source.progress();
    }
    QCOMPARE(last, 1.0);
    QCOMPARE(text, bytes);
}

QTEST_GUILESS_MAIN(TestTextSource)
#include "tst_textsource.moc"
