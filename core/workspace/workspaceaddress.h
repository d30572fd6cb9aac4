#pragma once

#include <QString>

namespace Waymark {

// Where a workspace is: a libpq connection URI, postgresql://[user@][host][:port][/database]
// [?param=value&...], and after '#' the name of one of its maps (URL#NAME) where a command
// takes a map. Passwords are libpq's business (~/.pgpass, PGPASSWORD, a service file): an
// address with one is refused, so that none ends up in the recent list, a shell history or a
// process listing.
struct WorkspaceAddress {
    QString host;     // empty: libpq's default (its Unix socket); a path for another socket folder
    int port = -1;    // -1: libpq's default
    QString database; // empty: libpq's default (the user's name)
    QString user;     // empty: libpq's default (the account's name)
    // libpq parameters from the query (sslmode, connect_timeout, service...), as QPSQL's
    // connect options: "key=value;key=value".
    QString options;
    QString map; // the fragment, decoded; empty when none

    // Whether `text` is meant as a workspace address rather than a file name.
    static bool isAddress(const QString &text);
    // Throws StoreError (Code::Invalid) with what is wrong with `text`.
    static WorkspaceAddress parse(const QString &text);

    // The address as users see it and as it is remembered: no password (there is none), no map.
    QString toString() const;
    bool operator==(const WorkspaceAddress &) const = default;
};

} // namespace Waymark
