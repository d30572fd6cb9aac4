#pragma once

#include "slidedeck.h"
#include "slidefigures.h"
#include "slidepicture.h"

namespace Waymark {

class Document;

// Lays out the slides of a deck: for each, what to draw where, in slide units. This is the one
// layout the presentation, the PDF slides and the PPTX share; they differ only in how they
// turn the items into pixels, PDF operators or PresentationML shapes.
class SlideLayout
{
public:
    SlideLayout(const Document &document, const SlideDeck &deck, const SlideFigures &figures);

    SlidePicture picture(int index) const;

    // `content` scaled to fit `area`, centred (how the overview's map is placed).
    static QRectF fitted(const QSizeF &content, const QRectF &area);

private:
    void addHeader(SlidePicture &picture, int index) const;
    void addCards(SlidePicture &picture, const SlideDeck::Slide &slide) const;
    void addFooter(SlidePicture &picture, int index) const;

    const Document &m_document;
    const SlideDeck &m_deck;
    SlideFigures m_figures; // a copy: callers pass figures made for the call
};

} // namespace Waymark
