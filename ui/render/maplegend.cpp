#include "maplegend.h"

#include "model/valuebounds.h"
#include "canvas/canvastheme.h"
#include "canvas/svgicons.h"
#include "document/document.h"

#include <QFontMetricsF>
#include <QPainter>

using namespace Qt::StringLiterals;

namespace Waymark::MapLegend {

void paint(QPainter *painter, const QRectF &rect, const Document &document, const CanvasTheme &theme)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setFont(theme.smallFont);
    const QFontMetricsF metrics(theme.smallFont);
    const double middle = rect.center().y();
    double x = rect.left() + 4;
    const auto label = [&](const QString &text) {
        painter->setPen(theme.text);
        painter->drawText(QPointF(x, middle + metrics.ascent() / 2 - 1), text);
        x += metrics.horizontalAdvance(text) + 16;
    };

    for (const CardKind kind : allValues<CardKind>()) {
        const QRectF swatch(x, middle - 7, 22, 14);
        painter->setPen(QPen(theme.cardBorder, 1));
        painter->setBrush(theme.cardFill(kind));
        painter->drawRoundedRect(swatch, 3, 3);
        painter->fillRect(QRectF(swatch.left(), swatch.top(), 3, swatch.height()), theme.cardAccent(kind));
        x += 27;
        label(labelOf(kind));
    }
    x += 8;
    for (const Evidence evidence : allValues<Evidence>()) {
        SvgIcons::paint(painter, u"evidence-"_s + keyOf(evidence), QRectF(x, middle - 7, 14, 14), theme.mutedText);
        x += 18;
        label(labelOf(evidence));
    }
    x += 8;
    for (const Persona &persona : document.personas()) {
        if (x > rect.right() - 60)
            break;
        painter->setPen(QPen(document.personaColor(persona.id), 3, Qt::SolidLine, Qt::RoundCap));
        painter->drawLine(QLineF(x, middle, x + 18, middle));
        x += 24;
        label(metrics.elidedText(ValueBounds::forDisplay(persona.name, 500), Qt::ElideRight, 160));
    }
    painter->restore();
}

} // namespace Waymark::MapLegend
