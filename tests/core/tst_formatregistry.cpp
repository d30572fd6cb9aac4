// The format registry: the one list of formats, what each says about itself, and how a file
// finds its format.

#include "io/formaterror.h"
#include "io/formatregistry.h"
#include "support/testsupport.h"

#include <QFile>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Waymark;
using Purpose = FormatRegistry::Purpose;

namespace {

// What adding a format takes: one class...
class TextOutlineFormat : public MapFormat
{
public:
    QString name() const override { return u"outline"_s; }
    QString label() const override { return u"Text outline"_s; }
    QStringList extensions() const override { return {u"outline"_s, u"txt"_s}; }
    QList<ExportOption> options() const override { return {ExportOption::StageRange}; }
};

} // namespace

class TestFormatRegistry : public QObject
{
    Q_OBJECT

private slots:
    void coreFormats();
    void everyFormatDescribesItself();
    void forFile_data();
    void forFile();
    void readRefuses_data();
    void readRefuses();
    void variantsHonourTheirSwitch();
    void fileFilters();
    void aFormatIsOneClassAndOneLine();
};

void TestFormatRegistry::coreFormats()
{
    // The core's own, in their order; the UI adds the drawing formats in main().
    QCOMPARE(FormatRegistry::instance().names(Purpose::Read), (QStringList{u"json"_s, u"mermaid"_s, u"csv"_s, u"blueprint"_s}));
    QCOMPARE(FormatRegistry::instance().names(Purpose::Write), (QStringList{u"json"_s, u"mermaid"_s, u"csv"_s}));
}

void TestFormatRegistry::everyFormatDescribesItself()
{
    QSet<QString> names;
    for (const MapFormat *format : FormatRegistry::instance().formats()) {
        QVERIFY(!format->name().isEmpty());
        QCOMPARE(format->name(), format->name().toLower());
        QVERIFY2(!names.contains(format->name()), qPrintable(format->name()));
        names.insert(format->name());
        QVERIFY(!format->label().isEmpty());
        QVERIFY(!format->extensions().isEmpty());
        QVERIFY(format->canRead() || format->canWrite());
        QCOMPARE(FormatRegistry::instance().byName(format->name().toUpper()), format);
        for (const FormatVariant &variant : format->variants()) {
            QVERIFY(!variant.key.isEmpty() && !variant.label.isEmpty());
            QVERIFY(variant.options.contains(variant.option));
            QVERIFY(!format->honours(variant.option)); // the switch makes the variant
        }
    }
}

void TestFormatRegistry::forFile_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("reading");
    QTest::addColumn<QString>("format"); // empty: none

    QTest::newRow("json to write") << u"out.json"_s << false << u"json"_s;
    QTest::newRow("Waymark json to read") << Test::fixture(u"schema-1/blank.json"_s) << true << u"json"_s;
    QTest::newRow("Blueprint Signal json to read") << Test::fixture(u"blueprint/starter.json"_s) << true << u"blueprint"_s;
    QTest::newRow("json that is missing") << u"/nonexistent/x.json"_s << true << u"json"_s;
    QTest::newRow("mmd") << u"a.mmd"_s << true << u"mermaid"_s;
    QTest::newRow("MERMAID") << u"a.MERMAID"_s << false << u"mermaid"_s;
    QTest::newRow("csv") << u"cards.csv"_s << true << u"csv"_s;
    QTest::newRow("unknown") << u"a.docx"_s << true << QString();
    QTest::newRow("no extension") << u"README"_s << false << QString();
}

void TestFormatRegistry::forFile()
{
    QFETCH(QString, path);
    QFETCH(bool, reading);
    QFETCH(QString, format);
    const MapFormat *found = FormatRegistry::instance().forFile(path, reading ? Purpose::Read : Purpose::Write);
    QCOMPARE(found ? found->name() : QString(), format);
}

void TestFormatRegistry::readRefuses_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown extension") << u"map.docx"_s << QString()
                                       << u"cannot tell the format of 'map.docx' from its name: Waymark reads .json, .mmd, .mermaid, .csv"_s;
    QTest::newRow("unknown format") << u"map.json"_s << u"xml"_s << u"'xml' is not a format Waymark reads (it reads: json, mermaid, csv, blueprint)"_s;
    QTest::newRow("missing file") << u"/nonexistent/journey.mmd"_s << QString() << u"cannot read '/nonexistent/journey.mmd'"_s;
}

void TestFormatRegistry::readRefuses()
{
    QFETCH(QString, path);
    QFETCH(QString, format);
    QFETCH(QString, message);
    try {
        FormatRegistry::instance().read(path, format);
        QFAIL("no error");
    } catch (const FormatError &e) {
        QVERIFY2(e.message().startsWith(message), qPrintable(e.message()));
    }
}

void TestFormatRegistry::variantsHonourTheirSwitch()
{
    const MapFormat *csv = FormatRegistry::instance().byName(u"csv"_s);
    const auto roadmap = csv->variant(u"roadmap"_s);
    QVERIFY(roadmap);
    QCOMPARE(roadmap->option, ExportOption::Roadmap);
    QVERIFY(!csv->variant(u"report"_s));
    QVERIFY(FormatRegistry::instance().byName(u"mermaid"_s)->honours(ExportOption::Lanes));
    QVERIFY(!FormatRegistry::instance().byName(u"json"_s)->honours(ExportOption::Lanes));
}

void TestFormatRegistry::fileFilters()
{
    const QString read = FormatRegistry::instance().fileFilter(Purpose::Read);
    QVERIFY2(read.startsWith(u"All maps Waymark can import (*.json *.mmd *.mermaid *.csv);;"_s), qPrintable(read));
    QVERIFY(read.contains(u"Blueprint Signal project (*.json)"_s));
    QVERIFY(read.contains(u"Mermaid journey diagram (*.mmd *.mermaid)"_s));
    const QString write = FormatRegistry::instance().fileFilter(Purpose::Write);
    QVERIFY(!write.contains(u"Blueprint"_s));
}

void TestFormatRegistry::aFormatIsOneClassAndOneLine()
{
    // ...and one registration line:
    FormatRegistry::instance().add(std::make_unique<TextOutlineFormat>());
    QVERIFY(FormatRegistry::instance().names(Purpose::Write).contains(u"outline"_s));
    QVERIFY(!FormatRegistry::instance().names(Purpose::Read).contains(u"outline"_s));
    QCOMPARE(FormatRegistry::instance().forFile(u"notes.txt"_s)->name(), u"outline"_s);
    QVERIFY(FormatRegistry::instance().fileFilter(Purpose::Write).endsWith(u";;Text outline (*.outline *.txt)"_s));
    // A second one by the same name is not a second format.
    FormatRegistry::instance().add(std::make_unique<TextOutlineFormat>());
    QCOMPARE(FormatRegistry::instance().names(Purpose::Write).count(u"outline"_s), 1);
    // It cannot be read from, and says so.
    QVERIFY_THROWS_EXCEPTION(FormatError, FormatRegistry::instance().read(u"notes.outline"_s, u"outline"_s));
}

QTEST_GUILESS_MAIN(TestFormatRegistry)
#include "tst_formatregistry.moc"
