#pragma once

#include <QRectF>

class QPainter;

namespace Waymark {

class Document;
struct CanvasTheme;

// The key to a printed map: what each card colour and marker means, and whose curve is whose.
namespace MapLegend {

constexpr double Height = 34; // scene units

void paint(QPainter *painter, const QRectF &rect, const Document &document, const CanvasTheme &theme);

} // namespace MapLegend

} // namespace Waymark
