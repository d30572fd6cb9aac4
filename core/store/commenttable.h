#pragma once

#include "model/comment.h"

#include <QList>

#include <functional>

namespace Waymark {

class Store;

// The comment table. Reading brings every value within its bounds (a map is untrusted input):
// texts are cut, an unknown target or a reply to a missing comment is left out, and each such
// change is reported through `warn`.
namespace CommentTable {

QList<Comment> readAll(Store &store, const std::function<void(const QString &what, const QString &problem)> &warn);
// Writes `comment` with its own id, or a new one when it has none; returns the id.
Id insert(Store &store, const Comment &comment);
void remove(Store &store, Id id);
// The text and the resolved state of `comment.id`.
void update(Store &store, const Comment &comment);

} // namespace CommentTable

} // namespace Waymark
