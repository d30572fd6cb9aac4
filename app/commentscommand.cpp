// waymark comments and waymark comment: the threads on a map's cards, stages and the map.

#include "cliutil.h"
#include "readablemap.h"
#include "subcommands.h"

#include "document/document.h"
#include "io/commentsformat.h"
#include "io/messagetext.h"
#include "model/authorname.h"
#include "store/storeerror.h"

#include <QDateTime>
#include <QJsonDocument>

using namespace Qt::StringLiterals;
using namespace Waymark::Cli;

namespace Waymark::Subcommands {

namespace {

[[noreturn]] void refuse(const QString &message)
{
    throw StoreError(StoreError::Code::Invalid, message);
}

// "map", "stage:NAME" or "card:TITLE", names ignoring case; a title two cards share is refused
// with the stages they are in.
std::pair<Comment::Target, Id> targetOf(const Document &document, const QString &spec)
{
    if (spec.isEmpty() || spec.compare(u"map"_s, Qt::CaseInsensitive) == 0)
        return {Comment::Target::Map, 0};
    const QString kind = spec.section(u':', 0, 0).trimmed().toLower();
    const QString name = spec.section(u':', 1).trimmed();
    if (kind == u"stage"_s) {
        QStringList names;
        for (const Stage &stage : document.stages()) {
            if (stage.name.compare(name, Qt::CaseInsensitive) == 0)
                return {Comment::Target::Stage, stage.id};
            names.append(MessageText::quoted(stage.name, 60));
        }
        refuse(u"the map has no stage %1 (its stages: %2)"_s.arg(MessageText::quoted(name), names.join(u", "_s)));
    }
    if (kind == u"card"_s) {
        QList<Id> found;
        for (const Stage &stage : document.stages()) {
            for (const Id id : document.cardsOfStage(stage.id)) {
                if (document.card(id)->title.compare(name, Qt::CaseInsensitive) == 0)
                    found.append(id);
            }
        }
        if (found.isEmpty())
            refuse(u"the map has no card titled %1"_s.arg(MessageText::quoted(name)));
        if (found.size() > 1) {
            QStringList where;
            for (const Id id : std::as_const(found))
                where.append(MessageText::quoted(document.stage(document.card(id)->stage)->name, 60));
            refuse(u"%1 cards are titled %2 (in %3); rename one first"_s.arg(QString::number(found.size()), MessageText::quoted(name),
                                                                            where.join(u", "_s)));
        }
        return {Comment::Target::Card, found.first()};
    }
    refuse(u"--on %1: expected map, stage:NAME or card:TITLE"_s.arg(MessageText::quoted(spec)));
}

Id commentId(const Document &document, const QString &text)
{
    bool ok = false;
    const Id id = text.trimmed().remove(u'#').toLongLong(&ok);
    if (!ok || !document.comment(id))
        refuse(u"the map has no comment %1 (see 'waymark comments FILE --all')"_s.arg(MessageText::quoted(text)));
    return id;
}

} // namespace

int comments(const QStringList &arguments)
{
    Arguments args(u"comments"_s, u"waymark comments FILE [--all] [--json]"_s,
                   u"Lists the open comment threads on the map's cards, stages and the map itself, with their replies."_s);
    args.addPositional(u"FILE"_s, readableMapHelp());
    args.add({u"all"_s, u"Resolved threads too."_s});
    args.add({u"json"_s, u"Print JSON."_s});
    if (const auto exit = args.parse(arguments, 1, 1))
        return *exit;
    return guarded([&] {
        const ReadableMap map(args.positional(0));
        Document *document = &map.document();
        printWarnings(*document);
        const QList<CommentsFormat::Thread> threads = CommentsFormat::threads(*document, args.isSet(u"all"_s));
        if (args.isSet(u"json"_s))
            print(stdout, QString::fromUtf8(QJsonDocument(CommentsFormat::toJson(threads)).toJson()));
        else
            print(stdout, CommentsFormat::toText(threads));
        return 0;
    });
}

int comment(const QStringList &arguments)
{
    Arguments args(u"comment"_s, u"waymark comment FILE (--text TEXT [--on TARGET | --reply-to ID] | --resolve ID | --reopen ID)"_s,
                   u"Leaves a comment on a card, a stage or the map, replies to a thread, or resolves or reopens one. "
                   "@name in the text mentions someone."_s);
    args.addPositional(u"FILE"_s, u"The map (.waymark)."_s);
    args.add({u"text"_s, u"What to say."_s, u"TEXT"_s});
    args.add({u"on"_s, u"map (the default), stage:NAME or card:TITLE."_s, u"TARGET"_s});
    args.add({u"reply-to"_s, u"The thread to answer (its number in 'waymark comments')."_s, u"ID"_s});
    args.add({u"author"_s, u"Who says it (default: the editor's setting, else the account's full name)."_s, u"NAME"_s});
    args.add({u"resolve"_s, u"Resolves a thread."_s, u"ID"_s});
    args.add({u"reopen"_s, u"Reopens a resolved thread."_s, u"ID"_s});
    if (const auto exit = args.parse(arguments, 1, 1))
        return *exit;
    const int actions = int(args.isSet(u"text"_s)) + int(args.isSet(u"resolve"_s)) + int(args.isSet(u"reopen"_s));
    if (actions != 1)
        return args.usageError(u"give one of --text, --resolve and --reopen"_s);
    if (args.isSet(u"on"_s) && args.isSet(u"reply-to"_s))
        return args.usageError(u"a reply is on its thread's target: give --on or --reply-to, not both"_s);
    return guarded([&] {
        const auto document = Cli::openMap(args.positional(0), Store::Access::ReadWrite);
        printWarnings(*document);
        if (!args.isSet(u"text"_s)) {
            const bool resolve = args.isSet(u"resolve"_s);
            const Id id = commentId(*document, args.value(resolve ? u"resolve"_s : u"reopen"_s));
            if (document->comment(id)->parent)
                refuse(u"comment %1 is a reply; resolve its thread, %2"_s.arg(QString::number(id), QString::number(document->comment(id)->parent)));
            Comment comment = *document->comment(id);
            comment.resolved = resolve;
            document->setChangeLabel(resolve ? u"Resolve Comment"_s : u"Reopen Comment"_s);
            document->updateComment(comment);
            print(stdout, u"%1: comment %2 %3\n"_s.arg(Cli::mapName(*document), QString::number(id), resolve ? u"resolved"_s : u"reopened"_s));
            return 0;
        }
        Comment comment;
        comment.text = args.value(u"text"_s).trimmed();
        if (comment.text.isEmpty())
            refuse(u"--text is empty"_s);
        comment.author = args.isSet(u"author"_s) ? args.value(u"author"_s).trimmed() : AuthorName::current();
        comment.createdAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
        if (args.isSet(u"reply-to"_s)) {
            const Comment *thread = document->comment(commentId(*document, args.value(u"reply-to"_s)));
            comment.parent = thread->parent ? thread->parent : thread->id; // a reply to a reply joins its thread
            comment.target = thread->target;
            comment.targetId = thread->targetId;
        } else {
            std::tie(comment.target, comment.targetId) = targetOf(*document, args.value(u"on"_s));
        }
        document->setChangeLabel(u"Add Comment"_s);
        const Id id = document->insertComment(comment);
        print(stdout, u"%1: comment %2 left%3\n"_s.arg(Cli::mapName(*document), QString::number(id),
                                                       comment.parent ? u" in thread %1"_s.arg(comment.parent) : QString()));
        return 0;
    });
}

} // namespace Waymark::Subcommands
