#pragma once

#include "ids.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace Waymark {

// A remark left on a card, a stage or the map as a whole, or a reply to one. A thread is a
// comment with no parent and its replies; resolving a thread resolves what it says, not each
// reply. The target is not a foreign key: a comment outlives its card, so that undoing the
// card's deletion brings the thread back with it.
struct Comment {
    enum class Target { Map, Stage, Card };

    Id id = 0;
    Target target = Target::Map;
    Id targetId = 0; // 0 for the map
    Id parent = 0;   // 0: starts a thread
    QString author;
    QString createdAt; // ISO 8601, UTC, to the second
    QString text;
    bool resolved = false;

    bool isReply() const { return parent != 0; }
    bool operator==(const Comment &) const = default;
};

namespace CommentText {

// "map", "stage", "card": the key of a target in the file and in JSON.
QString targetKey(Comment::Target target);
std::optional<Comment::Target> targetFromKey(const QString &key);

// The people a text mentions, without the "@", in order and once each: "@ana" and
// "@ana.lima" (letters, digits and . _ - after an @ that starts a word; a trailing dot ends
// the sentence, not the name).
QStringList mentions(const QString &text);

} // namespace CommentText

} // namespace Waymark
