#include "subcommands.h"

#include "cliutil.h"
#include "document/document.h"
#include "io/formaterror.h"
#include "io/formatregistry.h"
#include "io/mapsummary.h"
#include "metrics/metricsformat.h"
#include "io/siblingfile.h"
#include "store/mapchecker.h"
#include "templates/templatelibrary.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

#include <cstdio>
#include <optional>

using namespace Qt::StringLiterals;

namespace Waymark::Subcommands {

namespace {

using Cli::Arguments;
using Cli::fail;
using Cli::guarded;
using Cli::print;
using Cli::quoted;

// Builds the new map beside the target and moves it into place in one step, so that a
// failure, or --force over an existing map, never leaves half a file behind.
void createReplacing(const QString &target, const MapData &data)
{
    const QString temporary = SiblingFile::temporaryFor(target);
    Document::write(temporary, data);
    SiblingFile::replace(temporary, target);
}

} // namespace

int newMap(const QStringList &arguments)
{
    Arguments args(u"new"_s, u"waymark new FILE [--template NAME | --from-json MAP.json] [--title TEXT] [--force]"_s,
                   u"Creates a journey map from a built-in template (default: blank) or from a JSON map."_s);
    args.addPositional(u"FILE"_s, u"The map to create (.waymark)."_s);
    args.add({u"template"_s, u"Start from the built-in template NAME (see 'waymark templates')."_s, u"NAME"_s});
    args.add({u"from-json"_s, u"Build the map from a JSON interchange file."_s, u"MAP.json"_s});
    args.add({u"title"_s, u"The map's title."_s, u"TEXT"_s});
    args.add({u"force"_s, u"Replace FILE if it exists."_s});
    if (const auto exit = args.parse(arguments, 1, 1))
        return *exit;
    if (args.isSet(u"template"_s) && args.isSet(u"from-json"_s))
        return args.usageError(u"--template and --from-json cannot be used together"_s);

    return guarded([&] {
        const QString path = args.positional(0);
        const QFileInfo target(path);
        if (target.exists() && !args.isSet(u"force"_s))
            return fail(u"%1 already exists; use --force to replace it"_s.arg(quoted(path)));
        if (target.isDir())
            return fail(u"%1 is a folder"_s.arg(quoted(path)));
        if (target.exists() && !(target.isWritable() && target.permissions().testFlag(QFileDevice::WriteOwner)))
            return fail(u"%1 is read-only; nothing was changed"_s.arg(quoted(path)));

        const QString templateName = args.isSet(u"template"_s) ? args.value(u"template"_s) : u"blank"_s;
        MapData data = args.isSet(u"from-json"_s) ? FormatRegistry::instance().byName(u"json"_s)->read(args.value(u"from-json"_s))
                                                 : TemplateLibrary::load(templateName);
        if (args.isSet(u"title"_s))
            data.info.title = args.value(u"title"_s);
        createReplacing(path, data);
        print(stdout, u"Created %1: %2 stages, %3 lanes, %4 cards, %5 personas.\n"_s.arg(quoted(path))
                          .arg(data.stages.size())
                          .arg(data.lanes.size())
                          .arg(data.cards.size())
                          .arg(data.personas.size()));
        return 0;
    });
}

int templates(const QStringList &arguments)
{
    Arguments args(u"templates"_s, u"waymark templates [--json]"_s, u"Lists the built-in templates."_s);
    args.add({u"json"_s, u"Print JSON."_s});
    if (const auto exit = args.parse(arguments, 0, 0))
        return *exit;
    return guarded([&] {
        const QList<TemplateLibrary::Entry> entries = TemplateLibrary::entries();
        if (args.isSet(u"json"_s)) {
            QJsonArray list;
            for (const auto &entry : entries)
                list.append(QJsonObject{{u"name"_s, entry.name}, {u"title"_s, entry.title}, {u"description"_s, entry.summary}});
            print(stdout, QString::fromUtf8(QJsonDocument(QJsonObject{{u"templates"_s, list}}).toJson()));
            return 0;
        }
        qsizetype width = 0;
        for (const auto &entry : entries)
            width = std::max(width, entry.name.size());
        for (const auto &entry : entries)
            print(stdout, u"%1  %2\n%3  %4\n"_s.arg(entry.name.leftJustified(width), entry.title,
                                                   QString(width, u' '), entry.summary));
        return 0;
    });
}

int info(const QStringList &arguments)
{
    Arguments args(u"info"_s, u"waymark info FILE [--json]"_s, u"Shows a map's title, stages, lanes and counts."_s);
    args.addPositional(u"FILE"_s, u"The map (.waymark)."_s);
    args.add({u"json"_s, u"Print JSON."_s});
    if (const auto exit = args.parse(arguments, 1, 1))
        return *exit;
    return guarded([&] {
        const auto document = Document::open(args.positional(0), Store::Access::ReadOnly);
        if (args.isSet(u"json"_s))
            print(stdout, QString::fromUtf8(QJsonDocument(MapSummary::toJson(*document)).toJson()));
        else
            print(stdout, MapSummary::toText(*document));
        return 0;
    });
}

int check(const QStringList &arguments)
{
    Arguments args(u"check"_s, u"waymark check FILE"_s,
                   u"Checks that a map file is sound: SQLite's integrity check and Waymark's own rules."_s);
    args.addPositional(u"FILE"_s, u"The map (.waymark)."_s);
    if (const auto exit = args.parse(arguments, 1, 1))
        return *exit;
    return guarded([&] {
        const QString path = args.positional(0);
        const auto document = Document::open(path, Store::Access::ReadOnly);
        const QStringList problems = MapChecker::problems(document->store());
        if (problems.isEmpty()) {
            print(stdout, u"%1: ok\n"_s.arg(quoted(path)));
            return 0;
        }
        QString message = u"%1 has %2 problem(s):"_s.arg(quoted(path)).arg(problems.size());
        for (const QString &problem : problems)
            message += u"\n  "_s + problem;
        return fail(message);
    });
}

int metrics(const QStringList &arguments)
{
    Arguments args(u"metrics"_s, u"waymark metrics FILE [--json] [--by ATTRIBUTE]"_s,
                   u"Shows NPS (with its 95 % margin), CSAT, CES, first-contact resolution and response time, "
                   "overall, per stage, per touchpoint and per segment; churn and customer lifetime value from the "
                   "business figures."_s);
    args.addPositional(u"FILE"_s, u"The map (.waymark)."_s);
    args.add({u"json"_s, u"Print JSON."_s});
    args.add({u"by"_s, u"Break the figures down by a segment attribute (ages in bands)."_s, u"ATTRIBUTE"_s});
    if (const auto exit = args.parse(arguments, 1, 1))
        return *exit;
    return guarded([&] {
        const auto document = Document::open(args.positional(0), Store::Access::ReadOnly);
        MetricsQuery query;
        query.by = args.value(u"by"_s);
        const MetricsReport report = MetricsEngine::compute(*document, query);
        if (args.isSet(u"json"_s))
            print(stdout, QString::fromUtf8(QJsonDocument(MetricsFormat::toJson(report)).toJson()));
        else
            print(stdout, MetricsFormat::toText(report));
        return 0;
    });
}

namespace {

QList<QCommandLineOption> exportOptions()
{
    return {
        {{u"o"_s, u"output"_s}, u"The file to write."_s, u"OUT"_s},
        {u"format"_s, u"png, svg, pdf or json (default: from OUT's extension)."_s, u"FORMAT"_s},
        {u"dpi"_s, u"Resolution of PNG output (default 144)."_s, u"N"_s, u"144"_s},
        {u"page"_s, u"Page size of PDF output: A4, A3 or Letter (default A4)."_s, u"SIZE"_s, u"A4"_s},
        {u"report"_s, u"Write a multi-page PDF report instead of the map alone."_s},
        {u"transparent"_s, u"PNG: a transparent background instead of white."_s},
    };
}

QString formatName(const QString &formatOption, const QString &output)
{
    if (!formatOption.isEmpty())
        return formatOption.toLower();
    const MapFormat *format = FormatRegistry::instance().forFile(output);
    return format ? format->name() : QFileInfo(output).suffix().toLower();
}

} // namespace

bool exportDraws(const QStringList &arguments)
{
    // A quiet parse: errors and --help are reported by exportMap() itself.
    QCommandLineParser parser;
    parser.addOptions(exportOptions());
    parser.parse(QStringList{u"waymark"_s} + arguments);
    return formatName(parser.value(u"format"_s), parser.value(u"output"_s)) != u"json"_s;
}

int exportMap(const QStringList &arguments)
{
    Arguments args(u"export"_s,
                   u"waymark export FILE -o OUT [--format png|svg|pdf|json] [--dpi N] [--page A4|A3|Letter] [--report]"_s,
                   u"Writes a map as an image, a PDF (optionally a full report) or JSON interchange."_s);
    args.addPositional(u"FILE"_s, u"The map (.waymark)."_s);
    for (const QCommandLineOption &option : exportOptions())
        args.add(option);
    if (const auto exit = args.parse(arguments, 1, 1))
        return *exit;
    if (!args.isSet(u"output"_s))
        return args.usageError(u"missing -o OUT"_s);

    const QString name = formatName(args.value(u"format"_s), args.value(u"output"_s));
    const MapFormat *format = FormatRegistry::instance().byName(name);
    if (!format)
        return args.usageError(u"unknown format '%1' (known: %2)"_s.arg(name, FormatRegistry::instance().names().join(u", "_s)));

    ExportOptions options;
    bool ok = false;
    options.dpi = args.value(u"dpi"_s).toInt(&ok);
    if (!ok || options.dpi < 24 || options.dpi > 1200)
        return args.usageError(u"--dpi takes a whole number from 24 to 1200, not '%1'"_s.arg(args.value(u"dpi"_s)));
    const QString page = args.value(u"page"_s).toLower();
    if (page == u"a4"_s)
        options.page = QPageSize::A4;
    else if (page == u"a3"_s)
        options.page = QPageSize::A3;
    else if (page == u"letter"_s)
        options.page = QPageSize::Letter;
    else
        return args.usageError(u"--page takes A4, A3 or Letter, not '%1'"_s.arg(args.value(u"page"_s)));
    options.report = args.isSet(u"report"_s);
    options.transparent = args.isSet(u"transparent"_s);
    if (options.report && format->name() != u"pdf"_s)
        return args.usageError(u"--report writes a PDF; use -o REPORT.pdf or --format pdf"_s);

    return guarded([&] {
        const QString input = args.positional(0);
        const QString output = args.value(u"output"_s);
        if (QFileInfo(input).canonicalFilePath() == QFileInfo(output).canonicalFilePath() && QFileInfo::exists(output))
            return fail(u"the output %1 is the map itself"_s.arg(quoted(output)));
        const auto document = Document::open(input, Store::Access::ReadOnly);
        format->write(*document, output, options);
        return 0;
    });
}

} // namespace Waymark::Subcommands
