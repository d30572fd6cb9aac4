#pragma once

#include "model/comment.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace Waymark {

class Document;

// The comments of a map as `waymark comments` prints them and the report lists them: threads
// in the order they were started, each with what it is on and its replies.
namespace CommentsFormat {

struct Thread {
    Comment comment;
    QString on;    // "card 'Long wait on hold'", "stage 'Onboarding'", "the map"
    QString where; // a card's stage and lane: "'Support' / 'Contact centre'"; empty for the others
    QList<Comment> replies;

    // "card 'Long wait on hold' ('Support' / 'Contact centre')": what and, for a card, where.
    QString placed() const { return where.isEmpty() ? on : on + QStringLiteral(" (") + where + u')'; }
};

// Open threads only, unless `resolvedToo`. A thread on a card or stage the map no longer has
// (deleted, kept for undo) is left out.
QList<Thread> threads(const Document &document, bool resolvedToo);

// "Ana Lima · 2026-12-02 10:42": who wrote a comment and when, in the user's time zone.
QString byline(const Comment &comment);

QString toText(const QList<Thread> &threads);
// {"comments": [{"id", "on": {"kind", "id", "label"}, "author", "created_at", "text",
// "mentions", "resolved", "replies": [...]}]}
QJsonObject toJson(const QList<Thread> &threads);

} // namespace CommentsFormat

} // namespace Waymark
