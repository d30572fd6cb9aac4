#include "slidenotes.h"

#include "slidedeck.h"
#include "slidefigures.h"

#include "document/document.h"
#include "io/translate.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Waymark::SlideNotes {

namespace {

QString surveyLine(const Metrics *metrics)
{
    if (!metrics || metrics->responses == 0)
        return tr("Survey: no responses (n = 0).");
    return tr("Survey: n = %1 responses (NPS n = %2, CSAT n = %3).").arg(metrics->responses).arg(metrics->npsN).arg(metrics->csatN);
}

} // namespace

QString Notes::text() const
{
    QStringList parts{heading};
    if (!filter.isEmpty())
        parts.append(filter);
    if (!description.isEmpty())
        parts.append(description);
    parts.append(survey);
    if (!evidence.isEmpty())
        parts.append(tr("Evidence of the cards:") + u'\n' + evidence.join(u'\n'));
    return parts.join(u"\n\n"_s);
}

Notes of(const Document &document, const SlideDeck &deck, int index, const SlideFigures &figures)
{
    Notes notes;
    const SlideDeck::Slide &slide = deck.at(index);
    notes.filter = figures.filterLabel;
    if (slide.isOverview()) {
        notes.heading = tr("Overview · %1").arg(document.info().title);
        notes.description = document.info().description;
        notes.survey = figures.overall.responses > 0 ? tr("Survey: n = %1 responses in all.").arg(figures.overall.responses)
                                                      : tr("Survey: no responses (n = 0).");
        return notes;
    }
    const Stage &stage = *document.stage(slide.stage);
    notes.heading = tr("Stage %1 of %2 · %3")
                        .arg(document.stageIndex(stage.id) + 1)
                        .arg(document.stages().size())
                        .arg(deck.title(document, index));
    notes.description = stage.description;
    notes.survey = surveyLine(figures.stage(stage.id));
    for (const Id id : slide.cards()) {
        const Card &card = *document.card(id);
        notes.evidence.append(u"%1 — %2 (%3)"_s.arg(labelOf(card.evidence), card.title, document.lane(card.lane)->name));
    }
    return notes;
}

} // namespace Waymark::SlideNotes
