// Exports carry every word: a 400-character card description and a 45-character stage name
// are found whole, with the tools a reader has (poppler's pdftotext, an XML reader), in the
// map PDF, the report and the SVG; cells grow with the text (a taller PNG); --compact keeps
// the canvas's clamped look. Also: the measured curve follows the canvas, pages share the
// stages out evenly, continued tables say so, and the corner leaves the title to the sheet.

#include "document/document.h"
#include "io/exportoptions.h"
#include "io/formatregistry.h"
#include "render/exportscene.h"
#include "render/mappagination.h"
#include "render/uiformats.h"
#include "support/testsupport.h"

#include <QImageReader>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;
using namespace Waymark;

namespace {

// 400 characters of words, as a CX team writes them: what a card's description explains.
const QString LongDescription = u"Customers who arrive on a Saturday morning wait twenty minutes or more before an adviser "
                                u"is free, and most of them have already compared tariffs online. They want the price they "
                                u"saw on the website, a quick credit check and a phone that works before they leave. When "
                                u"the queue screen is blank they ask staff repeatedly, and some walk out to a rival store "
                                u"across the road, losing the sale for good now."_s;
const QString LongStage = u"Setup, number transfer and first-week support"_s;

QString squashed(QString text)
{
    // A line may break after a hyphen: "trade-" then "in".
    return text.replace(QRegularExpression(u"\\s+"_s), u" "_s).replace(u"- "_s, u"-"_s).trimmed();
}

// The text of a PDF in the order it was drawn (-raw): the lines of one card come one after the
// other, whatever stands beside them.
QString pdfText(const QString &path)
{
    QProcess process;
    process.start(u"pdftotext"_s, {u"-raw"_s, path, u"-"_s});
    process.waitForFinished(120000);
    return squashed(QString::fromUtf8(process.readAllStandardOutput()));
}

// Every text node of an SVG, in document order.
QStringList svgTexts(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QXmlStreamReader xml(&file);
    QStringList texts;
    bool inText = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement())
            inText = xml.name() == u"text"_s;
        else if (xml.isEndElement())
            inText = false;
        else if (xml.isCharacters() && inText)
            texts.append(xml.text().toString());
    }
    return xml.hasError() ? QStringList{} : texts;
}

} // namespace

class TestExportText : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyWordIsThere_data();
    void everyWordIsThere();
    void compactKeepsTheClampedLook();
    void commandLineCompact();
    void pngGrowsWithTheText();
    void measuredCurveFollowsTheCanvas_data();
    void measuredCurveFollowsTheCanvas();
    void cornerLeavesTheTitleToTheSheet();
    void pagesShareTheStagesEvenly();
    void continuedTablesSaySo();

private:
    std::unique_ptr<Document> longMap();
    static void write(Document &doc, const QString &path, const ExportOptions &options = {});
    Id m_longCard = 0;
    std::unique_ptr<QTemporaryDir> m_dir;
    int m_counter = 0;
};

void TestExportText::initTestCase()
{
    registerUiFormats();
    m_dir = Test::scratchDir();
    QCOMPARE(LongDescription.size(), 400);
    QCOMPARE(LongStage.size(), 45);
    if (QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty())
        QFAIL("pdftotext is missing: ./setup.sh installs poppler-utils");
}

// The phone shop's map with the long texts: one stage renamed, one card described at length.
std::unique_ptr<Document> TestExportText::longMap()
{
    auto doc = Test::documentFromTemplate(m_dir->filePath(u"long-%1.waymark"_s.arg(++m_counter)), u"phone-store"_s);
    const Stage &stage = doc->stages().at(3);
    doc->setValue(fieldRef(stage.id, StageField::Name), LongStage);
    m_longCard = doc->cardsOfStage(doc->stages().at(1).id).first();
    doc->setValue(fieldRef(m_longCard, CardField::Description), LongDescription);
    return doc;
}

void TestExportText::write(Document &doc, const QString &path, const ExportOptions &options)
{
    const MapFormat *format = FormatRegistry::instance().forFile(path);
    QVERIFY(format);
    format->write(doc, path, options);
    QVERIFY(QFileInfo(path).size() > 0);
}

void TestExportText::everyWordIsThere_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<bool>("report");
    QTest::newRow("map pdf") << u"map.pdf"_s << false;
    QTest::newRow("report") << u"report.pdf"_s << true;
    QTest::newRow("svg") << u"map.svg"_s << false;
}

void TestExportText::everyWordIsThere()
{
    QFETCH(QString, file);
    QFETCH(bool, report);
    auto doc = longMap();
    const QString path = m_dir->filePath(file);
    ExportOptions options;
    options.report = report;
    write(*doc, path, options);
    const QString text = path.endsWith(u".svg"_s) ? squashed(svgTexts(path).join(u' ')) : pdfText(path);
    QVERIFY2(!text.isEmpty(), qPrintable(path));
    QVERIFY2(text.contains(LongDescription), qPrintable(text.left(2000)));
    QVERIFY2(text.contains(LongStage), qPrintable(text.left(2000)));
    // And every lane's name, and every card's whole title.
    for (const Lane &lane : doc->lanes())
        QVERIFY2(text.contains(lane.name), qPrintable(lane.name));
    for (const Stage &stage : doc->stages()) {
        for (const Id id : doc->cardsOfStage(stage.id))
            QVERIFY2(text.contains(squashed(doc->card(id)->title)), qPrintable(doc->card(id)->title));
    }
    QVERIFY2(!text.contains(u"\u2026"_s), "nothing is elided");
}

void TestExportText::compactKeepsTheClampedLook()
{
    auto doc = longMap();
    const QString full = m_dir->filePath(u"full.svg"_s);
    const QString compact = m_dir->filePath(u"compact.svg"_s);
    write(*doc, full);
    ExportOptions options;
    options.compact = true;
    write(*doc, compact, options);
    const QString text = squashed(svgTexts(compact).join(u' '));
    // The start of the description, then an ellipsis where it is cut after two lines.
    QVERIFY2(text.contains(LongDescription.left(30)), qPrintable(text.left(600)));
    QVERIFY(!text.contains(LongDescription));
    QVERIFY(text.contains(u"\u2026"_s));
    QVERIFY(squashed(svgTexts(full).join(u' ')).contains(LongDescription));
}

void TestExportText::commandLineCompact()
{
    // `waymark export --compact`: the canvas's short cards, so a shorter image of the same map.
    const QString map = m_dir->filePath(u"cli.waymark"_s);
    longMap()->saveAs(map);
    const Test::Run full = Test::runWaymark({u"export"_s, map, u"-o"_s, u"full.png"_s, u"--dpi"_s, u"48"_s}, m_dir->path());
    QVERIFY2(full.exitCode == 0, qPrintable(full.err));
    const Test::Run compact
        = Test::runWaymark({u"export"_s, map, u"-o"_s, u"compact.png"_s, u"--dpi"_s, u"48"_s, u"--compact"_s}, m_dir->path());
    QVERIFY2(compact.exitCode == 0, qPrintable(compact.err));
    const QSize fullSize = QImageReader(m_dir->filePath(u"full.png"_s)).size();
    const QSize compactSize = QImageReader(m_dir->filePath(u"compact.png"_s)).size();
    QCOMPARE(compactSize.width(), fullSize.width());
    QVERIFY2(compactSize.height() < fullSize.height(), qPrintable(u"%1 and %2 px"_s.arg(compactSize.height()).arg(fullSize.height())));
    QVERIFY(Test::runWaymark({u"export"_s, u"--help"_s}).out.contains(u"--compact"_s));
}

void TestExportText::pngGrowsWithTheText()
{
    auto doc = Test::documentFromTemplate(m_dir->filePath(u"grows.waymark"_s), u"phone-store"_s);
    ExportOptions options;
    options.dpi = 48;
    const auto heightOf = [&](const QString &name, const ExportOptions &o) {
        const QString path = m_dir->filePath(name);
        write(*doc, path, o);
        return QImageReader(path).size().height();
    };
    const int before = heightOf(u"before.png"_s, options);
    // The tallest row's first card: the row, and so the map, must grow.
    const Id card = doc->cardsOfStage(doc->stages().at(3).id).first();
    doc->setValue(fieldRef(card, CardField::Description), QString(LongDescription + u' ' + LongDescription));
    const int after = heightOf(u"after.png"_s, options);
    QVERIFY2(after > before, qPrintable(u"%1 px, then %2 px"_s.arg(before).arg(after)));
    // A card of 800 characters at 48 dpi adds more than a few lines of about 7 px.
    QVERIFY2(after - before > 40, qPrintable(u"%1 px, then %2 px"_s.arg(before).arg(after)));
    options.compact = true;
    const int compact = heightOf(u"compact.png"_s, options);
    QVERIFY2(compact < after, qPrintable(u"compact %1 px, full %2 px"_s.arg(compact).arg(after)));
}

void TestExportText::measuredCurveFollowsTheCanvas_data()
{
    QTest::addColumn<bool>("shown");
    QTest::newRow("shown") << true;
    QTest::newRow("hidden") << false;
}

void TestExportText::measuredCurveFollowsTheCanvas()
{
    QFETCH(bool, shown);
    auto doc = Test::documentFromTemplate(m_dir->filePath(u"measured-%1.waymark"_s.arg(shown)), u"phone-store"_s);
    QList<Response> responses;
    for (const Stage &stage : doc->stages()) {
        for (int i = 0; i < 6; ++i) {
            Response response;
            response.stage = stage.id;
            response.csat = 1 + i % 5;
            response.nps = 10 - i;
            responses.append(response);
        }
    }
    doc->insertResponses(responses);
    ExportOptions options;
    options.measuredEmotion = shown;
    const QString path = m_dir->filePath(u"measured-%1.svg"_s.arg(shown));
    write(*doc, path, options);
    const QString text = svgTexts(path).join(u'\n');
    QCOMPARE(text.contains(u"Measured (CSAT)"_s), shown);
    // The stage badges are there either way: the map has responses.
    QVERIFY(text.contains(u"NPS"_s));
}

void TestExportText::cornerLeavesTheTitleToTheSheet()
{
    auto doc = Test::documentFromTemplate(m_dir->filePath(u"corner.waymark"_s), u"bagel-shop"_s);
    const QString path = m_dir->filePath(u"corner.svg"_s);
    write(*doc, path);
    const QStringList texts = svgTexts(path);
    const QString title = doc->info().title;
    const auto titled = std::count_if(texts.cbegin(), texts.cend(), [&](const QString &t) { return t.contains(title); });
    QCOMPARE(titled, 1); // above the map, not again in the corner
    QVERIFY(texts.contains(u"Stages \u2192"_s));
}

void TestExportText::pagesShareTheStagesEvenly()
{
    auto doc = longMap();
    // Ten stages: too many for one page, but not for two.
    for (int i = 0; i < 3; ++i) {
        Stage extra;
        extra.name = u"Extra stage %1"_s.arg(i + 1);
        doc->insertStage(int(doc->stages().size()), extra);
    }
    ExportScene scene(*doc, {});
    const QSizeF page(1040, 700);
    const QList<MapPagination::Tile> tiles = MapPagination::tiles(scene, page, 120);
    QVERIFY(tiles.size() >= 2);
    QList<int> counts;
    for (const MapPagination::Tile &tile : tiles) {
        if (tile.firstRow == tiles.first().firstRow)
            counts.append(tile.lastColumn - tile.firstColumn + 1);
    }
    QVERIFY2(counts.size() >= 2, "split across");
    const auto [fewest, most] = std::minmax_element(counts.cbegin(), counts.cend());
    QVERIFY2(*most - *fewest <= 1, qPrintable(u"stages per page: %1"_s.arg(QString::number(*fewest) + u".."_s + QString::number(*most))));
    // The rows too: no page holds less than a third of what the fullest holds.
    QList<double> heights;
    for (const MapPagination::Tile &tile : tiles) {
        if (tile.firstColumn == tiles.first().firstColumn)
            heights.append(scene.tileSize(tile.firstColumn, tile.lastColumn, tile.firstRow, tile.lastRow).height());
    }
    const auto [low, high] = std::minmax_element(heights.cbegin(), heights.cend());
    QVERIFY2(*low >= *high / 3, qPrintable(u"tile heights %1 to %2"_s.arg(*low).arg(*high)));
}

void TestExportText::continuedTablesSaySo()
{
    auto doc = longMap();
    // Enough pain points that their table runs over a page.
    const Id lane = [&] {
        for (const Lane &l : doc->lanes()) {
            if (l.kind == LaneKind::PainPoints)
                return l.id;
        }
        return Id(0);
    }();
    QVERIFY(lane);
    for (int i = 0; i < 40; ++i) {
        Card card;
        card.stage = doc->stages().at(i % doc->stages().size()).id;
        card.lane = lane;
        card.kind = CardKind::PainPoint;
        card.title = u"Pain point number %1"_s.arg(i + 1);
        card.description = LongDescription.left(160 + i);
        card.position = int(doc->cardsIn(card.stage, lane).size());
        doc->insertCard(card);
    }
    const QString path = m_dir->filePath(u"continued.pdf"_s);
    ExportOptions options;
    options.report = true;
    write(*doc, path, options);
    const QString text = pdfText(path);
    QVERIFY2(text.contains(u"Pain points, most severe first (continued)"_s), qPrintable(text.right(3000)));
    for (int i = 0; i < 40; ++i)
        QVERIFY(text.contains(u"Pain point number %1 "_s.arg(i + 1)));
}

QTEST_MAIN(TestExportText)
#include "tst_exporttext.moc"
