// waymark workspace init|list, waymark publish and waymark pull: team workspaces on
// PostgreSQL (issue 16). A workspace is addressed by a libpq URI; its password comes from
// libpq (~/.pgpass, PGPASSWORD, a service file), never from the command line.

#include "cliutil.h"
#include "readablemap.h"
#include "subcommands.h"

#include "document/document.h"
#include "io/messagetext.h"
#include "io/siblingfile.h"
#include "store/maplock.h"
#include "store/storeerror.h"
#include "workspace/workspace.h"
#include "workspace/workspaceaddress.h"
#include "workspace/workspaceconnection.h"

#include <QDate>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;
using namespace Waymark::Cli;

namespace Waymark::Subcommands {

namespace {

const QString urlHelp = u"The workspace: a PostgreSQL connection URI, postgresql://[user@]host[:port]/database "
                        "(the password from ~/.pgpass or PGPASSWORD)."_s;

int workspaceInit(const QStringList &arguments)
{
    Arguments args(u"workspace init"_s, u"waymark workspace init URL"_s,
                   u"Makes an empty PostgreSQL database a Waymark workspace, or brings an older workspace forward."_s);
    args.addPositional(u"URL"_s, urlHelp);
    if (const auto exit = args.parse(arguments, 1, 1))
        return *exit;
    return guarded([&] {
        const WorkspaceAddress address = WorkspaceAddress::parse(args.positional(0));
        switch (Workspace::init(address)) {
        case WorkspaceSchema::InitResult::Created:
            print(stdout, u"Created the workspace %1 (version %2).\n"_s.arg(address.toString()).arg(WorkspaceSchema::CurrentVersion));
            break;
        case WorkspaceSchema::InitResult::Migrated:
            print(stdout, u"Brought the workspace %1 forward to version %2.\n"_s.arg(address.toString()).arg(WorkspaceSchema::CurrentVersion));
            break;
        case WorkspaceSchema::InitResult::AlreadyCurrent:
            print(stdout, u"%1 is a workspace already (version %2); nothing was changed.\n"_s.arg(address.toString()).arg(WorkspaceSchema::CurrentVersion));
            break;
        }
        return 0;
    });
}

QJsonObject entryJson(const WorkspaceMapEntry &entry, const QDate &today)
{
    return {
        {u"name"_s, entry.name},
        {u"title"_s, entry.info.title},
        {u"owner"_s, entry.info.owner.isEmpty() ? QJsonValue() : QJsonValue(entry.info.owner)},
        {u"review_date"_s, entry.info.reviewDate.isEmpty() ? QJsonValue() : QJsonValue(entry.info.reviewDate)},
        {u"review_due"_s, entry.info.reviewDue(today)},
        {u"published_by"_s, entry.publishedBy},
        {u"published_at"_s, entry.publishedAt.toString(Qt::ISODate)},
        {u"change_seq"_s, entry.changeSeq},
        {u"stages"_s, entry.stages},
        {u"cards"_s, entry.cards},
        {u"responses"_s, entry.responses},
        {u"open_comments"_s, entry.openComments},
    };
}

int workspaceList(const QStringList &arguments)
{
    Arguments args(u"workspace list"_s, u"waymark workspace list URL [--json]"_s, u"Lists the maps of a workspace."_s);
    args.addPositional(u"URL"_s, urlHelp);
    args.add({u"json"_s, u"Print JSON."_s});
    if (const auto exit = args.parse(arguments, 1, 1))
        return *exit;
    return guarded([&] {
        Workspace workspace(WorkspaceAddress::parse(args.positional(0)));
        const QList<WorkspaceMapEntry> entries = workspace.maps();
        const QDate today = QDate::currentDate();
        if (args.isSet(u"json"_s)) {
            QJsonArray maps;
            for (const WorkspaceMapEntry &entry : entries)
                maps.append(entryJson(entry, today));
            print(stdout, QString::fromUtf8(QJsonDocument(QJsonObject{{u"maps"_s, maps}}).toJson()));
            return 0;
        }
        if (entries.isEmpty()) {
            print(stdout, u"The workspace has no maps yet (add one with 'waymark publish FILE %1').\n"_s.arg(
                              workspace.connection().address().toString()));
            return 0;
        }
        QString text;
        for (const WorkspaceMapEntry &entry : entries) {
            text += u"%1  %2\n    %3 stages, %4 cards, %5 responses, %6 open comments; published by %7 at %8"_s.arg(
                MessageText::escaped(entry.name), MessageText::quoted(entry.info.title), QString::number(entry.stages),
                QString::number(entry.cards), QString::number(entry.responses), QString::number(entry.openComments),
                MessageText::escaped(entry.publishedBy), entry.publishedAt.toString(u"yyyy-MM-dd HH:mm 'UTC'"_s));
            if (!entry.info.owner.isEmpty())
                text += u"; owner %1"_s.arg(MessageText::escaped(entry.info.owner));
            if (entry.info.reviewDue(today))
                text += u"; review due (%1)"_s.arg(entry.info.reviewDate);
            text += u'\n';
        }
        print(stdout, text);
        return 0;
    });
}

} // namespace

int workspace(const QStringList &arguments)
{
    const QString action = arguments.value(0);
    if (action == u"init"_s)
        return workspaceInit(arguments.mid(1));
    if (action == u"list"_s)
        return workspaceList(arguments.mid(1));
    Arguments args(u"workspace"_s, u"waymark workspace (init URL | list URL [--json])"_s,
                   u"Team workspaces on PostgreSQL: 'init' makes a database one, 'list' lists its maps."_s);
    if (action == u"--help"_s || action == u"-h"_s)
        return *args.parse(arguments, 0, 0);
    return args.usageError(action.isEmpty() ? u"say what to do: init or list"_s
                                            : u"unknown action %1 (known: init, list)"_s.arg(MessageText::quoted(action)));
}

int publish(const QStringList &arguments)
{
    Arguments args(u"publish"_s, u"waymark publish FILE URL [--name NAME] [--replace]"_s,
                   u"Copies a map, with its responses and comments, into a workspace as one change."_s);
    args.addPositional(u"FILE"_s, u"The map (.waymark)."_s);
    args.addPositional(u"URL"_s, urlHelp);
    args.add({u"name"_s, u"The map's name in the workspace (default: the file's name without .waymark)."_s, u"NAME"_s});
    args.add({u"replace"_s, u"Replace the workspace's map of that name."_s});
    if (const auto exit = args.parse(arguments, 2, 2))
        return *exit;
    return guarded([&] {
        const QString file = args.positional(0);
        const WorkspaceAddress address = WorkspaceAddress::parse(args.positional(1));
        const QString name = args.isSet(u"name"_s) ? args.value(u"name"_s) : QFileInfo(file).completeBaseName();
        const auto document = Cli::openMapFile(file, Store::Access::ReadOnly);
        printWarnings(*document);
        const MapData data = document->snapshot();
        const ResponseBatch responses = document->responsesOfStages({});
        Workspace workspace(address);
        const qint64 seq = workspace.publish(name, data, responses, args.isSet(u"replace"_s), document->importMappings());
        print(stdout, u"Published %1 to %2 as %3: %4 stages, %5 cards, %6 responses (change %7).\n"_s.arg(
                          quoted(file), address.toString(), MessageText::quoted(name.trimmed()), QString::number(data.stages.size()),
                          QString::number(data.cards.size()), QString::number(responses.size()), QString::number(seq)));
        return 0;
    });
}

int pull(const QStringList &arguments)
{
    Arguments args(u"pull"_s, u"waymark pull URL NAME -o FILE [--force]"_s,
                   u"Copies a workspace's map, with its responses and comments, out into a map file."_s);
    args.addPositional(u"URL"_s, urlHelp);
    args.addPositional(u"NAME"_s, u"The map's name in the workspace (see 'waymark workspace list')."_s);
    args.add({{u"o"_s, u"output"_s}, u"The map file to write (.waymark)."_s, u"FILE"_s});
    args.add({u"force"_s, u"Replace FILE if it exists."_s});
    if (const auto exit = args.parse(arguments, 2, 2))
        return *exit;
    if (!args.isSet(u"output"_s))
        return args.usageError(u"say where to write the map with -o FILE"_s);
    return guarded([&] {
        const QString path = args.value(u"output"_s);
        const QFileInfo target(path);
        if (target.exists() && !args.isSet(u"force"_s))
            return fail(u"%1 already exists; use --force to replace it"_s.arg(quoted(path)));
        if (target.isDir())
            return fail(u"%1 is a folder"_s.arg(quoted(path)));
        Workspace workspace(WorkspaceAddress::parse(args.positional(0)));
        Workspace::MapContent content = workspace.read(args.positional(1));
        for (const QString &warning : std::as_const(content.warnings))
            print(stderr, u"waymark: warning: %1\n"_s.arg(warning));
        // Built beside the target and moved into place in one step, under the target's lock:
        // a failure never leaves half a map, and a map open in an editor is not replaced.
        const std::unique_ptr<MapLock> lock = MapLock::acquire(path);
        const QString temporary = SiblingFile::temporaryFor(path);
        try {
            Workspace::writeFile(content, temporary);
        } catch (...) {
            QFile::remove(temporary);
            throw;
        }
        SiblingFile::replace(temporary, path);
        print(stdout, u"Pulled %1 into %2: %3 stages, %4 cards, %5 responses.\n"_s.arg(
                          MessageText::quoted(args.positional(1)), quoted(path), QString::number(content.data.stages.size()),
                          QString::number(content.data.cards.size()), QString::number(content.responses.size())));
        return 0;
    });
}

} // namespace Waymark::Subcommands
