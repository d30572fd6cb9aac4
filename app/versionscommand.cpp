// waymark snapshot, snapshots, diff and restore: the labelled versions inside a map (MapVersions).

#include "cliutil.h"
#include "readablemap.h"
#include "subcommands.h"

#include "document/document.h"
#include "document/mapversions.h"
#include "io/messagetext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

using namespace Qt::StringLiterals;
using namespace Waymark::Cli;

namespace Waymark::Subcommands {

namespace {

QCommandLineOption jsonOption()
{
    return {u"json"_s, u"Print JSON."_s};
}

} // namespace

int snapshot(const QStringList &arguments)
{
    Arguments args(u"snapshot"_s, u"waymark snapshot FILE --label TEXT"_s,
                   u"Keeps the map as it is now inside its file, under a label, to compare with or restore later "
                   "(survey responses are not part of it)."_s);
    args.addPositional(u"FILE"_s, Cli::readableMapHelp());
    args.add({u"label"_s, u"The label: new in this map, one line."_s, u"TEXT"_s});
    if (const auto exit = args.parse(arguments, 1, 1))
        return *exit;
    if (!args.isSet(u"label"_s))
        return args.usageError(u"--label is required"_s);
    return guarded([&] {
        const auto document = Cli::openMap(args.positional(0), Store::Access::ReadWrite);
        printWarnings(*document);
        const SnapshotEntry entry = MapVersions(*document).take(args.value(u"label"_s));
        print(stdout, u"%1: snapshot %2 taken (%3)\n"_s.arg(Cli::mapName(*document), MessageText::quoted(entry.label),
                                                            QLocale::c().formattedDataSize(entry.bytes)));
        return 0;
    });
}

int snapshots(const QStringList &arguments)
{
    Arguments args(u"snapshots"_s, u"waymark snapshots FILE [--json]"_s, u"Lists the snapshots kept in a map, oldest first."_s);
    args.addPositional(u"FILE"_s, Cli::readableMapHelp());
    args.add(jsonOption());
    if (const auto exit = args.parse(arguments, 1, 1))
        return *exit;
    return guarded([&] {
        const auto document = Cli::openMap(args.positional(0), Store::Access::ReadOnly);
        printWarnings(*document);
        const QList<SnapshotEntry> entries = MapVersions(*document).list();
        if (args.isSet(u"json"_s)) {
            QJsonArray array;
            for (const SnapshotEntry &entry : entries) {
                array.append(QJsonObject{{u"label"_s, entry.label}, {u"created_at"_s, entry.createdAt},
                                         {u"author"_s, entry.author}, {u"bytes"_s, entry.bytes}});
            }
            print(stdout, QString::fromUtf8(QJsonDocument(QJsonObject{{u"snapshots"_s, array}}).toJson()));
            return 0;
        }
        if (entries.isEmpty())
            print(stdout, u"%1 has no snapshots\n"_s.arg(Cli::mapName(*document)));
        for (const SnapshotEntry &entry : entries) {
            print(stdout, u"%1  %2  %3  %4\n"_s.arg(entry.createdAt, entry.author, QLocale::c().formattedDataSize(entry.bytes),
                                                      entry.label));
        }
        return 0;
    });
}

int diff(const QStringList &arguments)
{
    Arguments args(u"diff"_s, u"waymark diff FILE --since LABEL [--json]"_s,
                   u"Lists what changed in the map since a snapshot: stages, lanes, cards (field by field), "
                   "personas, emotion points, business figures and links added, removed and changed."_s);
    args.addPositional(u"FILE"_s, Cli::readableMapHelp());
    args.add({u"since"_s, u"The snapshot to compare with (see 'waymark snapshots')."_s, u"LABEL"_s});
    args.add(jsonOption());
    if (const auto exit = args.parse(arguments, 1, 1))
        return *exit;
    if (!args.isSet(u"since"_s))
        return args.usageError(u"--since is required"_s);
    return guarded([&] {
        const auto document = Cli::openMap(args.positional(0), Store::Access::ReadOnly);
        printWarnings(*document);
        const QString label = args.value(u"since"_s);
        const QList<MapDiff::Change> changes = MapVersions(*document).changesSince(label);
        if (args.isSet(u"json"_s)) {
            print(stdout, QString::fromUtf8(QJsonDocument(QJsonObject{{u"since"_s, label}, {u"changes"_s, MapDiff::toJson(changes)}})
                                                .toJson()));
            return 0;
        }
        if (changes.isEmpty())
            print(stdout, u"no changes since %1\n"_s.arg(MessageText::quoted(label)));
        for (const QString &line : MapDiff::toText(changes))
            print(stdout, line + u'\n');
        return 0;
    });
}

int restore(const QStringList &arguments)
{
    Arguments args(u"restore"_s, u"waymark restore FILE --to LABEL"_s,
                   u"Brings the map back to a snapshot, in one step, after keeping the map as it is in a snapshot of "
                   "its own (\"before restore …\"). Survey responses stay as they are."_s);
    args.addPositional(u"FILE"_s, Cli::readableMapHelp());
    args.add({u"to"_s, u"The snapshot to restore (see 'waymark snapshots')."_s, u"LABEL"_s});
    if (const auto exit = args.parse(arguments, 1, 1))
        return *exit;
    if (!args.isSet(u"to"_s))
        return args.usageError(u"--to is required"_s);
    return guarded([&] {
        const auto document = Cli::openMap(args.positional(0), Store::Access::ReadWrite);
        printWarnings(*document);
        const QString label = args.value(u"to"_s);
        const SnapshotEntry before = MapVersions(*document).restore(label);
        print(stdout, u"%1: restored %2; the map as it was is kept as snapshot %3\n"_s.arg(Cli::mapName(*document), MessageText::quoted(label),
                                                                                           MessageText::quoted(before.label)));
        return 0;
    });
}

} // namespace Waymark::Subcommands
