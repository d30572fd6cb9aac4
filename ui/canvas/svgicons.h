#pragma once

#include <QColor>
#include <QRectF>
#include <QString>

class QPainter;

namespace Waymark {

// The SVG icons of resources/icons, drawn as vectors in any colour: crisp at every zoom and
// still vector in SVG and PDF exports. Icons are black shapes; the tint replaces the black.
namespace SvgIcons {

// Draws icon `name` (file name without ".svg") into `rect`; nothing when it does not exist.
void paint(QPainter *painter, const QString &name, const QRectF &rect, const QColor &tint);
bool exists(const QString &name);

} // namespace SvgIcons

} // namespace Waymark
