#include "slideblocks.h"

#include "slidetext.h"

#include "document/document.h"
#include "io/translate.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Waymark::SlideBlocks {

using namespace SlideStyle;

namespace {

double lineHeight(double size)
{
    return size * LineSpacing;
}

} // namespace

QString metaOf(const Card &card)
{
    switch (card.kind) {
    case CardKind::Touchpoint:
        return labelOf(card.channel);
    case CardKind::PainPoint:
        return tr("Severity %1 of %2").arg(card.severity).arg(Card::MaxScale);
    case CardKind::Opportunity: {
        QString meta = tr("Effort %1 · Impact %2").arg(card.effort).arg(card.impact);
        if (!card.owner.isEmpty())
            meta += u" · "_s + card.owner;
        return meta;
    }
    case CardKind::Delight:
    case CardKind::Note:
        break;
    }
    return {};
}

SlideCard measure(const Card &card, double width)
{
    SlideCard measured;
    measured.card = card.id;
    measured.width = width;
    const double textWidth = width - 2 * CardPadding - CardStripe;
    measured.title = SlideTexts::wrap(card.title.isEmpty() ? tr("Untitled") : card.title, font(CardTitleSize, true),
                                      textWidth, MaxTitleLines, nullptr, &measured.titleParagraphs);
    measured.text = SlideTexts::wrap(card.description, font(CardTextSize), textWidth, MaxTextLines, nullptr,
                                     &measured.textParagraphs);
    const QStringList meta = SlideTexts::wrap(metaOf(card), font(CardMetaSize), textWidth, 1);
    measured.meta = meta.value(0);
    double height = CardPadding + measured.title.size() * lineHeight(CardTitleSize);
    if (!measured.text.isEmpty())
        height += 6 + measured.text.size() * lineHeight(CardTextSize);
    if (!measured.meta.isEmpty())
        height += 6 + lineHeight(CardMetaSize);
    measured.height = height + CardPadding;
    return measured;
}

QStringList laneLabel(const QString &name)
{
    return SlideTexts::wrap(name, font(LaneLabelSize, true), LaneLabelWidth - 20, 3);
}

double laneLabelHeight(const QString &name)
{
    return laneLabel(name).size() * lineHeight(LaneLabelSize) + 8;
}

QList<Id> lanes(const Document &document, const QSet<Id> &hiddenLanes)
{
    QList<Id> list;
    for (const Lane &lane : document.lanes()) {
        if (lane.kind != LaneKind::EmotionCurve && !hiddenLanes.contains(lane.id))
            list.append(lane.id);
    }
    return list;
}

QList<SlideBlock> of(const Document &document, Id stage, const Frame &frame, const QSet<Id> &hiddenLanes)
{
    QList<SlideBlock> blocks;
    const double grid = frame.cards().right() - frame.cardsLeft();
    for (const Id laneId : lanes(document, hiddenLanes)) {
        const QList<Id> &ids = document.cardsIn(stage, laneId);
        if (ids.isEmpty())
            continue;
        // A lane of few cards gives them its width: wider cards are fewer lines, and a stage
        // then needs fewer slides.
        const int columns = std::min<int>(frame.columns(), int(ids.size()));
        const double width = std::min(MaxCardWidth, (grid - (columns - 1) * CardGap) / columns);
        const double label = laneLabelHeight(document.lane(laneId)->name);
        for (qsizetype first = 0; first < ids.size(); first += columns) {
            SlideBlock block;
            block.lane = laneId;
            block.firstOfLane = first == 0;
            for (qsizetype i = first; i < std::min<qsizetype>(first + columns, ids.size()); ++i) {
                block.cards.append(measure(*document.card(ids.at(i)), width));
                block.height = std::max(block.height, block.cards.last().height);
            }
            if (block.firstOfLane)
                block.height = std::max(block.height, label);
            blocks.append(block);
        }
    }
    return blocks;
}

} // namespace Waymark::SlideBlocks
