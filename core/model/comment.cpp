#include "comment.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Waymark::CommentText {

QString targetKey(Comment::Target target)
{
    switch (target) {
    case Comment::Target::Map:
        return u"map"_s;
    case Comment::Target::Stage:
        return u"stage"_s;
    case Comment::Target::Card:
        return u"card"_s;
    }
    return u"map"_s;
}

std::optional<Comment::Target> targetFromKey(const QString &key)
{
    for (const Comment::Target target : {Comment::Target::Map, Comment::Target::Stage, Comment::Target::Card}) {
        if (key == targetKey(target))
            return target;
    }
    return std::nullopt;
}

QStringList mentions(const QString &text)
{
    // An @ at the start or after a character that cannot be in an address (so that
    // ana@example.com mentions nobody).
    static const QRegularExpression mention(u"(?<![\\w@.])@([\\w][\\w.\\-]*)"_s, QRegularExpression::UseUnicodePropertiesOption);
    QStringList names;
    for (auto it = mention.globalMatch(text); it.hasNext();) {
        QString name = it.next().captured(1);
        while (name.endsWith(u'.') || name.endsWith(u'-'))
            name.chop(1);
        if (!name.isEmpty() && !names.contains(name, Qt::CaseInsensitive))
            names.append(name);
    }
    return names;
}

} // namespace Waymark::CommentText
