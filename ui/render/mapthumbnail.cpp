#include "mapthumbnail.h"

#include "canvas/mapscene.h"
#include "document/document.h"

#include <QPainter>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace Waymark::MapThumbnail {

QImage render(const MapData &data, int width, int maxHeight, qreal devicePixelRatio)
{
    // The scene draws a document; a throw-away file holds it.
    QTemporaryDir dir;
    if (!dir.isValid())
        return {};
    const auto document = Document::create(dir.filePath(u"preview.waymark"_s), data);
    MapScene scene(document.get(), CanvasTheme::light());
    const QRectF source = scene.mapLayout().bounds();
    if (source.isEmpty())
        return {};
    const double scale = std::min(width / source.width(), maxHeight / source.height());
    const QSize size(int(source.width() * scale), int(source.height() * scale));
    QImage image(size * devicePixelRatio, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(devicePixelRatio);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
    scene.render(&painter, QRectF(QPointF(0, 0), QSizeF(size)), source);
    return image;
}

} // namespace Waymark::MapThumbnail
