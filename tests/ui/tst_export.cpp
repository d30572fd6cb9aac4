// Every built-in template exported as a user would: PNG at several resolutions, SVG, the map
// PDF and the report, checked with the tools a user's machine has (poppler's pdfinfo and
// pdftotext) rather than with our own reader.

#include "document/document.h"
#include "io/exportoptions.h"
#include "io/formaterror.h"
#include "io/formatregistry.h"
#include "render/pagecanvas.h"
#include "render/pdfmapformat.h"
#include "render/uiformats.h"
#include "support/testsupport.h"
#include "templates/templatelibrary.h"

#include <QApplication>
#include <QImage>
#include <QImageReader>
#include <QPrinter>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;
using namespace Waymark;

class TestExport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void pngFollowsDpi_data();
    void pngFollowsDpi();
    void pngBackground_data();
    void pngBackground();
    void svgIsXmlWithText_data();
    void svgIsXmlWithText();
    void mapPdf_data();
    void mapPdf();
    void report_data();
    void report();
    void reportWithSurveyData();
    void stageRange();
    void printerGetsTheSamePages();
    void progressAndCancel_data();
    void progressAndCancel();
    void unwritableTarget();
    void headlessCommandLine();

private:
    static void templateRows();
    std::unique_ptr<Document> open(const QString &templateName);
    static void write(Document &doc, const QString &path, const ExportOptions &options = {});
    static QString pdfText(const QString &path, int page = 0);
    static int pdfPages(const QString &path);
    static QString squashed(QString text);

    std::unique_ptr<QTemporaryDir> m_dir;
    int m_counter = 0;
};

void TestExport::initTestCase()
{
    registerUiFormats();
    m_dir = Test::scratchDir();
    for (const char *tool : {"pdfinfo", "pdftotext"}) {
        if (QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty())
            QFAIL(qPrintable(u"%1 is missing: ./setup.sh installs poppler-utils"_s.arg(QString::fromLatin1(tool))));
    }
}

void TestExport::templateRows()
{
    QTest::addColumn<QString>("templateName");
    for (const TemplateLibrary::Entry &entry : TemplateLibrary::entries()) {
        if (entry.name != u"blank"_s)
            QTest::newRow(qPrintable(entry.name)) << entry.name;
    }
}

std::unique_ptr<Document> TestExport::open(const QString &templateName)
{
    return Test::documentFromTemplate(m_dir->filePath(u"map-%1.waymark"_s.arg(++m_counter)), templateName);
}

void TestExport::write(Document &doc, const QString &path, const ExportOptions &options)
{
    const MapFormat *format = FormatRegistry::instance().forFile(path);
    QVERIFY(format);
    format->write(doc, path, options);
    QVERIFY(QFileInfo(path).size() > 0);
}

QString TestExport::pdfText(const QString &path, int page)
{
    QProcess process;
    QStringList arguments{u"-layout"_s};
    if (page > 0)
        arguments << u"-f"_s << QString::number(page) << u"-l"_s << QString::number(page);
    process.start(u"pdftotext"_s, arguments << path << u"-"_s);
    process.waitForFinished(60000);
    return QString::fromUtf8(process.readAllStandardOutput());
}

int TestExport::pdfPages(const QString &path)
{
    QProcess process;
    process.start(u"pdfinfo"_s, {path});
    process.waitForFinished(60000);
    const QString info = QString::fromUtf8(process.readAllStandardOutput());
    const QRegularExpressionMatch match = QRegularExpression(u"^Pages:\\s+(\\d+)"_s, QRegularExpression::MultilineOption).match(info);
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

// pdftotext lays text out in columns and may break a long name over two lines.
QString TestExport::squashed(QString text)
{
    return text.replace(QRegularExpression(u"\\s+"_s), u" "_s);
}

void TestExport::pngFollowsDpi_data()
{
    templateRows();
}

void TestExport::pngFollowsDpi()
{
    QFETCH(QString, templateName);
    auto doc = open(templateName);
    QSize sizes[3];
    const int dpis[3] = {72, 144, 216};
    for (int i = 0; i < 3; ++i) {
        ExportOptions options;
        options.dpi = dpis[i];
        const QString path = m_dir->filePath(u"%1-%2.png"_s.arg(templateName).arg(dpis[i]));
        write(*doc, path, options);
        QImageReader reader(path);
        QCOMPARE(reader.format(), QByteArray("png"));
        sizes[i] = reader.size();
        QVERIFY(sizes[i].isValid());
    }
    // Linear in the dpi, give or take the rounding of a pixel.
    for (int i = 1; i < 3; ++i) {
        const double factor = double(dpis[i]) / dpis[0];
        QVERIFY2(std::abs(sizes[i].width() - sizes[0].width() * factor) <= 2 * factor,
                 qPrintable(u"%1 px at %2 dpi, %3 px at 72"_s.arg(sizes[i].width()).arg(dpis[i]).arg(sizes[0].width())));
        QVERIFY(std::abs(sizes[i].height() - sizes[0].height() * factor) <= 2 * factor);
    }
    // A readable size: at 144 dpi a map is wider than a full-HD screen.
    QVERIFY(sizes[1].width() > 1920);
}

void TestExport::pngBackground_data()
{
    QTest::addColumn<bool>("transparent");
    QTest::newRow("white") << false;
    QTest::newRow("transparent") << true;
}

void TestExport::pngBackground()
{
    QFETCH(bool, transparent);
    auto doc = open(u"bagel-shop"_s);
    ExportOptions options;
    options.dpi = 48;
    options.transparent = transparent;
    const QString path = m_dir->filePath(u"background-%1.png"_s.arg(transparent));
    write(*doc, path, options);
    const QImage image(path);
    QVERIFY(!image.isNull());
    QCOMPARE(image.hasAlphaChannel(), transparent);
    const QColor corner = image.pixelColor(0, 0);
    QCOMPARE(corner.alpha(), transparent ? 0 : 255);
    if (!transparent)
        QCOMPARE(corner, QColor(Qt::white));
}

void TestExport::svgIsXmlWithText_data()
{
    templateRows();
}

void TestExport::svgIsXmlWithText()
{
    QFETCH(QString, templateName);
    auto doc = open(templateName);
    const QString path = m_dir->filePath(templateName + u".svg"_s);
    write(*doc, path);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QString text;
    bool svgRoot = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == u"svg"_s)
            svgRoot = true;
        if (xml.isCharacters())
            text += xml.text() + u' ';
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY(svgRoot);
    // Vector: the words are <text>, not pixels.
    QVERIFY2(squashed(text).contains(doc->info().title), qPrintable(doc->info().title));
    for (const Persona &persona : doc->personas())
        QVERIFY2(text.contains(persona.name), qPrintable(persona.name));
}

void TestExport::mapPdf_data()
{
    templateRows();
}

void TestExport::mapPdf()
{
    QFETCH(QString, templateName);
    auto doc = open(templateName);
    const QString a4 = m_dir->filePath(templateName + u"-a4.pdf"_s);
    const QString a3 = m_dir->filePath(templateName + u"-a3.pdf"_s);
    write(*doc, a4);
    ExportOptions options;
    options.page = QPageSize::A3;
    write(*doc, a3, options);
    const int pagesA4 = pdfPages(a4);
    const int pagesA3 = pdfPages(a3);
    QVERIFY2(pagesA4 >= 1, qPrintable(QString::number(pagesA4)));
    QVERIFY2(pagesA3 >= 1 && pagesA3 <= pagesA4, qPrintable(u"A3 %1 pages, A4 %2"_s.arg(pagesA3).arg(pagesA4)));

    const QString text = squashed(pdfText(a4));
    QVERIFY2(text.contains(doc->info().title), qPrintable(text.left(400)));
    QVERIFY(text.contains(u"Page %1"_s.arg(pagesA4)));
    for (const Persona &persona : doc->personas())
        QVERIFY2(text.contains(persona.name), qPrintable(persona.name));
    // A stage header may shorten a long name to fit its column; its start is always there.
    for (const Stage &stage : doc->stages())
        QVERIFY2(text.contains(stage.name.left(12)), qPrintable(stage.name));
    // A split map repeats its headers: every page names its stages and its lanes.
    for (int page = 1; page <= pagesA4; ++page) {
        const QString onPage = squashed(pdfText(a4, page));
        const auto named = [&](const QStringList &names) {
            return std::any_of(names.cbegin(), names.cend(), [&](const QString &name) { return onPage.contains(name.left(12)); });
        };
        QStringList stages, lanes;
        for (const Stage &stage : doc->stages())
            stages.append(stage.name);
        for (const Lane &lane : doc->lanes())
            lanes.append(lane.name);
        QVERIFY2(named(stages), qPrintable(u"page %1: %2"_s.arg(page).arg(onPage.left(300))));
        QVERIFY2(named(lanes), qPrintable(u"page %1: %2"_s.arg(page).arg(onPage.left(300))));
        QVERIFY(onPage.contains(doc->info().title));
    }
}

void TestExport::report_data()
{
    templateRows();
}

void TestExport::report()
{
    QFETCH(QString, templateName);
    auto doc = open(templateName);
    const QString path = m_dir->filePath(templateName + u"-report.pdf"_s);
    ExportOptions options;
    options.report = true;
    write(*doc, path, options);
    const int pages = pdfPages(path);
    const int mapPages = pdfPages(m_dir->filePath(templateName + u"-a4.pdf"_s));
    // Cover, the map, personas, metrics, and the priorities.
    QVERIFY2(pages >= 4, qPrintable(QString::number(pages)));
    if (mapPages > 0)
        QVERIFY(pages >= mapPages + 3);

    const QString text = squashed(pdfText(path));
    QVERIFY(text.contains(doc->info().title));
    for (const Stage &stage : doc->stages())
        QVERIFY2(text.contains(stage.name), qPrintable(stage.name));
    for (const Persona &persona : doc->personas()) {
        QVERIFY2(text.contains(persona.name), qPrintable(persona.name));
        if (!persona.says.isEmpty())
            QVERIFY2(text.contains(squashed(persona.says).left(30)), qPrintable(persona.says));
    }
    for (const QString &heading : {u"Personas"_s, u"Metrics by stage"_s, u"impact"_s, u"Pain points"_s, u"Page %1"_s.arg(pages)})
        QVERIFY2(text.contains(heading), qPrintable(heading));
    // Opportunities are ranked by impact ÷ effort: the best ratio first.
    QList<const Card *> opportunities;
    for (const Stage &stage : doc->stages())
        for (const Id id : doc->cardsOfStage(stage.id))
            if (doc->card(id)->kind == CardKind::Opportunity)
                opportunities.append(doc->card(id));
    if (opportunities.size() >= 2) {
        const auto ratio = [](const Card *c) { return double(c->impact) / c->effort; };
        const Card *best = *std::max_element(opportunities.cbegin(), opportunities.cend(),
                                             [&](const Card *a, const Card *b) { return ratio(a) < ratio(b); });
        const Card *worst = *std::min_element(opportunities.cbegin(), opportunities.cend(),
                                              [&](const Card *a, const Card *b) { return ratio(a) < ratio(b); });
        if (ratio(best) > ratio(worst)) {
            const qsizetype table = text.indexOf(u"ranked by impact"_s);
            QVERIFY(table >= 0);
            const qsizetype b = text.indexOf(best->title.left(20), table);
            const qsizetype w = text.indexOf(worst->title.left(20), table);
            QVERIFY2(b >= 0 && w >= 0 && b < w, qPrintable(best->title + u" / "_s + worst->title));
        }
    }
}

void TestExport::reportWithSurveyData()
{
    // As a script makes it: a map, its survey imported, the report. The metrics pages carry
    // the charts and their figures; the priorities page the matrix; opportunities name the pain
    // points they address.
    const QString map = m_dir->filePath(u"surveyed.waymark"_s);
    const QString report = m_dir->filePath(u"surveyed.pdf"_s);
    QCOMPARE(Test::runWaymark({u"new"_s, map, u"--template"_s, u"phone-store"_s}).exitCode, 0);
    const Test::Run imported = Test::runWaymark({u"import"_s, map, Test::fixture(u"csv/responses.csv"_s)});
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    const Test::Run exported = Test::runWaymark({u"export"_s, map, u"-o"_s, report, u"--report"_s});
    QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
    const QString text = squashed(pdfText(report));
    for (const QString &heading : {u"Metrics by stage"_s, u"NPS by stage"_s, u"NPS mix by stage"_s, u"CSAT by stage"_s,
                                   u"Priorities: effort × impact"_s, u"Quick wins"_s, u"Money pits"_s, u"Addresses"_s})
        QVERIFY2(text.contains(heading, Qt::CaseInsensitive), qPrintable(heading)); // table heads are in capitals
    QVERIFY(!text.contains(u"No survey responses have been imported"_s));

    auto doc = Document::open(map);
    const QList<CardLink> links = doc->links();
    QVERIFY(!links.isEmpty());
    const QString painPoint = doc->card(links.constFirst().painPoint)->title;
    const qsizetype table = text.indexOf(u"ranked by impact"_s);
    QVERIFY2(text.indexOf(painPoint.left(20), table) > table, qPrintable(painPoint));
}

void TestExport::stageRange()
{
    auto doc = open(u"phone-store"_s);
    ExportOptions options;
    options.firstStage = 1;
    options.lastStage = 2;
    const QString path = m_dir->filePath(u"range.pdf"_s);
    write(*doc, path, options);
    const QString text = squashed(pdfText(path));
    QVERIFY(text.contains(doc->stages().at(1).name.left(12)));
    QVERIFY(text.contains(doc->stages().at(2).name.left(12)));
    QVERIFY2(!text.contains(doc->stages().at(0).name.left(12)), qPrintable(doc->stages().at(0).name));
    QVERIFY(!text.contains(doc->stages().at(4).name.left(12)));
}

void TestExport::printerGetsTheSamePages()
{
    // File > Print draws through a QPrinter: the same pages and words as the PDF must come out.
    auto doc = open(u"phone-store"_s);
    const QString exported = m_dir->filePath(u"exported.pdf"_s);
    write(*doc, exported);
    const QString printed = m_dir->filePath(u"printed.pdf"_s);
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setResolution(int(PageCanvas::Unit)); // as File > Print sets it
    printer.setOutputFileName(printed);
    printer.setPageLayout(PdfMapFormat::pageLayout(QPageSize::A4));
    {
        PageCanvas pages(&printer, doc->info().title);
        QVERIFY(pages.isActive());
        PdfMapFormat::paint(pages, *doc, {});
    }
    QCOMPARE(pdfPages(printed), pdfPages(exported));
    const QString a = squashed(pdfText(exported));
    const QString b = squashed(pdfText(printed));
    QFile::remove(Test::artifactPath(u"printed.pdf"_s));
    QFile::copy(printed, Test::artifactPath(u"printed.pdf"_s));
    for (const Stage &stage : doc->stages())
        QCOMPARE(b.contains(stage.name.left(12)), a.contains(stage.name.left(12)));
    QVERIFY(b.contains(doc->info().title));
}

void TestExport::progressAndCancel_data()
{
    QTest::addColumn<QString>("extension");
    QTest::addColumn<bool>("report");
    QTest::newRow("png") << u"png"_s << false;
    QTest::newRow("pdf") << u"pdf"_s << false;
    QTest::newRow("report") << u"pdf"_s << true;
}

void TestExport::progressAndCancel()
{
    QFETCH(QString, extension);
    QFETCH(bool, report);
    auto doc = open(u"b2b-renewal"_s);
    ExportOptions options;
    options.report = report;
    options.dpi = 300; // many PNG bands
    options.page = QPageSize::A4;
    QList<std::pair<qint64, qint64>> calls;
    options.progress = [&calls](qint64 done, qint64 total) {
        calls.append({done, total});
        return true;
    };
    const QString path = m_dir->filePath(u"progress."_s + extension);
    write(*doc, path, options);
    QVERIFY(!calls.isEmpty());
    for (qsizetype i = 1; i < calls.size(); ++i)
        QVERIFY(calls.at(i).first > calls.at(i - 1).first);
    QCOMPARE(calls.constLast().first, calls.constLast().second);

    // Cancelled halfway: the file that was there is as it was.
    const QByteArray before = Test::digest(path);
    options.progress = [](qint64 done, qint64 total) { return done * 2 < total; };
    bool cancelled = false;
    try {
        FormatRegistry::instance().forFile(path)->write(*doc, path, options);
    } catch (const FormatError &e) {
        cancelled = e.isCancelled();
        QVERIFY2(e.message().contains(path), qPrintable(e.message()));
    }
    QVERIFY(cancelled);
    QCOMPARE(Test::digest(path), before);
}

void TestExport::unwritableTarget()
{
    auto doc = open(u"phone-store"_s);
    for (const QString &extension : {u"png"_s, u"svg"_s, u"pdf"_s}) {
        const QString path = m_dir->filePath(u"no-such-folder/map."_s + extension);
        bool thrown = false;
        try {
            FormatRegistry::instance().forFile(path)->write(*doc, path, {});
        } catch (const FormatError &e) {
            thrown = true;
            QVERIFY2(e.message().contains(path), qPrintable(e.message()));
        }
        QVERIFY(thrown);
        QVERIFY(!QFileInfo::exists(path));
    }
}

void TestExport::headlessCommandLine()
{
    // No display and no platform chosen: the command line still draws.
    const QString map = m_dir->filePath(u"headless.waymark"_s);
    QVERIFY(Test::runWaymark({u"new"_s, map, u"--template"_s, u"saas-onboarding"_s}).exitCode == 0);
    for (const QString &out : {u"headless.png"_s, u"headless.svg"_s, u"headless.pdf"_s}) {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(u"DISPLAY"_s);
        env.remove(u"WAYLAND_DISPLAY"_s);
        env.remove(u"QT_QPA_PLATFORM"_s);
        process.setProcessEnvironment(env);
        process.start(qEnvironmentVariable("WAYMARK_BINARY"), {u"export"_s, map, u"-o"_s, m_dir->filePath(out), u"--dpi"_s, u"96"_s});
        QVERIFY(process.waitForFinished(60000));
        QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
        QVERIFY(QFileInfo(m_dir->filePath(out)).size() > 1000);
    }
}

QTEST_MAIN(TestExport)
#include "tst_export.moc"
