#pragma once

#include "slidedeck.h"
#include "slidefigures.h"
#include "slidenotes.h"
#include "slidepicture.h"

#include "io/exportoptions.h"

#include <memory>

class QPainter;

namespace Waymark {

class Document;
class ExportScene;

// The deck as files carry it: 16:9 with the figures beside the cards, every response counted,
// each slide laid out with its speaker notes, and the overview's map drawn by the export
// scene (the canvas's own drawing, in the light theme). Shared by the PDF slides and the PPTX.
class SlideExport
{
public:
    SlideExport(Document &document, const ExportOptions &options);
    ~SlideExport();

    Document &document() const { return m_document; }
    const SlideDeck &deck() const { return m_deck; }
    const SlideFigures &figures() const { return m_figures; }
    int count() const { return m_deck.count(); }
    const SlidePicture &picture(int index) const { return m_pictures.at(index); }
    const SlideNotes::Notes &notes(int index) const { return m_notes.at(index); }

    // Draws the whole map fitted into `rect`, centred, on a sheet of its own.
    void paintMap(QPainter *painter, const QRectF &rect) const;
    // The map's own proportions.
    QSizeF mapSize() const;

private:
    Document &m_document;
    SlideFigures m_figures;
    SlideDeck m_deck;
    QList<SlidePicture> m_pictures;
    QList<SlideNotes::Notes> m_notes;
    std::unique_ptr<ExportScene> m_scene;
};

} // namespace Waymark
