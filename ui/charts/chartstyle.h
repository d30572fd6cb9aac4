#pragma once

#include <QColor>
#include <QFont>

class QPalette;

namespace Waymark {

// Colours and fonts of the metrics charts. Print is always light, with fonts in pixels so that
// a chart laid out on screen and rendered into a PDF page breaks its text alike; the screen
// style follows the widget palette (light or dark).
struct ChartStyle {
    bool dark = false;
    QColor background;
    QColor plotBackground;
    QColor text;
    QColor mutedText;
    QColor grid;
    QColor axisLine;
    QColor whisker;  // the 95 % interval of NPS
    QColor target;   // the stage's target mark
    QColor positive; // NPS at or above 0
    QColor negative; // NPS below 0
    QColor promoters;
    QColor passives;
    QColor detractors;
    QColor csat;
    QColor ces;
    QColor fcr;
    QColor minutes;
    QFont titleFont;
    QFont labelFont;  // axis labels
    QFont legendFont;

    static ChartStyle print();
    static ChartStyle forPalette(const QPalette &palette);
};

} // namespace Waymark
