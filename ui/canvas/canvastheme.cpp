#include "canvastheme.h"

#include <QGuiApplication>
#include <QPalette>

using namespace Qt::StringLiterals;

namespace Waymark {

namespace {

QFont font(int pointSize, QFont::Weight weight = QFont::Normal)
{
    QFont f = QGuiApplication::font();
    f.setPointSizeF(pointSize);
    f.setWeight(weight);
    // Exports and the screen must break lines alike: no hinting that depends on the device.
    f.setHintingPreference(QFont::PreferNoHinting);
    // No ligatures: "ﬁ" in a PDF or SVG is one glyph, and searching or copying "first" from
    // an exported map would fail. Latin text needs no shaping; it also lays out faster.
    f.setStyleStrategy(QFont::PreferNoShaping);
    return f;
}

void setFonts(CanvasTheme &theme)
{
    theme.titleFont = font(10, QFont::DemiBold);
    theme.bodyFont = font(9);
    theme.smallFont = font(8);
    theme.stageFont = font(12, QFont::Bold);
    theme.laneFont = font(10, QFont::DemiBold);
}

} // namespace

CanvasTheme CanvasTheme::light()
{
    CanvasTheme t;
    t.dark = false;
    t.background = QColor(0xf3, 0xf4, 0xf6);
    t.rowEven = QColor(0xff, 0xff, 0xff);
    t.rowOdd = QColor(0xf8, 0xf9, 0xfb);
    t.gridLine = QColor(0xdd, 0xe1, 0xe6);
    t.headerBackground = QColor(0xfb, 0xfb, 0xfc);
    t.headerBorder = QColor(0xcf, 0xd4, 0xdb);
    t.text = QColor(0x1f, 0x29, 0x33);
    t.mutedText = QColor(0x5f, 0x6b, 0x7a);
    t.accent = QColor(0x25, 0x63, 0xeb);
    t.cardBorder = QColor(0, 0, 0, 38);
    t.cardShadow = QColor(0, 0, 0, 22);
    setFonts(t);
    return t;
}

CanvasTheme CanvasTheme::dark_()
{
    CanvasTheme t;
    t.dark = true;
    t.background = QColor(0x1b, 0x1c, 0x1f);
    t.rowEven = QColor(0x24, 0x26, 0x2a);
    t.rowOdd = QColor(0x28, 0x2a, 0x2f);
    t.gridLine = QColor(0x3a, 0x3d, 0x44);
    t.headerBackground = QColor(0x2c, 0x2e, 0x33);
    t.headerBorder = QColor(0x44, 0x48, 0x50);
    t.text = QColor(0xe8, 0xea, 0xed);
    t.mutedText = QColor(0xa0, 0xa8, 0xb3);
    t.accent = QColor(0x60, 0xa5, 0xfa);
    t.cardBorder = QColor(255, 255, 255, 30);
    t.cardShadow = QColor(0, 0, 0, 70);
    setFonts(t);
    return t;
}

CanvasTheme CanvasTheme::forPalette(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128 ? dark_() : light();
}

QColor CanvasTheme::cardFill(CardKind kind) const
{
    switch (kind) {
    case CardKind::Touchpoint: return dark ? QColor(0x2b, 0x33, 0x40) : QColor(0xff, 0xff, 0xff);
    case CardKind::PainPoint: return dark ? QColor(0x40, 0x26, 0x28) : QColor(0xfd, 0xec, 0xec);
    case CardKind::Delight: return dark ? QColor(0x1f, 0x38, 0x2a) : QColor(0xe7, 0xf6, 0xec);
    case CardKind::Opportunity: return dark ? QColor(0x3d, 0x33, 0x1d) : QColor(0xff, 0xf5, 0xdb);
    case CardKind::Note: return dark ? QColor(0x30, 0x30, 0x2c) : QColor(0xfb, 0xfa, 0xf4);
    }
    return {};
}

QColor CanvasTheme::cardAccent(CardKind kind) const
{
    switch (kind) {
    case CardKind::Touchpoint: return dark ? QColor(0x60, 0xa5, 0xfa) : QColor(0x25, 0x63, 0xeb);
    case CardKind::PainPoint: return dark ? QColor(0xf8, 0x71, 0x71) : QColor(0xc8, 0x1e, 0x1e);
    case CardKind::Delight: return dark ? QColor(0x4a, 0xde, 0x80) : QColor(0x15, 0x80, 0x3d);
    case CardKind::Opportunity: return dark ? QColor(0xfb, 0xbf, 0x24) : QColor(0xb4, 0x5f, 0x06);
    case CardKind::Note: return dark ? QColor(0xa1, 0xa1, 0xaa) : QColor(0x78, 0x71, 0x6c);
    }
    return {};
}

QColor CanvasTheme::textOn(const QColor &background) const
{
    // Relative luminance, roughly: dark text on light colours, white on dark ones.
    const double luminance = 0.2126 * background.redF() + 0.7152 * background.greenF() + 0.0722 * background.blueF();
    return luminance > 0.55 ? QColor(0x1f, 0x29, 0x33) : QColor(Qt::white);
}

} // namespace Waymark
