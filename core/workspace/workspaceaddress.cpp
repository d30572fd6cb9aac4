#include "workspaceaddress.h"

#include "io/messagetext.h"
#include "io/translate.h"
#include "store/storeerror.h"

#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace Waymark {

namespace {

[[noreturn]] void invalid(const QString &text, const QString &problem)
{
    throw StoreError(StoreError::Code::Invalid,
                     tr("%1 is not a workspace address: %2 (expected postgresql://host/database)")
                         .arg(MessageText::quoted(text, 120), problem));
}

// The libpq parameters an address may carry in its query: those about reaching and trusting
// the server. Not password (see the header), not dbname/user/host/port twice.
bool isAllowedParameter(const QString &key)
{
    static const QStringList allowed = {
        u"host"_s, u"hostaddr"_s, u"port"_s, u"dbname"_s, u"user"_s, u"connect_timeout"_s, u"sslmode"_s,
        u"sslcert"_s, u"sslkey"_s, u"sslrootcert"_s, u"sslcrl"_s, u"application_name"_s, u"service"_s,
        u"passfile"_s, u"target_session_attrs"_s, u"keepalives"_s, u"keepalives_idle"_s,
        u"gssencmode"_s, u"krbsrvname"_s, u"channel_binding"_s, u"require_auth"_s,
    };
    return allowed.contains(key);
}

// The address as typed, but for its password: a message must not repeat one.
QString withoutPassword(const QUrl &url)
{
    QUrl redacted = url.adjusted(QUrl::RemovePassword);
    QUrlQuery query(redacted);
    query.removeAllQueryItems(u"password"_s);
    redacted.setQuery(query);
    return redacted.toString(QUrl::FullyEncoded);
}

} // namespace

bool WorkspaceAddress::isAddress(const QString &text)
{
    return text.startsWith(u"postgresql://"_s, Qt::CaseInsensitive) || text.startsWith(u"postgres://"_s, Qt::CaseInsensitive);
}

WorkspaceAddress WorkspaceAddress::parse(const QString &text)
{
    if (!isAddress(text))
        invalid(text, tr("it does not start with postgresql://"));
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid())
        invalid(text, url.errorString());
    if (!url.password().isEmpty())
        invalid(withoutPassword(url), tr("it holds a password; keep the password in ~/.pgpass or PGPASSWORD instead"));
    WorkspaceAddress address;
    address.host = url.host(QUrl::FullyDecoded);
    address.port = url.port(-1);
    address.user = url.userName(QUrl::FullyDecoded);
    address.database = url.path(QUrl::FullyDecoded).mid(1);
    if (address.database.contains(u'/'))
        invalid(text, tr("a database name cannot hold '/'"));
    address.map = url.fragment(QUrl::FullyDecoded).trimmed();

    QStringList options;
    const QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == u"password"_s)
            invalid(withoutPassword(url), tr("it holds a password; keep the password in ~/.pgpass or PGPASSWORD instead"));
        if (!isAllowedParameter(key))
            invalid(text, tr("it has an unknown parameter %1").arg(MessageText::quoted(key)));
        // QPSQL hands its options to libpq separated by spaces: a value may not hold one.
        if (value.isEmpty() || value.contains(u' ') || value.contains(u';') || value.contains(u'\''))
            invalid(text, tr("the value of %1 is empty or holds a space, ';' or a quote").arg(key));
        if (key == u"host"_s)
            address.host = value;
        else if (key == u"port"_s) {
            bool ok = false;
            address.port = value.toInt(&ok);
            if (!ok || address.port <= 0 || address.port > 65535)
                invalid(text, tr("%1 is not a port").arg(MessageText::quoted(value)));
        } else if (key == u"dbname"_s)
            address.database = value;
        else if (key == u"user"_s)
            address.user = value;
        else
            options.append(key + u'=' + value);
    }
    address.options = options.join(u';');
    return address;
}

QString WorkspaceAddress::toString() const
{
    const auto encoded = [](const QString &part) { return QString::fromLatin1(QUrl::toPercentEncoding(part)); };
    // A socket folder is a path: it goes in the query, where libpq takes it from.
    const bool socketFolder = host.startsWith(u'/');
    QString text = u"postgresql://"_s;
    if (!user.isEmpty())
        text += encoded(user) + u'@';
    QStringList query;
    if (socketFolder) {
        query.append(u"host="_s + encoded(host));
        if (port > 0)
            query.append(u"port="_s + QString::number(port));
    } else {
        text += host.contains(u':') ? u'[' + host + u']' : host;
        if (port > 0)
            text += u':' + QString::number(port);
    }
    text += u'/' + encoded(database);
    for (const QString &option : options.split(u';', Qt::SkipEmptyParts))
        query.append(encoded(option.section(u'=', 0, 0)) + u'=' + encoded(option.section(u'=', 1)));
    if (!query.isEmpty())
        text += u'?' + query.join(u'&');
    return text;
}

} // namespace Waymark
