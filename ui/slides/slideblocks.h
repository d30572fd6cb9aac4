#pragma once

#include "slidestyle.h"

#include "model/ids.h"

#include <QList>
#include <QSet>
#include <QStringList>

namespace Waymark {

class Document;
struct Card;

// A card measured for a slide: its text broken into lines at its width, and its height.
struct SlideCard {
    Id card = 0;
    double width = 0;
    double height = 0;
    QStringList title;
    QStringList text;
    QStringList titleParagraphs;
    QStringList textParagraphs;
    QString meta; // "Severity 4 of 5", "Effort 2 · Impact 5 · Store ops", a touchpoint's channel
};

// One row of a lane's cards on a slide, the unit that slides are split by: a lane is one
// block or several (a grid of cards, row by row), and a continued stage goes on between blocks.
struct SlideBlock {
    Id lane = 0;
    bool firstOfLane = true; // carries the lane's label (repeated when a lane continues)
    QList<SlideCard> cards;
    double height = 0;
};

namespace SlideBlocks {

// The blocks of a stage, lane by lane in map order: lanes with cards in the stage, not the
// emotion curve (the panel draws it) nor `hiddenLanes`. The cards of a lane are as wide as
// the lane's card count and the frame's columns allow, the same on every slide of the stage.
QList<SlideBlock> of(const Document &document, Id stage, const SlideStyle::Frame &frame, const QSet<Id> &hiddenLanes);

// The lanes a stage slide can show (for capture: empty ones too), in map order.
QList<Id> lanes(const Document &document, const QSet<Id> &hiddenLanes);

SlideCard measure(const Card &card, double width);
QStringList laneLabel(const QString &name);
double laneLabelHeight(const QString &name);
QString metaOf(const Card &card);

} // namespace SlideBlocks

} // namespace Waymark
