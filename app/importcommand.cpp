// `waymark import`: the options parsed here, everything else done by core's SurveyImport and
// ImportResponsesCommand, as the import wizard does it.

#include "subcommands.h"

#include "cliutil.h"
#include "readablemap.h"

#include "commands/importresponsescommand.h"
#include "document/document.h"
#include "io/csvdialect.h"
#include "io/messagetext.h"
#include "io/textsource.h"
#include "survey/surveyfile.h"
#include "survey/surveyimport.h"
#include "workspace/workspace.h"

using namespace Qt::StringLiterals;

namespace Waymark::Subcommands {

namespace {

using Cli::Arguments;
using Cli::fail;
using Cli::print;
using Cli::printWarnings;
using Cli::quoted;

// Turns the options into ImportOptions; returns a usage error message, or empty.
QString importOptions(const Arguments &args, ImportOptions &options)
{
    for (const QString &mapping : args.values(u"map"_s)) {
        const qsizetype equals = mapping.indexOf(u'=');
        if (equals <= 0)
            return u"--map takes FIELD=COLUMN, not '%1'"_s.arg(mapping);
        const QString field = mapping.left(equals).trimmed();
        if (!SurveyFields::fromName(field))
            return u"'%1' is not a field (fields: %2)"_s.arg(field, SurveyFields::names().join(u", "_s));
        options.columns.insert(field.toLower(), mapping.mid(equals + 1).trimmed());
    }
    for (const QString &value : args.values(u"values"_s)) {
        ValueMap::Entry entry;
        if (const QString problem = ValueMap::parse(value, &entry); !problem.isEmpty())
            return problem;
        options.values.set(entry.field, entry.label, entry.value);
    }
    for (const QString &attribute : args.values(u"attribute"_s)) {
        const qsizetype equals = attribute.indexOf(u'=');
        if (equals <= 0 || attribute.mid(equals + 1).trimmed().isEmpty())
            return u"--attribute takes NAME=COLUMN, not '%1'"_s.arg(attribute);
        options.attributes.append({attribute.left(equals).trimmed(), attribute.mid(equals + 1).trimmed()});
    }
    options.keep = args.values(u"keep"_s);
    if (args.isSet(u"encoding"_s)) {
        options.encoding = args.value(u"encoding"_s).trimmed();
        if (!TextSource::isKnownEncoding(options.encoding))
            return u"'%1' is not an encoding this version knows (for example UTF-8, UTF-16LE, windows-1252)"_s.arg(options.encoding);
    }
    if (args.isSet(u"delimiter"_s)) {
        const std::optional<char> delimiter = CsvDialect::delimiterFromName(args.value(u"delimiter"_s));
        if (!delimiter)
            return u"--delimiter takes comma, semicolon, tab, pipe or the character itself, not '%1'"_s.arg(args.value(u"delimiter"_s));
        options.delimiter = *delimiter;
    }
    options.includeSkipped = args.isSet(u"include-skipped"_s);
    options.replaceDuplicates = args.isSet(u"replace-duplicates"_s);
    return {};
}

// How the file was read and what each column became, on stdout.
void printPlan(const SurveyImport &import)
{
    const ImportReport &report = import.report();
    print(stdout, u"Read %1: %2.\n"_s.arg(quoted(report.source), report.detectionText()));
    for (const QString &line : report.columnLines())
        print(stdout, u"  "_s + line + u'\n');
    QStringList attributes;
    for (const ColumnPlan::Attribute &attribute : report.plan.attributes) {
        const QString column = report.columnName(attribute.column);
        attributes.append(attribute.name == report.layout.columns.at(attribute.column).label
                                  || attribute.name == report.layout.columns.at(attribute.column).key
                              ? attribute.name
                              : u"%1 as %2"_s.arg(column, attribute.name));
    }
    if (!attributes.isEmpty())
        print(stdout, u"  segment attributes: %1\n"_s.arg(attributes.join(u", "_s)));
    if (const QString personal = report.excludedText(ColumnExclusion::Kind::Personal); !personal.isEmpty())
        print(stdout, u"  not stored, personal data: %1 (keep one with --keep COLUMN)\n"_s.arg(personal));
    if (const QString bookkeeping = report.excludedText(ColumnExclusion::Kind::Metadata); !bookkeeping.isEmpty())
        print(stdout, u"  not stored, the survey tool's bookkeeping: %1\n"_s.arg(bookkeeping));
    if (report.rememberedMapping)
        print(stdout, u"  (the mapping remembered for this layout; --map and --values change it)\n"_s);
    for (const QString &note : report.plan.notes)
        print(stdout, u"  note: "_s + note + u'\n');
}

void printProblems(const SurveyImport &import)
{
    const ImportReport &report = import.report();
    for (const ImportProblem &problem : report.problems)
        print(stderr, u"line %1: %2\n"_s.arg(problem.line).arg(problem.reason));
    if (report.invalid > report.problems.size())
        print(stderr, u"... and %1 more rows that are not valid\n"_s.arg(report.invalid - report.problems.size()));
    for (const QString &note : report.tallyNotes(u"--values %1:%2=%3"_s))
        print(stderr, note + u'\n');
}

// Writes the batch as the wizard does: one ImportResponsesCommand, which also remembers the
// mapping for the layout. Returns the write's error, or empty.
QString write(Document &document, SurveyImport &import)
{
    QString failure;
    QObject::connect(&document, &Document::writeFailed, &document, [&failure](const QString &message) { failure = message; });
    ImportResponsesCommand command(&document, std::move(import.batch()));
    command.setReplaced(import.replacedResponses());
    command.setMapping(import.layout().signature, import.mapping().toJson());
    command.redo();
    return failure;
}

} // namespace

int importResponses(const QStringList &arguments)
{
    Arguments args(u"import"_s,
                   u"waymark import FILE CSV [--map FIELD=COLUMN]... [--values FIELD:LABEL=VALUE]... [--attribute NAME=COLUMN]...\n"
                   "               [--keep COLUMN]... [--encoding E] [--delimiter D] [--replace-duplicates] [--include-skipped]\n"
                   "               [--skip-invalid] [--dry-run]"_s,
                   u"Imports survey responses into a map from the CSV a survey tool exports: Qualtrics (current and legacy), "
                   "SurveyMonkey (expanded or condensed), Google Forms, Typeform, or any CSV with a header row. Columns "
                   "named stage, touchpoint, respondent, nps, csat, ces, fcr, response_minutes and submitted_at are those "
                   "answers; the tools' id and date columns, the standard NPS question and a column of stage names are "
                   "found by themselves; every other column is a segment attribute, except personal data. Previews, spam, "
                   "unfinished responses, rows that answer nothing and respondents already in the map are skipped. A row "
                   "that is not valid stops the whole import unless --skip-invalid. The mapping is remembered for the "
                   "export's layout, so next month's export imports with no options."_s);
    args.addPositional(u"FILE"_s, Cli::readableMapHelp());
    args.addPositional(u"CSV"_s, u"The export: CSV or tab-separated text with its header row(s)."_s);
    args.add({u"map"_s, u"Take FIELD from COLUMN, named by export tag, question text or header in any case, e.g. "
                        "--map nps=\"How likely are you to recommend us?\"; an empty COLUMN leaves FIELD out."_s,
              u"FIELD=COLUMN"_s});
    args.add({u"values"_s, u"What a label or code of the export stands for, e.g. --values csat:\"Sehr zufrieden\"=5 or "
                           "--values stage:3=\"Store visit\"."_s,
              u"FIELD:LABEL=VALUE"_s});
    args.add({u"attribute"_s, u"Store COLUMN as the segment attribute NAME, e.g. --attribute age=\"What is your age?\"."_s,
              u"NAME=COLUMN"_s});
    args.add({u"keep"_s, u"Keep COLUMN as a segment attribute though it holds personal data or the tool's bookkeeping."_s,
              u"COLUMN"_s});
    args.add({u"encoding"_s, u"Read the file in encoding E (UTF-8, UTF-16LE, windows-1252 ...) instead of detecting it."_s,
              u"E"_s});
    args.add({u"delimiter"_s, u"Split fields at D (comma, semicolon, tab, pipe) instead of detecting it."_s, u"D"_s});
    args.add({u"replace-duplicates"_s, u"Replace the responses of respondents already in the map instead of skipping them."_s});
    args.add({u"include-skipped"_s, u"Also import previews, test and spam responses, unfinished ones and rows that answer nothing."_s});
    args.add({u"skip-invalid"_s, u"Import the valid rows and report the others."_s});
    args.add({u"dry-run"_s, u"Check the rows and report, writing nothing."_s});
    if (const auto exit = args.parse(arguments, 2, 2))
        return *exit;
    ImportOptions options;
    if (const QString problem = importOptions(args, options); !problem.isEmpty())
        return args.usageError(problem);

    return Cli::guarded([&] {
        const QString path = args.positional(0);
        const QString csvPath = args.positional(1);
        const bool dryRun = args.isSet(u"dry-run"_s);
        // A workspace's map is read into a private copy, which the rows are checked against
        // (stages, touchpoints, respondents already there); the rows then go to the workspace.
        const bool inWorkspace = WorkspaceAddress::isAddress(path);
        std::unique_ptr<Cli::ReadableMap> copy;
        std::unique_ptr<Document> opened;
        if (inWorkspace) {
            copy = std::make_unique<Cli::ReadableMap>(path);
        } else {
            if (!dryRun)
                Cli::warnIfShared(path);
            opened = Cli::openMapFile(path, dryRun ? Store::Access::ReadOnly : Store::Access::ReadWrite);
        }
        Document *document = copy ? &copy->document() : opened.get();
        const QString target = copy ? MessageText::quoted(copy->workspace()) : quoted(path);
        printWarnings(*document);
        SurveyImport import(*document, options);
        if (const QStringList problems = import.optionProblems(); !problems.isEmpty()) {
            for (const QString &problem : problems.mid(0, problems.size() - 1))
                print(stderr, u"waymark: error: "_s + problem + u'\n');
            return args.usageError(problems.last());
        }
        const auto file = SurveyFile::open(csvPath);
        import.open(file.get(), csvPath);
        import.requireStage();
        printPlan(import);
        import.readRows();
        printProblems(import);

        const ImportReport &report = import.report();
        const qint64 valid = import.batch().size();
        if (const QString skipped = report.skippedText(); !skipped.isEmpty()) {
            const bool includable = report.skipped[int(SkipReason::DuplicateInMap)] + report.skipped[int(SkipReason::DuplicateInFile)]
                                    < report.skippedCount();
            print(stdout, u"Skipped %1 rows: %2%3.\n"_s.arg(report.skippedCount())
                              .arg(skipped, includable ? u"; --include-skipped imports all but repeated respondents"_s : QString()));
        }
        if (report.invalid > 0 && !args.isSet(u"skip-invalid"_s)) {
            return fail(u"%1 of %2 rows are not valid; nothing was imported (use --skip-invalid to import the %3 valid ones)"_s
                            .arg(report.invalid)
                            .arg(report.rows)
                            .arg(valid));
        }
        if (valid == 0) {
            if (report.invalid > 0)
                return fail(u"none of the %1 rows is valid; nothing was imported"_s.arg(report.rows));
            const qint64 known = report.skipped[int(SkipReason::DuplicateInMap)];
            if (known > 0) {
                print(stdout, u"Nothing new to import: the %1 respondents are in %2 already (--replace-duplicates replaces them).\n"_s
                                  .arg(known)
                                  .arg(target));
                return 0;
            }
            return fail(report.rows == 0 ? u"%1 has no responses, only its header"_s.arg(quoted(csvPath))
                                         : u"none of the %1 rows is a response to import; nothing was imported"_s.arg(report.rows));
        }
        if (report.invalid > 0 && report.invalid * 5 > report.rows)
            print(stderr, u"waymark: warning: %1 of %2 rows are skipped as not valid (more than a fifth); check the problems above\n"_s
                              .arg(report.invalid)
                              .arg(report.rows));
        if (dryRun) {
            print(stdout, u"Would import %1 responses into %2 (%3 rows not valid); nothing was written.\n"_s.arg(valid).arg(target).arg(report.invalid));
            return 0;
        }
        if (copy) {
            Workspace workspace(copy->address());
            workspace.importResponses(copy->address().map, import.batch(), import.replacedResponses(),
                                      {import.layout().signature, import.mapping().toJson()});
        } else if (const QString failure = write(*document, import); !failure.isEmpty()) {
            return fail(failure);
        }
        QString done = u"Imported %1 responses into %2"_s.arg(valid).arg(target);
        if (report.replaced > 0)
            done += u", replacing %1 of the map's"_s.arg(report.replaced);
        if (report.invalid > 0)
            done += u"; skipped %1 rows that are not valid"_s.arg(report.invalid);
        print(stdout, done + u".\n"_s);
        return 0;
    });
}

} // namespace Waymark::Subcommands
