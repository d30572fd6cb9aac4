#include "surveyfile.h"

#include "io/formaterror.h"

#include <QCoreApplication>
#include <QDir>

#include <sys/stat.h>

using namespace Qt::StringLiterals;

namespace Waymark::SurveyFile {

namespace {

QString kindOf(mode_t mode)
{
    if (S_ISFIFO(mode))
        return QCoreApplication::translate("Waymark", "a FIFO (named pipe)");
    if (S_ISCHR(mode))
        return QCoreApplication::translate("Waymark", "a character device");
    if (S_ISBLK(mode))
        return QCoreApplication::translate("Waymark", "a block device");
    if (S_ISSOCK(mode))
        return QCoreApplication::translate("Waymark", "a socket");
    if (S_ISDIR(mode))
        return QCoreApplication::translate("Waymark", "a folder");
    return QCoreApplication::translate("Waymark", "no regular file");
}

} // namespace

std::unique_ptr<QFile> open(const QString &path)
{
    const QString shown = u"'"_s + QDir::toNativeSeparators(path) + u"'"_s;
    struct stat info {};
    // stat() follows links: a link to a FIFO is refused like the FIFO.
    if (::stat(QFile::encodeName(path).constData(), &info) != 0) {
        QFile missing(path);
        missing.open(QIODevice::ReadOnly);
        throw FormatError(QCoreApplication::translate("Waymark", "cannot read %1: %2").arg(shown, missing.errorString()));
    }
    if (!S_ISREG(info.st_mode))
        throw FormatError(QCoreApplication::translate("Waymark", "cannot read %1: it is %2, not a file; save the export to a file "
                                                                 "and import that")
                              .arg(shown, kindOf(info.st_mode)));
    auto file = std::make_unique<QFile>(path);
    if (!file->open(QIODevice::ReadOnly))
        throw FormatError(QCoreApplication::translate("Waymark", "cannot read %1: %2").arg(shown, file->errorString()));
    return file;
}

} // namespace Waymark::SurveyFile
