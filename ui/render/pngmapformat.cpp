#include "pngmapformat.h"

#include "exportscene.h"
#include "io/formaterror.h"
#include "io/messagetext.h"
#include "io/savefile.h"
#include "mapsheet.h"
#include "pngbandwriter.h"

#include <QCoreApplication>
#include <QImage>
#include <QPainter>
#include <QSaveFile>

#include <png.h>
#include <zlib.h>

#include <cmath>
#include <stdexcept>

using namespace Qt::StringLiterals;

namespace Waymark {

namespace {

constexpr double Margin = 16; // scene units around the map
constexpr int BandHeight = 256;

struct PngError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

void onError(png_structp, png_const_charp message)
{
    throw PngError(message); // libpng's frames are plain C: unwinding through them is safe
}

void onWarning(png_structp, png_const_charp) {}

void onWrite(png_structp png, png_bytep data, png_size_t length)
{
    auto *file = static_cast<QSaveFile *>(png_get_io_ptr(png));
    if (file->write(reinterpret_cast<const char *>(data), qint64(length)) != qint64(length))
        throw PngError(writeFailureReason(*file).toStdString());
}

void onFlush(png_structp) {}

} // namespace

QString PngMapFormat::name() const
{
    return u"png"_s;
}

QString PngMapFormat::label() const
{
    return QCoreApplication::translate("Waymark", "PNG image");
}

QString PngMapFormat::note() const
{
    return QCoreApplication::translate("Waymark", "At 144 dpi a 100 % canvas pixel becomes 1.5 image pixels; use 300 dpi for print.");
}

QList<ExportOption> PngMapFormat::options() const
{
    return {ExportOption::Dpi, ExportOption::Transparent, ExportOption::Title, ExportOption::Legend,
            ExportOption::Selection, ExportOption::StageRange, ExportOption::Compact,
            ExportOption::Segment};
}

QStringList PngMapFormat::extensions() const
{
    return {u"png"_s};
}

void PngMapFormat::write(Document &document, const QString &path, const ExportOptions &options) const
{
    ExportScene scene(document, options);
    MapSheet sheet(scene, scene.firstColumn(), scene.lastColumn(), 0, int(scene.layout().rows().size()) - 1);
    const double scale = options.dpi / 96.0;
    const QSizeF natural = sheet.size() + QSizeF(2 * Margin, 2 * Margin);
    // In doubles until checked: a map of a million stages would overflow an int.
    const double pixelsWide = std::ceil(natural.width() * scale);
    const double pixelsHigh = std::ceil(natural.height() * scale);
    if (!(pixelsWide * pixelsHigh <= double(MaxPixels)) || pixelsWide > MaxSide || pixelsHigh > MaxSide) {
        throw FormatError(QCoreApplication::translate("Waymark", "the image would be %1 x %2 pixels, too large; "
                                                                 "use a lower --dpi or export PDF")
                              .arg(QString::number(pixelsWide, 'f', 0), QString::number(pixelsHigh, 'f', 0)));
    }
    const int width = int(pixelsWide);
    const int height = int(pixelsHigh);

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        throw FormatError(QCoreApplication::translate("Waymark", "cannot write %1: %2")
                              .arg(MessageText::quotedPath(path), file.errorString()));
    png_structp png = png_create_write_struct(PNG_LIBPNG_VER_STRING, nullptr, onError, onWarning);
    png_infop info = png ? png_create_info_struct(png) : nullptr;
    if (!info) {
        png_destroy_write_struct(&png, nullptr);
        throw FormatError(QCoreApplication::translate("Waymark", "cannot write '%1': out of memory").arg(path));
    }
    try {
        png_set_write_fn(png, &file, onWrite, onFlush);
        png_set_IHDR(png, info, png_uint_32(width), png_uint_32(height), 8,
                     options.transparent ? PNG_COLOR_TYPE_RGB_ALPHA : PNG_COLOR_TYPE_RGB, PNG_INTERLACE_NONE,
                     PNG_COMPRESSION_TYPE_DEFAULT, PNG_FILTER_TYPE_DEFAULT);
        const auto pixelsPerMetre = png_uint_32(std::lround(options.dpi / 0.0254));
        png_set_pHYs(png, info, pixelsPerMetre, pixelsPerMetre, PNG_RESOLUTION_METER);
        // Speed over the last few per cent of size: a map is mostly runs of flat colour, which
        // the "sub" filter turns into runs of zeros and run-length deflate packs several
        // times faster than the default strategy, to a file about as small.
        png_set_compression_level(png, 1);
        png_set_compression_strategy(png, Z_RLE);
        png_set_filter(png, PNG_FILTER_TYPE_BASE, PNG_FILTER_SUB);
        png_write_info(png, info);

        const QImage::Format format = options.transparent ? QImage::Format_RGBA8888_Premultiplied : QImage::Format_RGB888;
        PngBandWriter writer(png);
        for (int top = 0; top < height; top += BandHeight) {
            const int rows = std::min(BandHeight, height - top);
            QImage band(width, rows, options.transparent ? QImage::Format_ARGB32_Premultiplied : QImage::Format_RGB32);
            band.fill(options.transparent ? Qt::transparent : Qt::white);
            {
                QPainter painter(&band);
                painter.translate(0, -top);
                painter.scale(scale, scale);
                sheet.paint(&painter, QRectF(QPointF(Margin, Margin), sheet.size()));
            }
            QImage converted = band.convertToFormat(format);
            if (options.transparent)
                converted = converted.convertToFormat(QImage::Format_RGBA8888); // PNG wants straight alpha
            writer.push(std::move(converted));
            if (!options.tellProgress(top + rows, height)) {
                writer.abandon();
                png_destroy_write_struct(&png, &info);
                file.cancelWriting();
                throw FormatError::cancelledWriting(path);
            }
        }
        writer.finish();
        png_write_end(png, info);
        png_destroy_write_struct(&png, &info);
    } catch (const PngError &e) {
        png_destroy_write_struct(&png, &info);
        file.cancelWriting();
        throw FormatError(QCoreApplication::translate("Waymark", "cannot write %1: %2")
                              .arg(MessageText::quotedPath(path), QString::fromStdString(e.what())));
    }
    try {
        checkWritten(file, path);
    } catch (const FormatError &) {
        file.cancelWriting();
        throw;
    }
    if (!file.commit())
        throw FormatError(QCoreApplication::translate("Waymark", "cannot write %1: %2")
                              .arg(MessageText::quotedPath(path), writeFailureReason(file)));
}

} // namespace Waymark
