#include "subcommands.h"

#include "cliutil.h"
#include "readablemap.h"
#include "document/document.h"
#include "io/formaterror.h"
#include "io/formatregistry.h"
#include "io/mapsummary.h"
#include "metrics/metricsformat.h"
#include "io/siblingfile.h"
#include "store/mapchecker.h"
#include "store/schemaproblem.h"
#include "templates/templatelibrary.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>


using namespace Qt::StringLiterals;

namespace Waymark::Subcommands {

namespace {

using Cli::Arguments;
using Cli::fail;
using Cli::guarded;
using Cli::print;
using Cli::printWarnings;
using Cli::quoted;

// Builds the new map beside the target and moves it into place in one step, so that a
// failure, or --force over an existing map, never leaves half a file behind.
// The target's lock is held meanwhile: a map open in an editor is not replaced under it.
void createReplacing(const QString &target, const MapData &data)
{
    const std::unique_ptr<MapLock> lock = MapLock::acquire(target);
    if (!lock->takeoverNote().isEmpty())
        print(stderr, u"waymark: warning: %1\n"_s.arg(lock->takeoverNote()));
    Cli::warnIfShared(target);
    const QString temporary = SiblingFile::temporaryFor(target);
    Document::write(temporary, data);
    SiblingFile::replace(temporary, target);
}

} // namespace

QString newHelpLine()
{
    return u"waymark new FILE [--template NAME | --from PATH] [--format %1] [--title TEXT] [--force]"_s.arg(
        FormatRegistry::instance().names(FormatRegistry::Purpose::Read).join(u'|'));
}

int newMap(const QStringList &arguments)
{
    const QString readable = FormatRegistry::instance().names(FormatRegistry::Purpose::Read).join(u", "_s);
    Arguments args(u"new"_s, newHelpLine(),
                   u"Creates a journey map from a built-in template (default: blank) or from a file in a format Waymark "
                   "reads (%1), chosen by its extension or --format."_s.arg(readable));
    args.addPositional(u"FILE"_s, u"The map to create (.waymark)."_s);
    args.add({u"template"_s, u"Start from the built-in template NAME (see 'waymark templates')."_s, u"NAME"_s});
    args.add({u"from"_s, u"Build the map from PATH (%1)."_s.arg(readable), u"PATH"_s});
    args.add({u"from-json"_s, u"The same as --from (kept for scripts)."_s, u"MAP.json"_s});
    args.add({u"format"_s, u"The format of PATH: %1 (default: from its extension)."_s.arg(readable), u"F"_s});
    args.add({u"title"_s, u"The map's title."_s, u"TEXT"_s});
    args.add({u"force"_s, u"Replace FILE if it exists."_s});
    if (const auto exit = args.parse(arguments, 1, 1))
        return *exit;
    const bool from = args.isSet(u"from"_s) || args.isSet(u"from-json"_s);
    if (args.isSet(u"from"_s) && args.isSet(u"from-json"_s))
        return args.usageError(u"--from and --from-json are the same option: give one"_s);
    if (args.isSet(u"template"_s) && from)
        return args.usageError(u"--template and %1 cannot be used together"_s.arg(args.isSet(u"from"_s) ? u"--from"_s : u"--from-json"_s));
    if (args.isSet(u"format"_s) && !from)
        return args.usageError(u"--format names the format of --from PATH"_s);
    if (args.isSet(u"format"_s)) {
        const MapFormat *format = FormatRegistry::instance().byName(args.value(u"format"_s));
        if (!format || !format->canRead())
            return args.usageError(u"unknown format '%1' to read (known: %2)"_s.arg(args.value(u"format"_s), readable));
    }

    return guarded([&] {
        const QString path = args.positional(0);
        const QFileInfo target(path);
        if (target.exists() && !args.isSet(u"force"_s))
            return fail(u"%1 already exists; use --force to replace it"_s.arg(quoted(path)));
        if (target.isDir())
            return fail(u"%1 is a folder"_s.arg(quoted(path)));
        if (target.exists() && !(target.isWritable() && target.permissions().testFlag(QFileDevice::WriteOwner)))
            return fail(u"%1 is read-only; nothing was changed"_s.arg(quoted(path)));

        const QString source = args.isSet(u"from"_s) ? args.value(u"from"_s) : args.value(u"from-json"_s);
        if (from && QFileInfo(source).canonicalFilePath() == target.canonicalFilePath() && target.exists())
            return fail(u"%1 cannot be made from itself"_s.arg(quoted(path)));
        const QString templateName = args.isSet(u"template"_s) ? args.value(u"template"_s) : u"blank"_s;
        MapData data = from ? FormatRegistry::instance().read(source, args.value(u"format"_s)) : TemplateLibrary::load(templateName);
        if (args.isSet(u"title"_s))
            data.info.title = args.value(u"title"_s);
        createReplacing(path, data);
        print(stdout, u"Created %1: %2 stages, %3 lanes, %4 cards, %5 personas.\n"_s.arg(
                          quoted(path), QString::number(data.stages.size()), QString::number(data.lanes.size()),
                          QString::number(data.cards.size()), QString::number(data.personas.size())));
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
    args.addPositional(u"FILE"_s, Cli::readableMapHelp());
    args.add({u"json"_s, u"Print JSON."_s});
    if (const auto exit = args.parse(arguments, 1, 1))
        return *exit;
    return guarded([&] {
        const Cli::ReadableMap map(args.positional(0));
        Document &document = map.document();
        printWarnings(document);
        if (args.isSet(u"json"_s))
            print(stdout, QString::fromUtf8(QJsonDocument(MapSummary::toJson(document)).toJson()));
        else
            print(stdout, MapSummary::toText(document, map.workspace()));
        return 0;
    });
}

int check(const QStringList &arguments)
{
    Arguments args(u"check"_s, u"waymark check FILE"_s,
                   u"Checks that a map file is sound: SQLite's integrity check, a schema that is Waymark's own, values "
                   "within their bounds and Waymark's own rules."_s);
    args.addPositional(u"FILE"_s, u"The map (.waymark)."_s);
    if (const auto exit = args.parse(arguments, 1, 1))
        return *exit;
    return guarded([&] {
        const QString path = args.positional(0);
        const auto document = Cli::openMapFile(path, Store::Access::ReadOnly);
        const QList<SchemaProblem> &foreign = document->store().schemaProblems();
        QStringList problems;
        for (const SchemaProblem &problem : foreign)
            problems.append(problem.sentence());
        problems += document->store().repairNotes();
        problems += document->warnings();
        if (document->warningCount() > document->warnings().size())
            problems.append(u"%1 more values out of bounds"_s.arg(document->warningCount() - document->warnings().size()));
        problems += MapChecker::problems(document->store());
        if (problems.isEmpty()) {
            print(stdout, u"%1: ok\n"_s.arg(quoted(path)));
            return 0;
        }
        QString message = u"%1 has %2 problem(s):"_s.arg(quoted(path), QString::number(problems.size()));
        for (const QString &problem : std::as_const(problems))
            message += u"\n  "_s + problem;
        if (!foreign.isEmpty())
            message += u"\nMake a clean copy with: waymark repair %1 -o CLEAN.waymark"_s.arg(quoted(path));
        return fail(message);
    });
}

int metrics(const QStringList &arguments)
{
    Arguments args(u"metrics"_s, u"waymark metrics FILE [--json] [--by ATTRIBUTE] [--segment ATTR=VALUE]..."_s,
                   u"Shows NPS (with its 95 % margin), CSAT, CES, first-contact resolution and response time, "
                   "overall, per stage, per touchpoint and per segment; churn and customer lifetime value from the "
                   "business figures."_s);
    args.addPositional(u"FILE"_s, Cli::readableMapHelp());
    args.add({u"json"_s, u"Print JSON."_s});
    args.add({u"by"_s, u"Break the figures down by a segment attribute (ages in bands)."_s, u"ATTRIBUTE"_s});
    args.add({u"segment"_s, u"Count only the respondents with this attribute value (ages in bands, e.g. age=35-44); "
                             "repeat for several, all of which must hold."_s, u"ATTR=VALUE"_s});
    if (const auto exit = args.parse(arguments, 1, 1))
        return *exit;
    return guarded([&] {
        const Cli::ReadableMap map(args.positional(0));
        Document *document = &map.document();
        printWarnings(*document);
        MetricsQuery query;
        query.by = args.value(u"by"_s);
        for (const QString &text : args.values(u"segment"_s))
            query.segment.append(SegmentCondition::parse(text));
        const MetricsReport report = MetricsEngine::compute(*document, query);
        if (args.isSet(u"json"_s))
            print(stdout, QString::fromUtf8(QJsonDocument(MetricsFormat::toJson(report)).toJson()));
        else
            print(stdout, MetricsFormat::toText(report));
        return 0;
    });
}

namespace {

QStringList writableNames()
{
    return FormatRegistry::instance().names(FormatRegistry::Purpose::Write);
}

// Where an option applies, from what the formats say they honour: "png", "pdf, pdf --report".
QString appliesTo(ExportOption option)
{
    QStringList where;
    for (const MapFormat *format : FormatRegistry::instance().formats(FormatRegistry::Purpose::Write)) {
        if (format->honours(option))
            where.append(format->name());
        for (const FormatVariant &variant : format->variants()) {
            if (variant.options.contains(option) && variant.option != option)
                where.append(u"%1 --%2"_s.arg(format->name(), QString::fromLatin1(exportOptionInfo(variant.option).flag)));
            else if (variant.option == option)
                where.append(format->name());
        }
    }
    where.removeDuplicates();
    return where.join(u", "_s);
}

// The options of `export`, from the table of export options; one that no registered format
// honours is not offered.
QList<QCommandLineOption> exportOptions()
{
    QList<QCommandLineOption> options = {
        {{u"o"_s, u"output"_s}, u"The file to write."_s, u"OUT"_s},
        {u"format"_s, u"The format: %1 (default: from OUT's extension)."_s.arg(writableNames().join(u", "_s)), u"FORMAT"_s},
    };
    for (const ExportOptionInfo &info : exportOptionInfos()) {
        const QString applies = appliesTo(info.option);
        if (!info.flag || applies.isEmpty())
            continue;
        QCommandLineOption option(QString::fromLatin1(info.flag), exportOptionHelp(info.option) + u" For: "_s + applies + u'.');
        if (info.valueName) {
            option.setValueName(QString::fromLatin1(info.valueName));
            if (info.defaultValue)
                option.setDefaultValue(QString::fromLatin1(info.defaultValue));
        }
        options.append(option);
    }
    return options;
}

QString exportSynopsis()
{
    QString synopsis = u"waymark export FILE -o OUT [--format %1]"_s.arg(writableNames().join(u'|'));
    for (const QCommandLineOption &option : exportOptions()) {
        const QString name = option.names().constLast();
        if (name == u"output"_s || name == u"format"_s)
            continue;
        synopsis += option.valueName().isEmpty() ? u" [--%1]"_s.arg(name) : u" [--%1 %2]"_s.arg(name, option.valueName());
        if (QLatin1StringView(exportOptionInfo(ExportOption::Lanes).flag) == name)
            synopsis += u"..."_s;
    }
    return synopsis;
}

const MapFormat *formatFor(const QString &formatOption, const QString &output)
{
    if (!formatOption.isEmpty())
        return FormatRegistry::instance().byName(formatOption);
    return FormatRegistry::instance().forFile(output, FormatRegistry::Purpose::Write);
}

// The lanes `--lane` names: a lane by its name (in any case), or every lane of a kind.
std::optional<QList<Id>> lanesNamed(const Document &document, const QStringList &names, QString *problem)
{
    QList<Id> lanes;
    for (const QString &name : names) {
        QList<Id> found;
        for (const Lane &lane : document.lanes()) {
            if (lane.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0)
                found.append(lane.id);
        }
        if (found.isEmpty()) {
            for (const Lane &lane : document.lanes()) {
                if (keyOf(lane.kind) == name.trimmed().toLower())
                    found.append(lane.id);
            }
        }
        if (found.isEmpty()) {
            QStringList known;
            for (const Lane &lane : document.lanes())
                known.append(lane.name);
            *problem = u"the map has no lane '%1' (its lanes: %2; or name a kind such as touchpoints)"_s.arg(name, known.join(u", "_s));
            return std::nullopt;
        }
        for (const Id id : std::as_const(found)) {
            if (!lanes.contains(id))
                lanes.append(id);
        }
    }
    return lanes;
}

} // namespace

QString exportHelpLine()
{
    return exportSynopsis();
}

bool exportDraws(const QStringList &arguments)
{
    // A quiet parse: errors and --help are reported by exportMap() itself.
    QCommandLineParser parser;
    parser.addOptions(exportOptions());
    parser.parse(QStringList{u"waymark"_s} + arguments);
    const MapFormat *format = formatFor(parser.value(u"format"_s), parser.value(u"output"_s));
    return format && format->needsGui();
}

int exportMap(const QStringList &arguments)
{
    Arguments args(u"export"_s, exportSynopsis(),
                   u"Writes a map as a picture, a PDF (the map, the report or the slides), a PowerPoint deck, or as "
                   "data: the JSON interchange, a mermaid journey, a cards table or the roadmap for boards. See "
                   "docs/formats."_s);
    args.addPositional(u"FILE"_s, Cli::readableMapHelp());
    for (const QCommandLineOption &option : exportOptions())
        args.add(option);
    if (const auto exit = args.parse(arguments, 1, 1))
        return *exit;
    if (!args.isSet(u"output"_s))
        return args.usageError(u"missing -o OUT"_s);

    const MapFormat *format = formatFor(args.value(u"format"_s), args.value(u"output"_s));
    if (!format || !format->canWrite()) {
        const QString name = args.isSet(u"format"_s) ? args.value(u"format"_s) : QFileInfo(args.value(u"output"_s)).suffix().toLower();
        if (format)
            return args.usageError(u"Waymark reads %1 files but does not write them (it writes: %2)"_s.arg(format->label(), writableNames().join(u", "_s)));
        return args.usageError(u"unknown format '%1' (known: %2)"_s.arg(name, writableNames().join(u", "_s)));
    }

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

    // A variant's switch (--report) makes it; then it honours its own options.
    std::optional<FormatVariant> variant;
    for (const FormatVariant &v : format->variants()) {
        const QString flag = QString::fromLatin1(exportOptionInfo(v.option).flag);
        if (!args.isSet(flag))
            continue;
        if (variant)
            return args.usageError(u"--%1 and --%2 make two different %3 files; choose one"_s.arg(
                QString::fromLatin1(exportOptionInfo(variant->option).flag), flag, format->name()));
        variant = v;
    }
    const QList<ExportOption> honoured = variant ? variant->options : format->options();
    for (const ExportOptionInfo &info : exportOptionInfos()) {
        if (!info.flag || !args.isSet(QString::fromLatin1(info.flag)) || honoured.contains(info.option))
            continue;
        // The switch of another format's variant: say which file it writes.
        for (const MapFormat *other : FormatRegistry::instance().formats(FormatRegistry::Purpose::Write)) {
            for (const FormatVariant &v : other->variants()) {
                if (v.option == info.option)
                    return args.usageError(u"--%1 writes a %2; use -o OUT.%3 or --format %4"_s.arg(
                        QString::fromLatin1(info.flag), v.label.section(u" ("_s, 0, 0), other->extensions().constFirst(),
                        other->name()));
            }
        }
        // Any other option the format does not honour is left out, as it always was (scripts
        // pass --dpi for every format), with a note that says so.
        const QString kind = variant ? u"%1 --%2"_s.arg(format->name(), QString::fromLatin1(exportOptionInfo(variant->option).flag))
                                     : format->name();
        print(stderr, u"waymark: note: --%1 does not apply to %2 output (it is for: %3); left out\n"_s.arg(
                          QString::fromLatin1(info.flag), kind, appliesTo(info.option)));
    }
    for (const ExportOptionInfo &info : exportOptionInfos()) {
        if (info.flag && isSwitch(info.option))
            setSwitch(options, info.option, args.isSet(QString::fromLatin1(info.flag)));
    }

    return guarded([&] {
        const QString input = args.positional(0);
        const QString output = args.value(u"output"_s);
        if (QFileInfo(input).canonicalFilePath() == QFileInfo(output).canonicalFilePath() && QFileInfo::exists(output))
            return fail(u"the output %1 is the map itself"_s.arg(quoted(output)));
        const Cli::ReadableMap map(input);
        Document *document = &map.document();
        printWarnings(*document);
        if (args.isSet(u"segment"_s) && honoured.contains(ExportOption::Segment)) {
            for (const QString &text : args.values(u"segment"_s))
                options.segment.append(SegmentCondition::parse(text));
            // A segment nobody is in is a typo, not an empty export: say so, with what there is.
            MetricsQuery query;
            query.segment = options.segment;
            query.insights = false;
            MetricsEngine::compute(*document, query);
        }
        if (args.isSet(u"lane"_s) && honoured.contains(ExportOption::Lanes)) {
            QString problem;
            const auto lanes = lanesNamed(*document, args.values(u"lane"_s), &problem);
            if (!lanes)
                return fail(problem);
            options.lanes = *lanes;
        }
        format->write(*document, output, options);
        return 0;
    });
}

} // namespace Waymark::Subcommands
