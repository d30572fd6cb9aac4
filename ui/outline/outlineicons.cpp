#include "outlineicons.h"

#include "canvas/svgicons.h"

#include <QApplication>
#include <QPalette>

#include <QFile>
#include <QPainter>
#include <QPixmap>

using namespace Qt::StringLiterals;

namespace Waymark {

namespace {

const QColor neutralColor(0xc4, 0xc8, 0xce);

QPixmap swatchPixmap(const QColor &color, int size)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const qreal unit = size / 16.0;
    // Inset so that the swatch lines up with the 24-unit lane icons, which leave a margin.
    const QRectF box = QRectF(0, 0, size, size).adjusted(2.5 * unit, 2.5 * unit, -2.5 * unit, -2.5 * unit);
    painter.setPen(QPen(color.darker(135), unit));
    painter.setBrush(color);
    painter.drawRoundedRect(box, 2.5 * unit, 2.5 * unit);
    return pixmap;
}

} // namespace

QIcon OutlineIcons::swatch(const QColor &color)
{
    const QColor shown = color.isValid() ? color : neutralColor;
    const QRgb key = shown.rgba();
    auto it = m_swatches.constFind(key);
    if (it == m_swatches.constEnd()) {
        QIcon icon;
        for (const int size : {16, 24, 32, 48})
            icon.addPixmap(swatchPixmap(shown, size));
        it = m_swatches.insert(key, icon);
    }
    return *it;
}

QIcon OutlineIcons::lane(LaneKind kind, const QColor &color)
{
    const QString name = u"lane-%1"_s.arg(keyOf(kind));
    if (!SvgIcons::exists(name))
        return swatch(color);
    // Drawn in the lane's colour, or in the text colour so that it shows on light and dark.
    const QColor tint = color.isValid() ? color : QApplication::palette().color(QPalette::WindowText);
    const QString key = name + tint.name();
    auto it = m_laneIcons.constFind(key);
    if (it == m_laneIcons.constEnd()) {
        QIcon icon;
        for (const int size : {16, 24, 32, 48}) {
            QPixmap pixmap(size, size);
            pixmap.fill(Qt::transparent);
            QPainter painter(&pixmap);
            painter.setRenderHint(QPainter::Antialiasing);
            SvgIcons::paint(&painter, name, QRectF(0, 0, size, size), tint);
            painter.end();
            icon.addPixmap(pixmap);
        }
        it = m_laneIcons.insert(key, icon);
    }
    return *it;
}

} // namespace Waymark
