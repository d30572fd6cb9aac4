#include "savefile.h"

#include "formaterror.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace Waymark {

void writeFileAtomically(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    const auto failed = [&path, &file] {
        return FormatError(QCoreApplication::translate("Waymark", "cannot write '%1': %2").arg(path, file.errorString()));
    };
    if (!file.open(QIODevice::WriteOnly))
        throw failed();
    if (file.write(bytes) != bytes.size())
        throw failed();
    if (!file.commit())
        throw failed();
}

} // namespace Waymark
