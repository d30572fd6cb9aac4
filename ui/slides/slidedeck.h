#pragma once

#include "slideblocks.h"
#include "slidestyle.h"

#include <QList>
#include <QSet>
#include <QString>

namespace Waymark {

class Document;

// The slides of a map: the overview, then each stage on as many slides as its cards need at a
// size a room can read ("Store visit, 2 of 2"). Cards are never shrunk to fit: a stage goes on
// on the next slide, between lanes where it can, else between rows of a lane's cards. The
// screen, the PDF slides and the PPTX are all made from a deck.
class SlideDeck
{
public:
    struct Slide {
        Id stage = 0; // 0: the overview
        int part = 1;
        int parts = 1;
        QList<SlideBlock> blocks;

        bool isOverview() const { return stage == 0; }
        QList<Id> cards() const;
        bool shows(Id card) const;
    };

    // A card of the stage that a slide does not show, and why.
    struct Unshown {
        Id card = 0;
        int part = 0; // the stage's slide that shows it; 0: its lane is hidden
    };

    SlideDeck() = default;
    SlideDeck(const Document &document, const SlideStyle::Frame &frame, const QSet<Id> &hiddenLanes = {});

    const SlideStyle::Frame &frame() const { return m_frame; }
    const QSet<Id> &hiddenLanes() const { return m_hiddenLanes; }
    int count() const { return int(m_slides.size()); }
    const Slide &at(int index) const { return m_slides.at(index); }
    const QList<Slide> &slides() const { return m_slides; }

    // The first slide of a stage; -1 when none.
    int indexOf(Id stage, int part = 1) const;
    // The slide that shows a card; -1 when none does (a hidden lane).
    int indexOfCard(Id card) const;
    // The slide title: "Store visit", "Store visit, 2 of 2"; the map's title for the overview.
    QString title(const Document &document, int index) const;
    QList<Unshown> notShown(const Document &document, int index) const;

private:
    void addStage(const Document &document, Id stage);

    SlideStyle::Frame m_frame;
    QSet<Id> m_hiddenLanes;
    QList<Slide> m_slides;
};

} // namespace Waymark
