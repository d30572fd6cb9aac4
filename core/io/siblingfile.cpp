#include "siblingfile.h"

#include "store/storeerror.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>

#include <cerrno>
#include <cstdio>
#include <cstring>

using namespace Qt::StringLiterals;

namespace Waymark::SiblingFile {

QString temporaryFor(const QString &target)
{
    QTemporaryFile placeholder(QFileInfo(target).absolutePath() + u"/.waymark-XXXXXX"_s);
    if (!placeholder.open()) {
        throw StoreError(StoreError::Code::ReadOnly,
                         QCoreApplication::translate("Waymark", "cannot write in the folder of '%1': %2")
                             .arg(QDir::toNativeSeparators(target), placeholder.errorString()));
    }
    const QString name = placeholder.fileName();
    placeholder.close();
    placeholder.remove();
    return name;
}

void replace(const QString &temporary, const QString &target)
{
    if (std::rename(QFile::encodeName(temporary).constData(), QFile::encodeName(target).constData()) == 0)
        return;
    const QString reason = QString::fromLocal8Bit(std::strerror(errno));
    QFile::remove(temporary);
    throw StoreError(StoreError::Code::Io, QCoreApplication::translate("Waymark", "cannot replace '%1': %2")
                                               .arg(QDir::toNativeSeparators(target), reason));
}

} // namespace Waymark::SiblingFile
