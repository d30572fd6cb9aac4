#include "commenttable.h"

#include "boundedcolumns.h"
#include "model/valuebounds.h"
#include "store.h"
#include "io/translate.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSet>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Waymark::CommentTable {

namespace {

QString bounded(const QVariant &value, qsizetype limit, const QString &what,
                const std::function<void(const QString &, const QString &)> &warn)
{
    QString text = value.toString();
    if (text.size() > limit) {
        text = ValueBounds::cut(text, limit);
        warn(what, tr("is longer than %1 characters; only the first %1 are kept").arg(QLocale().toString(limit)));
    }
    return text;
}

} // namespace

QList<Comment> readAll(Store &store, const std::function<void(const QString &what, const QString &problem)> &warn)
{
    QSqlQuery &query = store.select(
        u"SELECT id, %1, %2, %3, %4, %5, %6, %7 FROM comment ORDER BY id"_s.arg(
            BoundedColumns::text(u"target_kind"_s, ValueBounds::KeyLength + 1), BoundedColumns::number(u"target_id"_s),
            BoundedColumns::number(u"parent_id"_s), BoundedColumns::text(u"author"_s, ValueBounds::LineLength + 1),
            BoundedColumns::text(u"created_at"_s, ValueBounds::TimestampLength + 1),
            BoundedColumns::text(u"text"_s, ValueBounds::ParagraphLength + 1), BoundedColumns::number(u"resolved"_s)));
    QList<Comment> comments;
    QSet<Id> threads;
    while (store.next(query)) {
        Comment comment;
        comment.id = query.value(0).toLongLong();
        const QString what = u"comment %1"_s.arg(comment.id);
        const std::optional<Comment::Target> target = CommentText::targetFromKey(query.value(1).toString());
        if (!target) {
            warn(what, tr("is on something that is not a card, a stage or the map; it is left out"));
            continue;
        }
        comment.target = *target;
        comment.targetId = *target == Comment::Target::Map ? 0 : query.value(2).toLongLong();
        comment.parent = query.value(3).toLongLong();
        // Replies are one level deep and come after their thread (ids grow), which also
        // keeps a crafted file from making a cycle.
        if (comment.parent && !threads.contains(comment.parent)) {
            warn(what, tr("answers a comment that is not there; it is left out"));
            continue;
        }
        comment.author = bounded(query.value(4), ValueBounds::LineLength, what + u"'s author"_s, warn);
        comment.createdAt = bounded(query.value(5), ValueBounds::TimestampLength, what + u"'s time"_s, warn);
        comment.text = bounded(query.value(6), ValueBounds::ParagraphLength, what, warn);
        comment.resolved = query.value(7).toLongLong() == 1;
        if (!comment.parent)
            threads.insert(comment.id);
        comments.append(comment);
    }
    return comments;
}

Id insert(Store &store, const Comment &comment)
{
    QSqlQuery &query = store.query(u"INSERT INTO comment (id, target_kind, target_id, parent_id, author, created_at, text, resolved) "
                                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s);
    query.bindValue(0, comment.id ? QVariant(comment.id) : QVariant());
    query.bindValue(1, CommentText::targetKey(comment.target));
    query.bindValue(2, comment.target == Comment::Target::Map ? Id(0) : comment.targetId);
    query.bindValue(3, comment.parent ? QVariant(comment.parent) : QVariant());
    query.bindValue(4, sqlValue(ValueBounds::cut(comment.author, ValueBounds::LineLength)));
    query.bindValue(5, sqlValue(ValueBounds::cut(comment.createdAt, ValueBounds::TimestampLength)));
    query.bindValue(6, sqlValue(ValueBounds::cut(comment.text, ValueBounds::ParagraphLength)));
    query.bindValue(7, comment.resolved ? 1 : 0);
    return store.insert(query);
}

void remove(Store &store, Id id)
{
    store.run(u"DELETE FROM comment WHERE id = ?"_s, {id});
}

void update(Store &store, const Comment &comment)
{
    store.run(u"UPDATE comment SET text = ?, resolved = ? WHERE id = ?"_s,
              {sqlValue(ValueBounds::cut(comment.text, ValueBounds::ParagraphLength)), comment.resolved ? 1 : 0, comment.id});
}

} // namespace Waymark::CommentTable
