#include "chartstyle.h"

#include <QGuiApplication>
#include <QPalette>

namespace Waymark {

namespace {

QFont pixelFont(int pixels, QFont::Weight weight = QFont::Normal)
{
    QFont font = QGuiApplication::font();
    font.setPixelSize(pixels);
    font.setWeight(weight);
    font.setHintingPreference(QFont::PreferNoHinting);
    return font;
}

QFont pointFont(double points, QFont::Weight weight = QFont::Normal)
{
    QFont font = QGuiApplication::font();
    font.setPointSizeF(points);
    font.setWeight(weight);
    return font;
}

void setSeriesColours(ChartStyle &style)
{
    // Distinct in hue and in lightness, so that a grey-scale print still tells them apart.
    style.positive = style.dark ? QColor(0x4a, 0xde, 0x80) : QColor(0x16, 0xa3, 0x4a);
    style.negative = style.dark ? QColor(0xf8, 0x71, 0x71) : QColor(0xdc, 0x26, 0x26);
    style.promoters = style.positive;
    style.passives = style.dark ? QColor(0x71, 0x71, 0x7a) : QColor(0xc4, 0xc8, 0xce);
    style.detractors = style.negative;
    style.csat = style.dark ? QColor(0x60, 0xa5, 0xfa) : QColor(0x25, 0x63, 0xeb);
    style.ces = style.dark ? QColor(0xa7, 0x8b, 0xfa) : QColor(0x7c, 0x3a, 0xed);
    style.fcr = style.dark ? QColor(0x2d, 0xd4, 0xbf) : QColor(0x0d, 0x94, 0x88);
    style.minutes = style.dark ? QColor(0xfb, 0xbf, 0x24) : QColor(0xd9, 0x77, 0x06);
}

} // namespace

ChartStyle ChartStyle::print()
{
    ChartStyle s;
    s.dark = false;
    s.background = Qt::white;
    s.plotBackground = Qt::white;
    s.text = QColor(0x1f, 0x29, 0x33);
    s.mutedText = QColor(0x5f, 0x6b, 0x7a);
    s.grid = QColor(0xe3, 0xe6, 0xea);
    s.axisLine = QColor(0x9a, 0xa3, 0xae);
    s.whisker = QColor(0x1f, 0x29, 0x33);
    s.target = QColor(0x1f, 0x29, 0x33);
    setSeriesColours(s);
    s.titleFont = pixelFont(15, QFont::DemiBold);
    s.labelFont = pixelFont(11);
    s.legendFont = pixelFont(11);
    return s;
}

ChartStyle ChartStyle::forPalette(const QPalette &palette)
{
    ChartStyle s = print();
    s.dark = palette.color(QPalette::Window).lightness() < 128;
    s.background = palette.color(QPalette::Base);
    s.plotBackground = s.background;
    s.text = palette.color(QPalette::WindowText);
    s.mutedText = palette.color(QPalette::PlaceholderText);
    s.grid = s.dark ? s.background.lighter(160) : s.background.darker(110);
    s.axisLine = s.dark ? s.background.lighter(220) : s.background.darker(150);
    s.whisker = s.text;
    s.target = s.text;
    setSeriesColours(s);
    const double base = QGuiApplication::font().pointSizeF() > 0 ? QGuiApplication::font().pointSizeF() : 9;
    s.titleFont = pointFont(base + 1, QFont::DemiBold);
    s.labelFont = pointFont(base - 1);
    s.legendFont = pointFont(base - 1);
    return s;
}

} // namespace Waymark
