#include "commandline.h"

#include "subcommands.h"

#include "io/messagetext.h"

#include <QCoreApplication>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace Waymark::CommandLine {

namespace {

struct Entry {
    const char *name;
    int (*run)(const QStringList &arguments);
    bool draws;
};

const Entry subcommands[] = {
    {"new", Subcommands::newMap, false},
    {"templates", Subcommands::templates, false},
    {"info", Subcommands::info, false},
    {"check", Subcommands::check, false},
    {"repair", Subcommands::repair, false},
    {"import", Subcommands::importResponses, false},
    {"metrics", Subcommands::metrics, false},
    {"export", Subcommands::exportMap, true},
    {"snapshot", Subcommands::snapshot, false},
    {"snapshots", Subcommands::snapshots, false},
    {"diff", Subcommands::diff, false},
    {"restore", Subcommands::restore, false},
    {"comments", Subcommands::comments, false},
    {"comment", Subcommands::comment, false},
    {"workspace", Subcommands::workspace, false},
    {"publish", Subcommands::publish, false},
    {"pull", Subcommands::pull, false},
};

const Entry *find(const QStringList &arguments)
{
    if (arguments.size() < 2)
        return nullptr;
    for (const Entry &entry : subcommands) {
        if (arguments.at(1) == QLatin1StringView(entry.name))
            return &entry;
    }
    return nullptr;
}

QString overview()
{
    // The lines of `new` and `export` come from the format registry: they list its formats.
    return uR"(Usage:
  waymark [FILE]                                  open the editor (a map, or a file to import)
  )"_s + Subcommands::newHelpLine() + uR"(
  waymark templates [--json]
  waymark info FILE [--json]
  waymark import FILE CSV [--map FIELD=COLUMN]... [--values FIELD:LABEL=VALUE]... [--attribute NAME=COLUMN]...
                 [--keep COLUMN]... [--encoding E] [--delimiter D] [--replace-duplicates] [--include-skipped]
                 [--skip-invalid] [--dry-run]
  waymark metrics FILE [--json] [--by ATTRIBUTE] [--segment ATTR=VALUE]...
  )"_s + Subcommands::exportHelpLine() + uR"(
  waymark check FILE
  waymark repair FILE -o CLEAN.waymark
  waymark snapshot FILE --label TEXT          waymark snapshots FILE [--json]
  waymark diff FILE --since LABEL [--json]    waymark restore FILE --to LABEL
  waymark comments FILE [--all] [--json]
  waymark comment FILE (--text TEXT [--on map|stage:NAME|card:TITLE | --reply-to ID] | --resolve ID | --reopen ID)
  waymark workspace init URL                  waymark workspace list URL [--json]
  waymark publish FILE URL [--name NAME] [--replace]
  waymark pull URL NAME -o FILE [--force]

Waymark maps how customers meet a brand: stages, touchpoints, pain points, moments of
delight, emotion curves, personas and opportunities, backed by survey data.

Options:
  -h, --help       show this help, or a subcommand's with 'waymark COMMAND --help'
  -v, --version    show the version

A workspace URL is a PostgreSQL connection URI, postgresql://[user@]host[:port]/database;
its password comes from ~/.pgpass, PGPASSWORD or a service file.

Exit status: 0 done, 1 error, 2 wrong usage.
)"_s;
}

} // namespace

bool isSubcommand(const QStringList &arguments)
{
    return find(arguments) || (arguments.size() >= 2 && arguments.at(1).startsWith(u'-'));
}

bool needsGui(const QStringList &arguments)
{
    const Entry *entry = find(arguments);
    return entry && entry->draws && Subcommands::exportDraws(arguments);
}

int run(const QStringList &arguments)
{
    if (const Entry *entry = find(arguments))
        return entry->run(arguments.mid(2));

    const QString option = arguments.value(1);
    if (option == u"--version"_s || option == u"-v"_s) {
        std::printf("waymark %s\n", WAYMARK_VERSION);
        return 0;
    }
    if (option == u"--help"_s || option == u"-h"_s) {
        std::fputs(qPrintable(overview()), stdout);
        return 0;
    }
    std::fputs(MessageText::escaped(u"waymark: error: unknown option %1\nTry 'waymark --help'.\n"_s.arg(
                                        MessageText::quoted(option)))
                   .toLocal8Bit()
                   .constData(),
               stderr);
    return 2;
}

QString noDisplayHint()
{
    return uR"(waymark: there is no display to open the editor on.
Run a subcommand instead, for example:
  waymark templates
  waymark new journey.waymark --template phone-store
  waymark info journey.waymark
  waymark export journey.waymark -o journey.json
See 'waymark --help' for all of them.
)"_s;
}

} // namespace Waymark::CommandLine
