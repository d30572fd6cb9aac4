#include "commentsformat.h"

#include "document/document.h"
#include "messagetext.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Waymark::CommentsFormat {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Waymark", text);
}

// What a comment is on, for a person; empty when the map no longer has it.
QString targetName(const Document &document, const Comment &comment, QString *title)
{
    switch (comment.target) {
    case Comment::Target::Map:
        *title = document.info().title;
        return tr("the map");
    case Comment::Target::Stage:
        if (const Stage *stage = document.stage(comment.targetId)) {
            *title = stage->name;
            return tr("stage %1").arg(MessageText::quoted(stage->name));
        }
        return {};
    case Comment::Target::Card:
        if (const Card *card = document.card(comment.targetId)) {
            *title = card->title;
            const Stage *stage = document.stage(card->stage);
            const Lane *lane = document.lane(card->lane);
            return tr("card %1 (%2 / %3)")
                .arg(MessageText::quoted(card->title), MessageText::quoted(stage ? stage->name : QString(), 60),
                     MessageText::quoted(lane ? lane->name : QString(), 60));
        }
        return {};
    }
    return {};
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
    QList<Thread> result;
    for (const Comment &comment : document.comments()) {
        if (comment.parent || (comment.resolved && !resolvedToo))
            continue;
        Thread thread;
        QString title;
        thread.on = targetName(document, comment, &title);
        if (thread.on.isEmpty())
            continue;
        thread.comment = comment;
        thread.replies = document.repliesTo(comment.id);
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
        text += u"#%1 on %2%3\n"_s.arg(QString::number(thread.comment.id), thread.on,
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
                                           {u"id"_s, thread.comment.targetId}});
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
