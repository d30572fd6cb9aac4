#pragma once

#include <QColor>
#include <QFont>
#include <QRectF>

namespace Waymark {

// The measures of a slide, in slide units. A slide is Height units high whatever its shape;
// its width follows the screen (1920 on a 16:9 screen, the PPTX and the PDF pages). Sizes are
// fixed in units, so a card title is Height / 36 of any screen: above the 1/40 a room reads
// from the back (27 px at 1080p), and 15 pt in the PPTX (one unit is half a point there).
namespace SlideStyle {

constexpr double Height = 1080;
constexpr double WideWidth = 1920; // 16:9
constexpr double Margin = 56;
constexpr double PanelShare = 0.28; // of the width: the figures beside the cards, at most 30 %

constexpr double CaptionSize = 24;
constexpr double TitleSize = 54;
constexpr double LaneLabelSize = 24;
constexpr double CardTitleSize = 30;
constexpr double CardTextSize = 22;
constexpr double CardMetaSize = 20;
constexpr double PanelLabelSize = 22;
constexpr double FigureSize = 72;
constexpr double PanelTextSize = 26;
constexpr double FooterSize = 20;
constexpr double LineSpacing = 1.22; // line height / font size

constexpr double LaneLabelWidth = 210;
constexpr double CardGap = 16;
constexpr double LaneGap = 22;
constexpr double CardPadding = 16;
constexpr double CardStripe = 7;
constexpr double CardRadius = 10;
constexpr double MinCardWidth = 320;
constexpr double MaxCardWidth = 720;
constexpr int MaxTitleLines = 4;
constexpr int MaxTextLines = 4;

// The colours of the slides: a dark room, light cards.
inline QColor background() { return QColor(0x1d, 0x21, 0x2b); }
inline QColor panelBackground() { return QColor(0x25, 0x2a, 0x36); }
inline QColor text() { return QColor(0xf2, 0xf3, 0xf7); }
inline QColor mutedText() { return QColor(0x9a, 0xa3, 0xb5); }
inline QColor softText() { return QColor(0xc9, 0xce, 0xdb); }
inline QColor accent() { return QColor(0x7c, 0xb4, 0xff); }
inline QColor separator() { return QColor(0x3a, 0x40, 0x4e); }
inline QColor cardText() { return QColor(0x1f, 0x29, 0x33); }
inline QColor cardMutedText() { return QColor(0x4b, 0x55, 0x63); }
inline QColor good() { return QColor(0x5f, 0xd0, 0x8a); }
inline QColor amber() { return QColor(0xf2, 0xc1, 0x4e); }
inline QColor bad() { return QColor(0xff, 0x7a, 0x6b); }

// The font every slide text is set in, at `size` units (a pixel size: the painter's scale
// turns it into screen pixels or PDF points).
QFont font(double size, bool bold = false);

// Where the parts of a slide `width` units wide go.
struct Frame {
    double width = WideWidth;
    bool panel = true;

    QRectF slide() const { return {0, 0, width, Height}; }
    QRectF panelRect() const; // empty without the panel
    // Left of the panel: the stage's name and its lanes of cards.
    QRectF content() const;
    QRectF header() const;
    QRectF cards() const;
    double cardsLeft() const { return cards().left() + LaneLabelWidth + CardGap; }
    // The most cards side by side in a lane.
    int columns() const;
};

} // namespace SlideStyle

} // namespace Waymark
