#include "authorname.h"

#include <QSettings>

#include <pwd.h>
#include <unistd.h>

namespace Waymark::AuthorName {

QString current()
{
    const QString chosen = QSettings().value(QLatin1StringView(SettingsKey)).toString().trimmed();
    if (!chosen.isEmpty())
        return chosen;
    if (const passwd *account = getpwuid(getuid())) {
        // GECOS: "Full Name,room,work phone,home phone,other".
        const QString fullName = QString::fromLocal8Bit(account->pw_gecos ? account->pw_gecos : "").section(u',', 0, 0).trimmed();
        if (!fullName.isEmpty())
            return fullName;
        if (account->pw_name && *account->pw_name)
            return QString::fromLocal8Bit(account->pw_name);
    }
    const QString user = qEnvironmentVariable("USER");
    return user.isEmpty() ? QStringLiteral("Unknown") : user;
}

} // namespace Waymark::AuthorName
