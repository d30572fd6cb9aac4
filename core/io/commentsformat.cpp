#include "commentsformat.h"

#include "document/document.h"
#include "messagetext.h"
#include "io/translate.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Waymark::CommentsFormat {

namespace {

// What a comment is on, for a person ("card 'Greeter'"), and for a card where it is
// ("'Store visit' / 'Touchpoints'"); false when the map no longer has it.
bool describeTarget(const Document &document, const Comment &comment, QString *on, QString *where)
{
    switch (comment.target) {
    case Comment::Target::Map:
        *on = tr("the map");
        return true;
    case Comment::Target::Stage:
        if (const Stage *stage = document.stage(comment.targetId)) {
            *on = tr("stage %1").arg(MessageText::quoted(stage->name));
            return true;
        }
        return false;
    case Comment::Target::Card:
        if (const Card *card = document.card(comment.targetId)) {
            const Stage *stage = document.stage(card->stage);
            const Lane *lane = document.lane(card->lane);
            *on = tr("card %1").arg(MessageText::quoted(card->title));
            *where = u"%1 / %2"_s.arg(MessageText::quoted(stage ? stage->name : QString(), 60),
                                       MessageText::quoted(lane ? lane->name : QString(), 60));
            return true;
        }
        return false;
    }
    return false;
}

QJsonObject commentJson(const Comment &comment)
{
    QJsonArray mentions;
    for (const QString &name : CommentText::mentions(comment.text))
        mentions.append(name);
    return {{u"id"_s, comment.id},         {u"author"_s, comment.author},     {u"created_at"_s, comment.createdAt},
            {u"text"_s, comment.text},     {u"mentions"_s, mentions}};
}

} // namespace

QList<Thread> threads(const Document &document, bool resolvedToo)
{
    // One pass: a reply comes after its thread (ids grow, and the reader keeps it so).
    QList<Thread> result;
    QHash<Id, qsizetype> listed;
    for (const Comment &comment : document.comments()) {
        if (comment.parent) {
            if (const auto it = listed.constFind(comment.parent); it != listed.constEnd())
                result[*it].replies.append(comment);
            continue;
        }
        Thread thread;
        if ((comment.resolved && !resolvedToo) || !describeTarget(document, comment, &thread.on, &thread.where))
            continue;
        thread.comment = comment;
        listed.insert(comment.id, result.size());
        result.append(thread);
    }
    return result;
}

QString byline(const Comment &comment)
{
    const QDateTime when = QDateTime::fromString(comment.createdAt, Qt::ISODate);
    const QString time = when.isValid() ? when.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s) : comment.createdAt;
    const QString author = comment.author.isEmpty() ? tr("someone") : comment.author;
    return time.isEmpty() ? author : u"%1 · %2"_s.arg(author, time);
}

QString toText(const QList<Thread> &threads)
{
    if (threads.isEmpty())
        return tr("no open comments\n");
    QString text;
    for (const Thread &thread : threads) {
        text += u"#%1 on %2%3\n"_s.arg(QString::number(thread.comment.id), thread.placed(),
                                        thread.comment.resolved ? tr(" (resolved)") : QString());
        text += u"  %1: %2\n"_s.arg(byline(thread.comment), MessageText::quoted(thread.comment.text, 2000));
        for (const Comment &reply : thread.replies)
            text += u"    #%1 %2: %3\n"_s.arg(QString::number(reply.id), byline(reply), MessageText::quoted(reply.text, 2000));
    }
    return text;
}

QJsonObject toJson(const QList<Thread> &threads)
{
    QJsonArray array;
    for (const Thread &thread : threads) {
        QJsonObject object = commentJson(thread.comment);
        object.insert(u"on"_s, QJsonObject{{u"kind"_s, CommentText::targetKey(thread.comment.target)},
                                           {u"id"_s, thread.comment.targetId},
                                           {u"label"_s, thread.placed()}});
        object.insert(u"resolved"_s, thread.comment.resolved);
        QJsonArray replies;
        for (const Comment &reply : thread.replies)
            replies.append(commentJson(reply));
        object.insert(u"replies"_s, replies);
        array.append(object);
    }
    return {{u"comments"_s, array}};
}

} // namespace Waymark::CommentsFormat
