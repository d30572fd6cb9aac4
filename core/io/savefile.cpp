#include "savefile.h"

#include "formaterror.h"
#include "messagetext.h"
#include "io/translate.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSaveFile>
#include <QStorageInfo>

#include <cerrno>

namespace Waymark {

namespace {

// Less than this free beside the file after a failed write: the disk filled up.
constexpr qint64 NearlyFull = 1024 * 1024;

FormatError failure(const QString &path, const QString &reason)
{
    return FormatError(tr("cannot write %1: %2").arg(MessageText::quotedPath(path), reason));
}

} // namespace

QString writeFailureReason(const QFileDevice &file)
{
    const int error = errno;
    const QStorageInfo storage(QFileInfo(file.fileName()).absolutePath());
    if (error == ENOSPC || error == EDQUOT || (storage.isValid() && storage.bytesAvailable() < NearlyFull))
        return tr("the disk is full; nothing was written");
    if (file.error() == QFileDevice::NoError || file.errorString() == QLatin1StringView("Unknown error"))
        return tr("the file could not be written completely");
    return file.errorString();
}

void checkWritten(QFileDevice &file, const QString &path)
{
    if (!file.flush() || file.error() != QFileDevice::NoError)
        throw failure(path, writeFailureReason(file));
}

void writeFileAtomically(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        throw failure(path, file.errorString());
    if (file.write(bytes) != bytes.size())
        throw failure(path, writeFailureReason(file));
    checkWritten(file, path);
    if (!file.commit())
        throw failure(path, writeFailureReason(file));
}

} // namespace Waymark
