// The bounds every value is brought within as it is read (ValueBounds), what renderers are
// handed (forDisplay), how text from a file appears in messages (MessageText), and persona
// photos decoded only when their header promises a sane picture.

#include "io/messagetext.h"
#include "io/personaphoto.h"
#include "model/fields.h"
#include "model/valuebounds.h"
#include "support/testsupport.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QImage>
#include <QTest>

#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;
using namespace Waymark;

Q_DECLARE_METATYPE(Waymark::FieldSpec)

namespace {

QByteArray encoded(const QImage &image, const char *format)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, format);
    return bytes;
}

} // namespace

class TestValueBounds : public QObject
{
    Q_OBJECT

private slots:
    void bound_data();
    void bound();
    void writesRefuseWhatReadsWouldCut_data();
    void writesRefuseWhatReadsWouldCut();
    void forDisplay_data();
    void forDisplay();
    void escaped_data();
    void escaped();
    void quoted();
    void decodePhoto_data();
    void decodePhoto();
};

void TestValueBounds::bound_data()
{
    QTest::addColumn<FieldSpec>("spec");
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<QVariant>("expected"); // invalid: the field keeps its default
    QTest::addColumn<QString>("problem");   // a fragment; empty: no warning

    const FieldSpec title = fieldSpec(Entity::Map, int(MapField::Title));
    const FieldSpec description = fieldSpec(Entity::Card, int(CardField::Description));
    const FieldSpec width = fieldSpec(Entity::Stage, int(StageField::Width));
    const FieldSpec nps = fieldSpec(Entity::Stage, int(StageField::NpsTarget));
    const FieldSpec severity = fieldSpec(Entity::Card, int(CardField::Severity));
    const FieldSpec customers = fieldSpec(Entity::BusinessPeriod, int(BusinessField::CustomersStart));
    const FieldSpec kind = fieldSpec(Entity::Lane, int(LaneField::Kind));
    const FieldSpec colour = fieldSpec(Entity::Stage, int(StageField::Color));
    const FieldSpec photo = fieldSpec(Entity::Persona, int(PersonaField::Photo));
    const FieldSpec review = fieldSpec(Entity::Map, int(MapField::ReviewDate));
    const double inf = std::numeric_limits<double>::infinity();

    QTest::newRow("title within") << title << QVariant(u"Journey"_s) << QVariant(u"Journey"_s) << QString();
    QTest::newRow("title of 64 KiB + 1") << title << QVariant(QString(65537, u'x')) << QVariant(QString(65536, u'x'))
                                         << u"longer than 65,536 characters"_s;
    QTest::newRow("title cut between a surrogate pair")
        << title << QVariant(QString(65535, u'x') + u"\U0001F600"_s) << QVariant(QString(65535, u'x'))
        << u"longer than 65,536"_s;
    QTest::newRow("description of 1 MiB") << description << QVariant(QString(1048576, u'd')) << QVariant(QString(1048576, u'd')) << QString();
    QTest::newRow("title as a number") << title << QVariant(qint64(42)) << QVariant(u"42"_s) << QString();
    QTest::newRow("title as a blob") << title << QVariant(QByteArray("caf\xc3\xa9")) << QVariant(u"café"_s) << QString();
    QTest::newRow("null title") << title << QVariant() << QVariant(QString()) << QString();
    QTest::newRow("width within") << width << QVariant(300.0) << QVariant(300.0) << QString();
    QTest::newRow("width 1e308") << width << QVariant(1e308) << QVariant(1200.0) << u"out of range 160 to 1200"_s;
    QTest::newRow("width -1") << width << QVariant(-1.0) << QVariant(160.0) << u"160 is used instead"_s;
    QTest::newRow("width infinite") << width << QVariant(inf) << QVariant() << u"holds no number"_s;
    QTest::newRow("width as text") << width << QVariant(u"wide"_s) << QVariant() << u"holds no number"_s;
    QTest::newRow("width null") << width << QVariant() << QVariant() << u"holds no number"_s;
    QTest::newRow("target unset") << nps << QVariant() << QVariant() << QString();
    QTest::newRow("target 500") << nps << QVariant(500.0) << QVariant(100.0) << u"out of range -100 to 100"_s;
    QTest::newRow("severity 9") << severity << QVariant(qint64(9)) << QVariant(qint64(5)) << u"9 is out of range 1 to 5"_s;
    QTest::newRow("severity 2.7") << severity << QVariant(2.7) << QVariant(qint64(2)) << u"out of range"_s;
    QTest::newRow("severity 2^62") << severity << QVariant(qint64(1) << 62) << QVariant(qint64(5)) << u"out of range"_s;
    QTest::newRow("customers 1e300") << customers << QVariant(1e300) << QVariant(qint64(1e15)) << u"out of range"_s;
    QTest::newRow("known kind") << kind << QVariant(u"pain_points"_s) << QVariant(u"pain_points"_s) << QString();
    QTest::newRow("unknown kind") << kind << QVariant(u"bogus"_s) << QVariant(u"touchpoints"_s) << u"'bogus' is not one of"_s;
    QTest::newRow("colour") << colour << QVariant(u"#336699"_s) << QVariant(u"#336699"_s) << QString();
    QTest::newRow("no colour") << colour << QVariant(u""_s) << QVariant(u""_s) << QString();
    QTest::newRow("not a colour") << colour << QVariant(u"ultraviolet"_s) << QVariant(QString()) << u"is not a colour"_s;
    QTest::newRow("colour of 65 characters") << colour << QVariant(u"#" + QString(64, u'a')) << QVariant(QString()) << u"is not a colour"_s;
    QTest::newRow("photo of 512 KiB") << photo << QVariant(QByteArray(512 * 1024, 'p')) << QVariant(QByteArray(512 * 1024, 'p')) << QString();
    QTest::newRow("photo of 512 KiB + 1") << photo << QVariant(QByteArray(512 * 1024 + 1, 'p')) << QVariant(QByteArray())
                                          << u"larger than 512 KiB; it is left out"_s;
    QTest::newRow("review date") << review << QVariant(u"2027-03-31"_s) << QVariant(u"2027-03-31"_s) << QString();
    QTest::newRow("no review date") << review << QVariant(u""_s) << QVariant(u""_s) << QString();
    QTest::newRow("review on 30 February") << review << QVariant(u"2027-02-30"_s) << QVariant(QString()) << u"is not a date"_s;
    QTest::newRow("review as words") << review << QVariant(u"next spring"_s) << QVariant(QString()) << u"is not a date"_s;
    QTest::newRow("review with a time") << review << QVariant(u"2027-03-31T10:00"_s) << QVariant(QString()) << u"is not a date"_s;
    QTest::newRow("review as a number") << review << QVariant(qint64(20270331)) << QVariant(QString()) << u"is not a date"_s;
}

void TestValueBounds::bound()
{
    QFETCH(FieldSpec, spec);
    QFETCH(QVariant, value);
    QFETCH(QVariant, expected);
    QFETCH(QString, problem);
    const ValueBounds::Verdict verdict = ValueBounds::bound(spec, value);
    if (problem.isEmpty())
        QCOMPARE(verdict.problem, QString());
    else
        QVERIFY2(verdict.problem.contains(problem), qPrintable(verdict.problem));
    if (!expected.isValid() && !spec.optional) {
        QVERIFY(verdict.useDefault);
        return;
    }
    QVERIFY(!verdict.useDefault);
    QCOMPARE(value.metaType(), expected.isValid() ? expected.metaType() : value.metaType());
    QCOMPARE(value, expected);
}

// What a reader would cut, a writer refuses: nothing Waymark writes comes back changed.
void TestValueBounds::writesRefuseWhatReadsWouldCut_data()
{
    QTest::addColumn<FieldSpec>("spec");
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<bool>("accepted");
    const FieldSpec title = fieldSpec(Entity::Card, int(CardField::Title));
    const FieldSpec quote = fieldSpec(Entity::Persona, int(PersonaField::Quote));
    const FieldSpec photo = fieldSpec(Entity::Persona, int(PersonaField::Photo));
    QTest::newRow("title of 64 KiB") << title << QVariant(QString(65536, u't')) << true;
    QTest::newRow("title of 64 KiB + 1") << title << QVariant(QString(65537, u't')) << false;
    QTest::newRow("quote of 1 MiB") << quote << QVariant(QString(1048576, u'q')) << true;
    QTest::newRow("quote of 1 MiB + 1") << quote << QVariant(QString(1048577, u'q')) << false;
    QTest::newRow("photo of 512 KiB + 1") << photo << QVariant(QByteArray(512 * 1024 + 1, 'p')) << false;
    const FieldSpec review = fieldSpec(Entity::Map, int(MapField::ReviewDate));
    QTest::newRow("review date") << review << QVariant(u"2027-03-31"_s) << true;
    QTest::newRow("no review date") << review << QVariant(u""_s) << true;
    QTest::newRow("review on 30 February") << review << QVariant(u"2027-02-30"_s) << false;
    QTest::newRow("review in another order") << review << QVariant(u"31/03/2027"_s) << false;
    QTest::newRow("review of 5 digits' year") << review << QVariant(u"+12027-03-31"_s) << false;
}

void TestValueBounds::writesRefuseWhatReadsWouldCut()
{
    QFETCH(FieldSpec, spec);
    QFETCH(QVariant, value);
    QFETCH(bool, accepted);
    QVariant normalized = value;
    const QString problem = normalizeValue(spec, normalized);
    QCOMPARE(problem.isEmpty(), accepted);
    if (accepted) {
        QVERIFY(ValueBounds::bound(spec, normalized).problem.isEmpty());
        QCOMPARE(normalized, value);
    }
}

void TestValueBounds::forDisplay_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("limit");
    QTest::addColumn<QString>("shown");
    QTest::newRow("short") << u"Awareness"_s << 100 << u"Awareness"_s;
    QTest::newRow("cut") << QString(5000, u'a') << 10 << QString(9, u'a') + u'\u2026';
    QTest::newRow("not between a surrogate pair") << u"abcdefgh\U0001F600xyz"_s << 10 << u"abcdefgh\u2026"_s;
    QTest::newRow("controls removed") << u"a\u0007b\u001b[31mc\u0000d"_s << 100 << u"ab[31mcd"_s;
    QTest::newRow("newline and tab kept") << u"a\nb\tc"_s << 100 << u"a\nb\tc"_s;
    QTest::newRow("lone surrogate removed") << u"x"_s + QChar(0xd800) + u"y"_s << 100 << u"xy"_s;
    QTest::newRow("non-character removed") << u"x\uffffy"_s << 100 << u"xy"_s;
}

void TestValueBounds::forDisplay()
{
    QFETCH(QString, text);
    QFETCH(int, limit);
    QFETCH(QString, shown);
    QCOMPARE(ValueBounds::forDisplay(text, limit), shown);
}

void TestValueBounds::escaped_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("escaped");
    QTest::newRow("plain") << u"'map.waymark' is damaged"_s << u"'map.waymark' is damaged"_s;
    QTest::newRow("clear screen") << u"\u001b[2J"_s << u"\\x1b[2J"_s;
    QTest::newRow("window title") << u"\u001b]0;pwned\u0007"_s << u"\\x1b]0;pwned\\x07"_s;
    QTest::newRow("carriage return") << u"ok\rfake"_s << u"ok\\rfake"_s;
    QTest::newRow("C1 CSI") << u"\u009b31m"_s << u"\\u009b31m"_s;
    QTest::newRow("right-to-left override") << u"abc\u202efed"_s << u"abc\\u202efed"_s;
    QTest::newRow("DEL") << u"a\u007fb"_s << u"a\\u007fb"_s;
    QTest::newRow("lines stay lines") << u"3 problems:\n  one\n\ttwo"_s << u"3 problems:\n  one\n\ttwo"_s;
    QTest::newRow("letters of any script") << u"Zürich — 東京 😀"_s << u"Zürich — 東京 😀"_s;
}

void TestValueBounds::escaped()
{
    QFETCH(QString, text);
    QFETCH(QString, escaped);
    QCOMPARE(MessageText::escaped(text), escaped);
}

void TestValueBounds::quoted()
{
    QCOMPARE(MessageText::quoted(u"evil\nwaymark: error: fake"_s), u"'evil\\nwaymark: error: fake'"_s);
    QCOMPARE(MessageText::quoted(QString(500, u'x'), 10), u"'xxxxxxxxxx\u2026'"_s);
    QCOMPARE(MessageText::quotedPath(u"map %2.waymark"_s), u"'map %2.waymark'"_s);
}

// Only a PNG or JPEG that says it is at most 4096 pixels a side is decoded.
void TestValueBounds::decodePhoto_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("decoded");
    QImage face(64, 48, QImage::Format_RGB32);
    face.fill(Qt::darkCyan);
    QTest::newRow("jpeg") << encoded(face, "JPEG") << true;
    QTest::newRow("png") << encoded(face, "PNG") << true;
    QTest::newRow("bmp") << encoded(face, "BMP") << false;
    QTest::newRow("png bomb 100000 x 100000") << Test::pngBomb(100000, 100000) << false;
    QTest::newRow("png bomb 5000 x 3") << Test::pngBomb(5000, 3) << false;
    QTest::newRow("png of 4096 x 2") << Test::pngBomb(4096, 2) << true;
    QTest::newRow("not an image") << QByteArray("\x89PNG\r\n\x1a\nbroken") << false;
    QTest::newRow("empty") << QByteArray() << false;
    QTest::newRow("too many bytes") << encoded(face, "PNG") + QByteArray(600 * 1024, '\0') << false;
}

void TestValueBounds::decodePhoto()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, decoded);
    QElapsedTimer clock;
    clock.start();
    const QImage image = PersonaPhoto::decode(bytes);
    QCOMPARE(!image.isNull(), decoded);
    if (decoded)
        QVERIFY(image.width() <= ValueBounds::PhotoSide && image.height() <= ValueBounds::PhotoSide);
    QVERIFY(clock.elapsed() < 10000); // a sanity bound: a bomb decoded would take minutes and gigabytes
}

QTEST_GUILESS_MAIN(TestValueBounds)
#include "tst_valuebounds.moc"
