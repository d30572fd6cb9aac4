#include "slidestyle.h"

#include <QGuiApplication>

#include <algorithm>
#include <cmath>

namespace Waymark::SlideStyle {

QFont font(double size, bool bold)
{
    QFont f = QGuiApplication::font();
    f.setPixelSize(std::max(1, int(std::lround(size))));
    f.setWeight(bold ? QFont::Bold : QFont::Normal);
    // Lines are broken once, in slide units, and drawn at any scale: glyph widths must scale
    // with the size, which hinting to the pixel grid would not do. No ligatures, so that the
    // words of a PDF slide can be searched and copied.
    f.setHintingPreference(QFont::PreferNoHinting);
    f.setStyleStrategy(QFont::PreferNoShaping);
    return f;
}

QRectF Frame::panelRect() const
{
    if (!panel)
        return {};
    const double w = std::round(width * PanelShare);
    return {width - w, 0, w, Height};
}

QRectF Frame::content() const
{
    const double right = panel ? panelRect().left() - 40 : width - Margin;
    return QRectF(Margin, 40, std::max(400.0, right - Margin), Height - 40 - 48);
}

QRectF Frame::header() const
{
    const QRectF c = content();
    return {c.left(), c.top(), c.width(), 110};
}

QRectF Frame::cards() const
{
    const QRectF c = content();
    const double top = header().bottom() + 10;
    return {c.left(), top, c.width(), c.bottom() - top};
}

int Frame::columns() const
{
    const double grid = cards().right() - cardsLeft();
    return std::max(1, int((grid + CardGap) / (MinCardWidth + CardGap)));
}

} // namespace Waymark::SlideStyle
