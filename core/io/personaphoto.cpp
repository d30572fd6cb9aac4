#include "personaphoto.h"

#include "formaterror.h"
#include "io/translate.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QImageReader>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace Waymark::PersonaPhoto {

namespace {

QString quoted(const QString &path)
{
    return u'\u201c' + QDir::toNativeSeparators(path) + u'\u201d';
}

} // namespace

QByteArray fromImage(const QImage &source)
{
    if (source.isNull())
        throw FormatError(tr("the picture is empty"));
    QImage image = source;
    if (image.width() > MaxSide || image.height() > MaxSide)
        image = image.scaled(MaxSide, MaxSide, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    const bool written = image.hasAlphaChannel()
        ? image.save(&buffer, "PNG")
        : image.convertToFormat(QImage::Format_RGB32).save(&buffer, "JPEG", 85);
    if (!written || bytes.isEmpty())
        throw FormatError(tr("the picture could not be converted"));
    if (bytes.size() > MaxStoredBytes)
        throw FormatError(tr("the picture is still %1 after scaling it down; choose a simpler one")
                              .arg(QLocale().formattedDataSize(bytes.size())));
    return bytes;
}

QImage decode(const QByteArray &bytes)
{
    if (bytes.isEmpty() || bytes.size() > ValueBounds::PhotoBytes)
        return {};
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setDecideFormatFromContent(true);
    const QByteArray format = reader.format();
    if (format != "png" && format != "jpeg")
        return {};
    const QSize size = reader.size();
    if (!size.isValid() || size.isEmpty() || size.width() > ValueBounds::PhotoSide || size.height() > ValueBounds::PhotoSide)
        return {};
    return reader.read();
}

QByteArray fromFile(const QString &path)
{
    const QFileInfo info(path);
    if (!info.isFile())
        throw FormatError(tr("%1 does not exist").arg(quoted(path)));
    if (info.size() > MaxFileBytes)
        throw FormatError(tr("%1 is too large for a persona photo (%2; at most %3)")
                              .arg(quoted(path), QLocale().formattedDataSize(info.size()),
                                   QLocale().formattedDataSize(MaxFileBytes)));
    QImageReader reader(path);
    reader.setAutoTransform(true); // a phone's portrait photo stays upright
    // Decode at most a little over the stored size: a 50-megapixel photo would cost hundreds
    // of megabytes at full size.
    const QSize size = reader.size();
    if (size.isValid() && (size.width() > 4 * MaxSide || size.height() > 4 * MaxSide))
        reader.setScaledSize(size.scaled(4 * MaxSide, 4 * MaxSide, Qt::KeepAspectRatio));
    const QImage image = reader.read();
    if (image.isNull())
        throw FormatError(tr("%1 is not an image Waymark can read (%2); choose a PNG or JPEG file")
                              .arg(quoted(path), reader.errorString()));
    try {
        return fromImage(image);
    } catch (const FormatError &e) {
        throw FormatError(quoted(path) + u": "_s + e.message());
    }
}

} // namespace Waymark::PersonaPhoto
