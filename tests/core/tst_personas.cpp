// Personas as data: photos scaled down on the way in, every field through the file and the
// JSON interchange, and copying personas from one map into another.

#include "commands/importpersonascommand.h"
#include "document/document.h"
#include "io/formaterror.h"
#include "io/jsonmapformat.h"
#include "io/personaimport.h"
#include "io/personaphoto.h"
#include "support/testsupport.h"

#include <QBuffer>
#include <QFile>
#include <QImage>
#include <QImageReader>
#include <QPainter>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace Waymark;

namespace {

QImage picture(int width, int height, bool transparent)
{
    QImage image(width, height, transparent ? QImage::Format_ARGB32 : QImage::Format_RGB32);
    image.fill(transparent ? Qt::transparent : Qt::white);
    QPainter painter(&image);
    painter.setBrush(QColor(0x25, 0x63, 0xeb));
    painter.drawEllipse(QRect(0, 0, width, height).adjusted(width / 8, height / 8, -width / 8, -height / 8));
    return image;
}

QImage decode(const QByteArray &bytes, QByteArray *format)
{
    QBuffer buffer(const_cast<QByteArray *>(&bytes));
    QImageReader reader(&buffer);
    *format = reader.format();
    return reader.read();
}

Persona fullPersona(const QString &name)
{
    Persona p;
    p.name = name;
    p.role = u"Office manager"_s;
    p.age = 41;
    p.gender = u"female"_s;
    p.segment = u"SMB"_s;
    p.quote = u"\u201cJust make it work on Monday.\u201d"_s;
    p.goals = u"Fewer tickets\nHappy team"_s;
    p.needs = u"One invoice"_s;
    p.pains = u"Surprise charges"_s;
    p.motivations = u"Looking competent"_s;
    p.says = u"We tried that"_s;
    p.thinks = u"Is this worth it?"_s;
    p.does = u"Compares three quotes"_s;
    p.feels = u"Stretched"_s;
    p.color = QColor(0x7c, 0x3a, 0xed);
    p.photo = PersonaPhoto::fromImage(picture(640, 480, false));
    return p;
}

} // namespace

class TestPersonas : public QObject
{
    Q_OBJECT

private slots:
    void photoIsScaledDown_data();
    void photoIsScaledDown();
    void photoRefusesWhatItCannotUse_data();
    void photoRefusesWhatItCannotUse();
    void personaRoundTripsThroughFileAndJson();
    void importCopiesPersonasBetweenMaps();
    void importSkipsNamesTheMapHas();
};

void TestPersonas::photoIsScaledDown_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<bool>("transparent");
    QTest::addColumn<QSize>("stored");
    QTest::addColumn<QByteArray>("format");
    QTest::newRow("landscape photo") << QSize(1600, 1000) << false << QSize(256, 160) << QByteArray("jpeg");
    QTest::newRow("portrait photo") << QSize(600, 1200) << false << QSize(128, 256) << QByteArray("jpeg");
    QTest::newRow("small stays") << QSize(120, 90) << false << QSize(120, 90) << QByteArray("jpeg");
    QTest::newRow("transparent logo") << QSize(512, 512) << true << QSize(256, 256) << QByteArray("png");
}

void TestPersonas::photoIsScaledDown()
{
    QFETCH(QSize, size);
    QFETCH(bool, transparent);
    QFETCH(QSize, stored);
    QFETCH(QByteArray, format);
    const auto dir = Test::scratchDir();
    const QString path = dir->filePath(transparent ? u"in.png"_s : u"in.jpg"_s);
    QVERIFY(picture(size.width(), size.height(), transparent).save(path));

    const QByteArray bytes = PersonaPhoto::fromFile(path);
    QVERIFY(bytes.size() <= PersonaPhoto::MaxStoredBytes);
    QByteArray actualFormat;
    const QImage image = decode(bytes, &actualFormat);
    QCOMPARE(image.size(), stored);
    QCOMPARE(actualFormat, format);
}

void TestPersonas::photoRefusesWhatItCannotUse_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("message");
    QTest::newRow("missing") << u"missing"_s << u"does not exist"_s;
    QTest::newRow("not an image") << u"text"_s << u"is not an image Waymark can read"_s;
    QTest::newRow("too large") << u"huge"_s << u"is too large for a persona photo"_s;
}

void TestPersonas::photoRefusesWhatItCannotUse()
{
    QFETCH(QString, kind);
    QFETCH(QString, message);
    const auto dir = Test::scratchDir();
    const QString path = dir->filePath(u"photo.png"_s);
    if (kind != u"missing"_s) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("these are notes, not a picture\n");
        if (kind == u"huge"_s)
            QVERIFY(file.resize(PersonaPhoto::MaxFileBytes + 1)); // sparse: costs no disk
    }
    try {
        PersonaPhoto::fromFile(path);
        QFAIL("accepted");
    } catch (const FormatError &e) {
        QVERIFY2(e.message().contains(message), qPrintable(e.message()));
        QVERIFY2(e.message().contains(u"photo.png"_s), qPrintable(e.message()));
    }
}

void TestPersonas::personaRoundTripsThroughFileAndJson()
{
    const auto dir = Test::scratchDir();
    MapData data;
    data.info.title = u"Cast"_s;
    Persona first = fullPersona(u"Dana"_s);
    first.id = 1;
    Persona second;
    second.id = 2;
    second.name = u"No photo"_s;
    data.personas = {first, second};
    const QString path = dir->filePath(u"cast.waymark"_s);
    Document::create(path, data).reset();

    const auto reopened = Document::open(path, Store::Access::ReadOnly);
    QCOMPARE(reopened->personas().size(), 2);
    QCOMPARE(reopened->personas().at(0), first);
    QCOMPARE(reopened->personas().at(1), second);
    QVERIFY(reopened->personas().at(1).photo.isEmpty());

    const QByteArray json = JsonMapFormat::serialize(reopened->snapshot());
    const MapData parsed = JsonMapFormat::parse(json, u"cast.json"_s);
    QCOMPARE(parsed.personas, reopened->personas());
    QCOMPARE(JsonMapFormat::serialize(parsed), json);
}

void TestPersonas::importCopiesPersonasBetweenMaps()
{
    const auto dir = Test::scratchDir();
    MapData sourceData;
    Persona dana = fullPersona(u"Dana"_s);
    dana.id = 1;
    Persona eli = fullPersona(u"Eli"_s);
    eli.id = 2;
    eli.photo.clear();
    eli.color = QColor();
    sourceData.personas = {dana, eli};
    const QString sourcePath = dir->filePath(u"source.waymark"_s);
    Document::create(sourcePath, sourceData).reset();
    const QByteArray sourceDigest = Test::digest(sourcePath);

    auto target = Test::documentFromTemplate(dir->filePath(u"target.waymark"_s), u"phone-store"_s);
    const QList<Persona> own = target->personas();
    const QString before = Test::dumpTables(target->path());

    const QList<Persona> incoming = PersonaImport::readFrom(sourcePath);
    QCOMPARE(incoming.size(), 2);
    QCOMPARE(Test::digest(sourcePath), sourceDigest); // only read
    QUndoStack stack;
    stack.push(new ImportPersonasCommand(target.get(), PersonaImport::newTo(*target, incoming)));
    QCOMPARE(stack.count(), 1);
    QCOMPARE(stack.undoText(), u"Import Personas"_s);
    QCOMPARE(target->personas().size(), own.size() + 2);
    for (int i = 0; i < 2; ++i) {
        Persona copied = target->personas().at(own.size() + i);
        QVERIFY(copied.id != 0);
        copied.id = sourceData.personas.at(i).id;
        QCOMPARE(copied, sourceData.personas.at(i));
    }
    // Emotion points and card tags stay behind: they belong to the other map's stages and cards.
    for (int i = 0; i < 2; ++i) {
        const Id id = target->personas().at(own.size() + i).id;
        QVERIFY(target->emotionPointsOf(id).isEmpty());
        QVERIFY(target->cardsTagged(id).isEmpty());
    }
    const QString after = Test::dumpTables(target->path());
    QCOMPARE(target->snapshot(), Document::open(target->path(), Store::Access::ReadOnly)->snapshot());

    stack.undo();
    QCOMPARE(target->personas(), own);
    QCOMPARE(Test::dumpTables(target->path()), before);
    stack.redo();
    QCOMPARE(Test::dumpTables(target->path()), after);
}

void TestPersonas::importSkipsNamesTheMapHas()
{
    const auto dir = Test::scratchDir();
    auto target = Test::documentFromTemplate(dir->filePath(u"target.waymark"_s), u"phone-store"_s);
    const QString taken = target->personas().first().name;
    Persona same;
    same.name = u"  "_s + taken.toUpper() + u" "_s;
    Persona fresh;
    fresh.name = u"Newcomer"_s;
    Persona twice = fresh;
    QStringList skipped;
    const QList<Persona> added = PersonaImport::newTo(*target, {same, fresh, twice}, &skipped);
    QCOMPARE(added.size(), 1);
    QCOMPARE(added.first().name, u"Newcomer"_s);
    QCOMPARE(skipped, (QStringList{same.name, u"Newcomer"_s})); // a second of the same name in the source too
}

QTEST_GUILESS_MAIN(TestPersonas)
#include "tst_personas.moc"
