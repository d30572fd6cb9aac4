#include "slidepainter.h"

#include "slidestyle.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

namespace Waymark::SlidePainter {

namespace {

void paintShape(QPainter *painter, const SlideShape &shape)
{
    painter->setBrush(shape.fill.isValid() ? QBrush(shape.fill) : QBrush(Qt::NoBrush));
    painter->setPen(shape.border.isValid() && shape.borderWidth > 0 ? QPen(shape.border, shape.borderWidth) : QPen(Qt::NoPen));
    if (shape.ellipse)
        painter->drawEllipse(shape.rect);
    else if (shape.radius > 0)
        painter->drawRoundedRect(shape.rect, shape.radius, shape.radius);
    else
        painter->drawRect(shape.rect);
}

void paintText(QPainter *painter, const SlideText &text)
{
    const QFont font = SlideStyle::font(text.size, text.bold);
    painter->setFont(font);
    painter->setPen(text.color);
    const QFontMetricsF metrics(font);
    const double lineHeight = text.lineHeight();
    // The line's box is taller than the font: centre the font's own height in it.
    double y = text.rect.top() + (lineHeight - metrics.height()) / 2 + metrics.ascent();
    for (const QString &line : text.lines) {
        double x = text.rect.left();
        if (text.alignment & Qt::AlignRight)
            x = text.rect.right() - metrics.horizontalAdvance(line);
        else if (text.alignment & Qt::AlignHCenter)
            x = text.rect.center().x() - metrics.horizontalAdvance(line) / 2;
        painter->drawText(QPointF(x, y), line);
        y += lineHeight;
    }
}

void paintLine(QPainter *painter, const SlideLine &line)
{
    QPen pen(line.color, line.width);
    pen.setCapStyle(Qt::RoundCap);
    pen.setJoinStyle(Qt::RoundJoin);
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    painter->drawPolyline(line.points);
}

} // namespace

QTransform transform(const SlidePicture &picture, const QRectF &target)
{
    if (picture.size.isEmpty())
        return {};
    const double scale = std::min(target.width() / picture.size.width(), target.height() / picture.size.height());
    const QPointF origin(target.center().x() - picture.size.width() * scale / 2,
                         target.center().y() - picture.size.height() * scale / 2);
    return QTransform::fromTranslate(origin.x(), origin.y()).scale(scale, scale);
}

void paint(QPainter *painter, const SlidePicture &picture, const QRectF &target, const MapPainter &map)
{
    painter->save();
    painter->setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
    const QTransform toTarget = transform(picture, target);
    painter->setTransform(toTarget, true);
    for (const SlideItem &item : picture.items) {
        if (const auto *shape = std::get_if<SlideShape>(&item)) {
            paintShape(painter, *shape);
        } else if (const auto *text = std::get_if<SlideText>(&item)) {
            paintText(painter, *text);
        } else if (const auto *line = std::get_if<SlideLine>(&item)) {
            paintLine(painter, *line);
        } else if (const auto *slideMap = std::get_if<SlideMap>(&item); slideMap && map) {
            // The map draws in its own units: hand it the rectangle where the painter is now.
            painter->save();
            const QRectF rect = painter->transform().mapRect(slideMap->rect);
            painter->resetTransform();
            map(painter, rect);
            painter->restore();
        }
    }
    painter->restore();
}

} // namespace Waymark::SlidePainter
