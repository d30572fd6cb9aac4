#pragma once

#include "model/enums.h"

#include <QColor>
#include <QFont>

class QPalette;

namespace Waymark {

// Sizes on the canvas, in scene units (pixels at 100 % zoom).
namespace CanvasMetrics {
constexpr double LaneHeaderWidth = 210;
constexpr double StageHeaderHeight = 78;
constexpr double CellPadding = 10;
constexpr double CardSpacing = 8;
constexpr double CardPadding = 9;
constexpr double CardRadius = 6;
constexpr double MinRowHeight = 92;
constexpr double EmotionRowHeight = 250;
constexpr double AddButtonSize = 30;
constexpr double ResizeGrip = 5;
} // namespace CanvasMetrics

// Colours and fonts of the canvas. The editor follows the system palette (light or dark);
// exports always draw on paper, in the light theme.
struct CanvasTheme {
    bool dark = false;
    QColor background;
    QColor rowEven;
    QColor rowOdd;
    QColor gridLine;
    QColor headerBackground;
    QColor headerBorder;
    QColor text;
    QColor mutedText;
    QColor accent;    // selection and focus
    QColor cardBorder;
    QColor cardShadow;
    QFont titleFont;  // card titles
    QFont bodyFont;   // card descriptions
    QFont smallFont;  // labels, values
    QFont stageFont;  // stage names
    QFont laneFont;   // lane names

    static CanvasTheme light();
    static CanvasTheme dark_();
    static CanvasTheme forPalette(const QPalette &palette);

    QColor cardFill(CardKind kind) const;
    QColor cardAccent(CardKind kind) const;
    // Readable text on a background of the given colour.
    QColor textOn(const QColor &background) const;
};

} // namespace Waymark
