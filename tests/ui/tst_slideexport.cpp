// The deck leaving the app as stakeholders get it: `waymark export FILE -o deck.pptx` and
// `-o slides.pdf --slides`, checked from the outside. The PPTX is unzipped with libzip and
// read with QXmlStreamReader (slides, titles at their sizes, notes, every part typed and every
// relationship resolved); LibreOffice converts it when it is installed; poppler reads the PDFs.

#include "document/document.h"
#include "io/exportoptions.h"
#include "io/formaterror.h"
#include "io/formatregistry.h"
#include "render/uiformats.h"
#include "slides/pptxmapformat.h"
#include "slides/slidedeck.h"
#include "slides/slidestyle.h"
#include "support/testsupport.h"
#include "templates/templatelibrary.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>
#include <QXmlStreamReader>

#include <zip.h>

using namespace Qt::StringLiterals;
using namespace Waymark;

namespace {

// The entries of a zip archive, read with libzip.
struct Archive {
    QStringList names; // in the archive's order
    QHash<QString, QByteArray> files;
    QHash<QString, int> methods;
    QString error;

    explicit Archive(const QString &path)
    {
        int code = 0;
        zip_t *zip = zip_open(QFile::encodeName(path).constData(), ZIP_RDONLY | ZIP_CHECKCONS, &code);
        if (!zip) {
            error = u"cannot open the zip (libzip error %1)"_s.arg(code);
            return;
        }
        const zip_int64_t count = zip_get_num_entries(zip, 0);
        for (zip_int64_t i = 0; i < count; ++i) {
            zip_stat_t stat;
            zip_stat_init(&stat);
            if (zip_stat_index(zip, zip_uint64_t(i), 0, &stat) < 0)
                continue;
            const QString name = QString::fromUtf8(stat.name);
            QByteArray bytes(qsizetype(stat.size), Qt::Uninitialized);
            zip_file_t *file = zip_fopen_index(zip, zip_uint64_t(i), 0);
            if (!file || zip_fread(file, bytes.data(), stat.size) != zip_int64_t(stat.size))
                error = u"cannot read %1"_s.arg(name);
            if (file)
                zip_fclose(file);
            names.append(name);
            files.insert(name, bytes);
            methods.insert(name, int(stat.comp_method));
        }
        zip_close(zip);
    }
};

// What a slide part says: its texts with their sizes (hundredths of a point), its title.
struct SlideXml {
    QList<std::pair<QString, int>> runs;
    QString title;
    int pictures = 0;
    int paths = 0;
    QString error;

    explicit SlideXml(const QByteArray &xml)
    {
        QXmlStreamReader reader(xml);
        int size = 0;
        bool inTitle = false;
        int depth = 0;
        int titleDepth = -1;
        while (!reader.atEnd()) {
            reader.readNext();
            if (reader.isStartElement()) {
                ++depth;
                const QStringView name = reader.qualifiedName();
                if (name == u"p:ph" && reader.attributes().value(u"type"_s) == u"title") {
                    inTitle = true;
                    titleDepth = depth - 3; // p:sp > p:nvSpPr > p:nvPr > p:ph
                } else if (name == u"a:rPr") {
                    size = reader.attributes().value(u"sz"_s).toInt();
                } else if (name == u"a:t") {
                    const QString text = reader.readElementText();
                    --depth;
                    runs.append({text, size});
                    if (inTitle)
                        title += text;
                } else if (name == u"p:pic") {
                    ++pictures;
                } else if (name == u"a:custGeom") {
                    ++paths;
                }
            } else if (reader.isEndElement()) {
                if (depth == titleDepth)
                    inTitle = false;
                --depth;
            }
        }
        if (reader.hasError())
            error = reader.errorString();
    }

    int sizeOf(const QString &text) const
    {
        for (const auto &[t, s] : runs) {
            if (t == text)
                return s;
        }
        return -1;
    }
    QString text() const
    {
        QStringList all;
        for (const auto &run : runs)
            all.append(run.first);
        return all.join(u'\n');
    }
};

// The targets of a relationships part, resolved against the part it belongs to.
QStringList targets(const QByteArray &rels, const QString &relsPath)
{
    QString base = QFileInfo(relsPath).path();        // ppt/slides/_rels
    base = base.endsWith(u"_rels"_s) ? base.chopped(5) : base; // ppt/slides/
    QStringList list;
    QXmlStreamReader reader(rels);
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement() && reader.name() == u"Relationship")
            list.append(QDir::cleanPath(base + reader.attributes().value(u"Target"_s).toString()));
    }
    return list;
}

} // namespace

class TestSlideExport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void pptxPackage_data();
    void pptxPackage();
    void pptxEscapesWhatItCarries();
    void pptxOpensInLibreOffice();
    void pdfSlides_data();
    void pdfSlides();
    void commandLine_data();
    void commandLine();
    void cancelLeavesNoFile();

private:
    std::unique_ptr<Document> open(const QString &templateName);
    void addSurvey(Document &doc);
    static QString pdfText(const QString &path, int page);
    static int pdfPages(const QString &path);

    std::unique_ptr<QTemporaryDir> m_dir;
    int m_counter = 0;
};

void TestSlideExport::initTestCase()
{
    registerUiFormats();
    m_dir = Test::scratchDir();
    for (const char *tool : {"pdfinfo", "pdftotext"}) {
        if (QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty())
            QFAIL(qPrintable(u"%1 is missing: ./setup.sh installs poppler-utils"_s.arg(QString::fromLatin1(tool))));
    }
}

std::unique_ptr<Document> TestSlideExport::open(const QString &templateName)
{
    return Test::documentFromTemplate(m_dir->filePath(u"map%1.waymark"_s.arg(++m_counter)), templateName);
}

void TestSlideExport::addSurvey(Document &doc)
{
    QList<Response> responses;
    for (const Stage &stage : doc.stages()) {
        for (int i = 0; i < 5 + doc.stageIndex(stage.id); ++i) {
            Response r;
            r.stage = stage.id;
            r.nps = (i * 3) % 11;
            r.csat = 1 + i % 5;
            responses.append(r);
        }
    }
    doc.insertResponses(responses);
}

QString TestSlideExport::pdfText(const QString &path, int page)
{
    QProcess p;
    p.start(u"pdftotext"_s, {u"-f"_s, QString::number(page), u"-l"_s, QString::number(page), path, u"-"_s});
    p.waitForFinished(60000);
    return QString::fromUtf8(p.readAllStandardOutput()).simplified();
}

int TestSlideExport::pdfPages(const QString &path)
{
    QProcess p;
    p.start(u"pdfinfo"_s, {path});
    p.waitForFinished(60000);
    const auto match = QRegularExpression(u"Pages:\\s+(\\d+)"_s).match(QString::fromUtf8(p.readAllStandardOutput()));
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

void TestSlideExport::pptxPackage_data()
{
    QTest::addColumn<QString>("templateName");
    for (const TemplateLibrary::Entry &entry : TemplateLibrary::entries())
        QTest::newRow(qPrintable(entry.name)) << entry.name;
}

void TestSlideExport::pptxPackage()
{
    QFETCH(QString, templateName);
    const auto doc = open(templateName);
    addSurvey(*doc);
    const QString path = m_dir->filePath(templateName + u".pptx"_s);
    const MapFormat *format = FormatRegistry::instance().forFile(path);
    QVERIFY(format);
    QCOMPARE(format->name(), u"pptx"_s);
    format->write(*doc, path, {});

    const Archive zip(path);
    QVERIFY2(zip.error.isEmpty(), qPrintable(zip.error));
    QCOMPARE(zip.names.value(0), u"[Content_Types].xml"_s);
    // Every part is typed, by extension or by name, and every part is well-formed XML.
    const QByteArray types = zip.files.value(u"[Content_Types].xml"_s);
    for (const QString &name : zip.names) {
        const bool byDefault = name.endsWith(u".rels"_s) || name.endsWith(u".png"_s);
        if (!byDefault && name != u"[Content_Types].xml"_s)
            QVERIFY2(types.contains((u"PartName=\"/"_s + name + u'"').toUtf8()), qPrintable(name));
        if (name.endsWith(u".xml"_s) || name.endsWith(u".rels"_s)) {
            QXmlStreamReader reader(zip.files.value(name));
            while (!reader.atEnd())
                reader.readNext();
            QVERIFY2(!reader.hasError(), qPrintable(name + u": "_s + reader.errorString()));
        }
        QCOMPARE(zip.methods.value(name), name.endsWith(u".png"_s) ? ZIP_CM_STORE : ZIP_CM_DEFLATE);
    }
    // Every relationship leads to a part of the package.
    for (const QString &name : zip.names) {
        if (!name.endsWith(u".rels"_s))
            continue;
        for (const QString &target : targets(zip.files.value(name), name))
            QVERIFY2(zip.files.contains(target), qPrintable(name + u" -> "_s + target));
    }

    // One slide per stage and continuation, after the overview; each with its notes.
    const SlideDeck deck(*doc, SlideStyle::Frame{});
    const QByteArray presentation = zip.files.value(u"ppt/presentation.xml"_s);
    QCOMPARE(int(presentation.count("<p:sldId ")), deck.count());
    QVERIFY(presentation.contains("<p:sldSz cx=\"12192000\" cy=\"6858000\"/>"));
    for (int i = 0; i < deck.count(); ++i) {
        const SlideXml slide(zip.files.value(u"ppt/slides/slide%1.xml"_s.arg(i + 1)));
        QVERIFY2(slide.error.isEmpty(), qPrintable(slide.error));
        const QString title = deck.title(*doc, i);
        QCOMPARE(slide.title, title);
        const SlideDeck::Slide &s = deck.at(i);
        if (s.isOverview()) {
            QCOMPARE(slide.pictures, 1);
        } else {
            for (const Id id : s.cards()) {
                const Card &card = *doc->card(id);
                const int size = slide.sizeOf(card.title);
                QVERIFY2(size >= 1200, qPrintable(u"%1 on %2: size %3"_s.arg(card.title, title).arg(size)));
                QCOMPARE(size, int(SlideStyle::CardTitleSize * 50));
            }
            QVERIFY(slide.text().contains(doc->stage(s.stage)->name));
            if (doc->emotionPointCount() > 0)
                QVERIFY(slide.paths >= 1); // the emotion curves, as vector shapes
        }
        const SlideXml notes(zip.files.value(u"ppt/notesSlides/notesSlide%1.xml"_s.arg(i + 1)));
        QVERIFY2(notes.error.isEmpty(), qPrintable(notes.error));
        const QString text = notes.text();
        QVERIFY2(text.contains(u"Survey: n = "_s), qPrintable(text));
        for (const Id id : s.cards()) {
            const Card &card = *doc->card(id);
            QVERIFY2(text.contains(labelOf(card.evidence) + u" — "_s + card.title), qPrintable(card.title));
        }
        if (!s.isOverview()) {
            const int n = 5 + doc->stageIndex(s.stage);
            QVERIFY2(text.contains(u"n = %1 responses"_s.arg(n)), qPrintable(text));
        }
    }
}

void TestSlideExport::pptxEscapesWhatItCarries()
{
    const auto doc = open(u"phone-store"_s);
    const Stage &stage = doc->stages().at(0);
    const Id card = doc->cardsOfStage(stage.id).constFirst();
    // A map arrives by e-mail: markup, quotes and control characters in its texts.
    const QString hostile = u"Fish & <chips> \"quoted\" 'too' ]]> \u0001bell\u0007 done"_s;
    doc->setValue(fieldRef(card, CardField::Title), hostile);
    doc->setValue(fieldRef(stage.id, StageField::Name), u"<Research> & \"more\""_s);
    const QString path = m_dir->filePath(u"hostile.pptx"_s);
    FormatRegistry::instance().byName(u"pptx"_s)->write(*doc, path, {});
    const Archive zip(path);
    QVERIFY(zip.error.isEmpty());
    const SlideDeck deck(*doc, SlideStyle::Frame{});
    const int index = deck.indexOfCard(card);
    const SlideXml slide(zip.files.value(u"ppt/slides/slide%1.xml"_s.arg(index + 1)));
    QVERIFY2(slide.error.isEmpty(), qPrintable(slide.error));
    QVERIFY2(slide.text().contains(u"Fish & <chips> \"quoted\" 'too' ]]> bell done"_s), qPrintable(slide.text()));
    QVERIFY(slide.title.startsWith(u"<Research> & \"more\""_s));
    const SlideXml notes(zip.files.value(u"ppt/notesSlides/notesSlide%1.xml"_s.arg(index + 1)));
    QVERIFY(notes.error.isEmpty());
    QVERIFY(notes.text().contains(u"Fish & <chips>"_s));
}

void TestSlideExport::pptxOpensInLibreOffice()
{
    const QString soffice = QStandardPaths::findExecutable(u"soffice"_s);
    if (soffice.isEmpty())
        QSKIP("LibreOffice is not installed (apt-get install libreoffice-impress-nogui): the PPTX is not converted");
    const auto doc = open(u"phone-store"_s);
    addSurvey(*doc);
    const QString path = m_dir->filePath(u"deck.pptx"_s);
    FormatRegistry::instance().byName(u"pptx"_s)->write(*doc, path, {});
    const SlideDeck deck(*doc, SlideStyle::Frame{});

    QTemporaryDir profile;
    QProcess p;
    p.setWorkingDirectory(m_dir->path());
    p.start(soffice, {u"-env:UserInstallation=file://"_s + profile.path(), u"--headless"_s, u"--convert-to"_s, u"pdf"_s,
                      u"--outdir"_s, m_dir->filePath(u"lo"_s), path});
    QVERIFY(p.waitForFinished(240000));
    const QString pdf = m_dir->filePath(u"lo/deck.pdf"_s);
    QVERIFY2(QFileInfo::exists(pdf), qPrintable(QString::fromUtf8(p.readAllStandardError())));
    QCOMPARE(pdfPages(pdf), deck.count());
    for (int i = 0; i < deck.count(); ++i) {
        const QString text = pdfText(pdf, i + 1);
        QVERIFY2(text.contains(deck.title(*doc, i).simplified()), qPrintable(text));
        for (const Id card : deck.at(i).cards())
            QVERIFY2(text.contains(doc->card(card)->title.split(u' ').constFirst()), qPrintable(doc->card(card)->title));
    }
    // For a look: the first stage slide as LibreOffice draws it.
    if (!QStandardPaths::findExecutable(u"pdftoppm"_s).isEmpty()) {
        QProcess::execute(u"pdftoppm"_s, {u"-f"_s, u"2"_s, u"-l"_s, u"2"_s, u"-r"_s, u"96"_s, u"-png"_s, u"-singlefile"_s, pdf,
                                          Test::artifactPath(u"pptx-in-libreoffice"_s)});
    }
}

void TestSlideExport::pdfSlides_data()
{
    QTest::addColumn<QString>("templateName");
    for (const TemplateLibrary::Entry &entry : TemplateLibrary::entries())
        QTest::newRow(qPrintable(entry.name)) << entry.name;
}

void TestSlideExport::pdfSlides()
{
    QFETCH(QString, templateName);
    const auto doc = open(templateName);
    addSurvey(*doc);
    const QString path = m_dir->filePath(templateName + u"-slides.pdf"_s);
    ExportOptions options;
    options.slides = true;
    FormatRegistry::instance().byName(u"pdf"_s)->write(*doc, path, options);
    const SlideDeck deck(*doc, SlideStyle::Frame{});
    QCOMPARE(pdfPages(path), deck.count());
    QProcess info;
    info.start(u"pdfinfo"_s, {path});
    info.waitForFinished();
    QVERIFY(QString::fromUtf8(info.readAllStandardOutput()).contains(u"960 x 540 pts"_s)); // 16:9, PowerPoint's size
    for (int i = 0; i < deck.count(); ++i) {
        const QString text = pdfText(path, i + 1);
        QVERIFY2(text.contains(deck.title(*doc, i).simplified()), qPrintable(text));
        // pdftotext joins a word broken at its hyphen ("brand-" "specific" -> "brandspecific").
        const auto squashed = [](QString s) { return s.remove(QRegularExpression(u"[\\s-]"_s)); };
        for (const Id card : deck.at(i).cards())
            QVERIFY2(squashed(text).contains(squashed(doc->card(card)->title)), qPrintable(doc->card(card)->title + u" | "_s + text));
        if (!deck.at(i).isOverview())
            QVERIFY2(text.contains(u"NPS"_s), qPrintable(text));
    }
}

void TestSlideExport::commandLine_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("output");
    QTest::addColumn<QString>("message");
    QTest::newRow("pptx by extension") << QStringList{u"-o"_s, u"deck.pptx"_s} << 0 << u"deck.pptx"_s << QString();
    QTest::newRow("pptx by --format") << QStringList{u"-o"_s, u"deck.bin"_s, u"--format"_s, u"pptx"_s} << 0 << u"deck.bin"_s << QString();
    QTest::newRow("pdf slides") << QStringList{u"-o"_s, u"slides.pdf"_s, u"--slides"_s} << 0 << u"slides.pdf"_s << QString();
    QTest::newRow("slides need a pdf") << QStringList{u"-o"_s, u"slides.png"_s, u"--slides"_s} << 2 << QString()
                                       << u"--slides writes a PDF slide deck; use -o OUT.pdf"_s;
    QTest::newRow("slides or report") << QStringList{u"-o"_s, u"both.pdf"_s, u"--slides"_s, u"--report"_s} << 2 << QString()
                                      << u"choose one"_s;
}

void TestSlideExport::commandLine()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, output);
    QFETCH(QString, message);
    const QString dir = m_dir->filePath(u"cli%1"_s.arg(++m_counter));
    QDir().mkpath(dir);
    const Test::Run created = Test::runWaymark({u"new"_s, u"map.waymark"_s, u"--template"_s, u"bagel-shop"_s}, dir);
    QCOMPARE(created.exitCode, 0);
    const Test::Run run = Test::runWaymark(QStringList{u"export"_s, u"map.waymark"_s} + arguments, dir);
    QVERIFY2(run.exitCode == exitCode, qPrintable(run.err));
    if (!message.isEmpty())
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
    if (output.isEmpty())
        return;
    const QString file = QDir(dir).filePath(output);
    QVERIFY(QFileInfo(file).size() > 1000);
    const auto doc = Document::open(QDir(dir).filePath(u"map.waymark"_s), Store::Access::ReadOnly);
    const SlideDeck deck(*doc, SlideStyle::Frame{});
    if (output.endsWith(u".pdf"_s)) {
        QCOMPARE(pdfPages(file), deck.count());
        QVERIFY(pdfText(file, 2).contains(deck.title(*doc, 1)));
    } else {
        const Archive zip(file);
        QVERIFY(zip.error.isEmpty());
        QCOMPARE(int(zip.files.value(u"ppt/presentation.xml"_s).count("<p:sldId ")), deck.count());
    }
}

void TestSlideExport::cancelLeavesNoFile()
{
    const auto doc = open(u"phone-store"_s);
    for (const QString &name : {u"cancelled.pptx"_s, u"cancelled.pdf"_s}) {
        const QString path = m_dir->filePath(name);
        ExportOptions options;
        options.slides = true;
        int calls = 0;
        options.progress = [&calls](qint64 done, qint64 total) {
            ++calls;
            return done < total / 2;
        };
        bool cancelled = false;
        try {
            FormatRegistry::instance().forFile(path)->write(*doc, path, options);
        } catch (const FormatError &e) {
            cancelled = e.isCancelled();
        }
        QVERIFY2(cancelled, qPrintable(name));
        QVERIFY(calls > 1);
        QVERIFY2(!QFileInfo::exists(path), qPrintable(name));
    }
}

QTEST_MAIN(TestSlideExport)
#include "tst_slideexport.moc"
