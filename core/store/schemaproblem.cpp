#include "schemaproblem.h"

#include "io/messagetext.h"
#include "io/translate.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Waymark {

namespace {

constexpr int NamedInMessage = 3;
constexpr qsizetype NameLength = 60;

} // namespace

QString SchemaProblem::describe() const
{
    const QString named = type + u' ' + MessageText::quoted(name, NameLength);
    switch (kind) {
    case Kind::Extra:
        return named;
    case Kind::InPlaceOf:
        return tr("%1 in place of %2 %3").arg(named, expectedType, MessageText::quoted(name, NameLength));
    case Kind::Altered:
        return tr("%1, altered").arg(named);
    case Kind::Missing:
        return tr("no %1").arg(named);
    case Kind::Mismatch:
        return tr("tables that match no file format (%1)").arg(MessageText::quoted(name, NameLength));
    }
    return named;
}

QString SchemaProblem::sentence() const
{
    const QString named = type + u' ' + MessageText::quoted(name, NameLength);
    switch (kind) {
    case Kind::Extra:
        return tr("%1 was not created by Waymark").arg(named);
    case Kind::InPlaceOf:
        return tr("%1 stands in place of Waymark's %2 %3").arg(named, expectedType, MessageText::quoted(name, NameLength));
    case Kind::Altered:
        return tr("%1 was altered: its columns, constraints or options are not the ones Waymark makes").arg(named);
    case Kind::Missing:
        return tr("%1 is missing").arg(named);
    case Kind::Mismatch:
        return tr("the tables match no file format of Waymark (%1)").arg(MessageText::quoted(name, NameLength));
    }
    return named;
}

QString foreignObjectsMessage(const QString &path, const QList<SchemaProblem> &problems)
{
    QStringList named;
    for (qsizetype i = 0; i < problems.size() && i < NamedInMessage; ++i)
        named.append(problems.at(i).describe());
    QString list = named.join(u", "_s);
    if (problems.size() > NamedInMessage)
        list = tr("%1 and %2 more").arg(list, QString::number(problems.size() - NamedInMessage));
    return tr("%1 contains objects Waymark did not create (%2); open a clean copy to edit it")
        .arg(MessageText::quotedPath(path), list);
}

} // namespace Waymark
