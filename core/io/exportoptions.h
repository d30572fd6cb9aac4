#pragma once

#include "model/ids.h"

#include <QList>
#include <QPageSize>

namespace Waymark {

// What an export should contain and how it is laid out. Formats use what applies to them.
struct ExportOptions {
    int dpi = 144;
    QPageSize::PageSizeId page = QPageSize::A4;
    bool report = false;
    bool transparent = false;
    bool title = true;
    bool legend = true;
    QList<Id> selection;  // cards to draw; empty: all
    int firstStage = 0;   // the range of stages to draw
    int lastStage = -1;   // -1: to the last
};

} // namespace Waymark
