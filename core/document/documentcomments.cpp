// Document: comments on cards, stages and the map.

#include "document.h"

#include "store/commenttable.h"

#include <QCoreApplication>

#include <algorithm>

namespace Waymark {

namespace {

qsizetype indexOfComment(const QList<Comment> &comments, Id id)
{
    // Ids grow, and the list is in id order.
    const auto it = std::lower_bound(comments.cbegin(), comments.cend(), id, [](const Comment &c, Id wanted) { return c.id < wanted; });
    return it != comments.cend() && it->id == id ? it - comments.cbegin() : -1;
}

} // namespace

const Comment *Document::comment(Id id) const
{
    const qsizetype index = indexOfComment(m_data.comments, id);
    return index < 0 ? nullptr : &m_data.comments.at(index);
}

QList<Comment> Document::repliesTo(Id thread) const
{
    QList<Comment> replies;
    for (const Comment &c : m_data.comments) {
        if (c.parent == thread)
            replies.append(c);
    }
    return replies;
}

QList<Comment> Document::threadsOn(Comment::Target target, Id id, bool resolvedToo) const
{
    QList<Comment> threads;
    for (const Comment &c : m_data.comments) {
        if (!c.parent && c.target == target && c.targetId == id && (resolvedToo || !c.resolved))
            threads.append(c);
    }
    return threads;
}

Id Document::insertComment(const Comment &comment)
{
    if (comment.parent) {
        const Comment *thread = this->comment(comment.parent);
        if (!thread || thread->parent)
            throw StoreError(StoreError::Code::Invalid, QCoreApplication::translate("Waymark", "a reply must answer a thread that is there"));
    }
    Change change(*this);
    Comment written = comment;
    if (written.target == Comment::Target::Map)
        written.targetId = 0;
    written.id = CommentTable::insert(*m_store, written);
    change.commit();
    m_data.comments.insert(std::upper_bound(m_data.comments.begin(), m_data.comments.end(), written.id,
                                            [](Id wanted, const Comment &c) { return wanted < c.id; }),
                           written);
    emit commentChanged(written.id);
    return written.id;
}

void Document::removeComment(Id id)
{
    const qsizetype index = indexOfComment(m_data.comments, id);
    if (index < 0)
        return;
    Change change(*this);
    CommentTable::remove(*m_store, id);
    change.commit();
    m_data.comments.removeAt(index);
    emit commentChanged(id);
}

void Document::updateComment(const Comment &comment)
{
    const qsizetype index = indexOfComment(m_data.comments, comment.id);
    if (index < 0)
        return;
    Change change(*this);
    CommentTable::update(*m_store, comment);
    change.commit();
    m_data.comments[index].text = comment.text;
    m_data.comments[index].resolved = comment.resolved;
    emit commentChanged(comment.id);
}

} // namespace Waymark
