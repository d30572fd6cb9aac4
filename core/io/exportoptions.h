#pragma once

#include "metrics/segmentcondition.h"
#include "model/ids.h"

#include <QList>
#include <QPageSize>

#include <functional>

namespace Waymark {

// What an export should contain and how it is laid out. Formats use what applies to them.
struct ExportOptions {
    int dpi = 144;
    QPageSize::PageSizeId page = QPageSize::A4;
    bool report = false;  // PDF: the report instead of the map
    bool slides = false;  // PDF: the presentation's slides, 16:9, a page per slide
    bool roadmap = false; // CSV: the ranked opportunities instead of every card
    bool transparent = false;
    bool title = true;
    bool legend = true;
    // Cards clamped to their first lines, as on the editor's canvas (an overview poster);
    // otherwise every word of every card, stage and lane name is shown.
    bool compact = false;
    // The report: a last section with the open comment threads.
    bool comments = false;
    // The emotion lane's measured curve (each stage's CSAT mean), as the canvas shows it.
    bool measuredEmotion = true;
    QList<Id> selection;  // cards to draw; empty: all
    int firstStage = 0;   // the range of stages to draw
    int lastStage = -1;   // -1: to the last
    // The view filter (--segment, or the editor's): the figures of these respondents, and of
    // the persona's touchpoints; its cards brought forward. Pictures and slides honour it.
    QList<SegmentCondition> segment;
    Id persona = 0;
    QList<Id> lanes;      // text formats (mermaid): the lanes whose cards are written; empty: the format's choice
    // Told how far a long export has come (bands of a PNG, pages of a PDF); returning false
    // cancels it, and the format throws FormatError with Cancelled set, leaving no file.
    std::function<bool(qint64 done, qint64 total)> progress;

    // False when the user cancelled.
    bool tellProgress(qint64 done, qint64 total) const { return !progress || progress(done, total); }
};

} // namespace Waymark
