#include "inputfile.h"

#include "formaterror.h"
#include "io/translate.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace Waymark::InputFile {

QByteArray read(const QString &path, qint64 maxBytes)
{
    const QString shown = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    if (info.isDir())
        throw FormatError(tr("cannot read '%1': it is a folder").arg(shown));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw FormatError(tr("cannot read '%1': %2").arg(shown, file.errorString()));
    // A pipe or a device has no size: read one byte past the limit to know.
    const QByteArray bytes = file.read(maxBytes + 1);
    if (bytes.size() > maxBytes)
        throw FormatError(tr("'%1' is larger than the %2 Waymark imports").arg(shown, QLocale().formattedDataSize(maxBytes)));
    if (file.error() != QFileDevice::NoError)
        throw FormatError(tr("cannot read '%1': %2").arg(shown, file.errorString()));
    return bytes;
}

QString utf8(const QByteArray &bytes, const QString &source)
{
    QByteArrayView view(bytes);
    if (view.startsWith("\xEF\xBB\xBF"))
        view = view.sliced(3);
    if (!view.isValidUtf8()) {
        qint64 line = 1;
        qsizetype start = 0;
        while (start < view.size()) {
            qsizetype end = view.indexOf('\n', start);
            if (end < 0)
                end = view.size();
            if (!view.sliced(start, end - start).isValidUtf8())
                break;
            ++line;
            start = end + 1;
        }
        throw FormatError(tr("%1:%2: not UTF-8 text (save the file as UTF-8)").arg(source).arg(line));
    }
    return QString::fromUtf8(view);
}

} // namespace Waymark::InputFile
