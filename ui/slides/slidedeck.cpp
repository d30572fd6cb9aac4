#include "slidedeck.h"

#include "document/document.h"

#include <QCoreApplication>

#include <algorithm>

namespace Waymark {

using namespace SlideStyle;

namespace {

using Parts = QList<QList<int>>; // block indexes, part by part

struct Packer {
    const QList<SlideBlock> &blocks;
    QList<double> labels; // the label height of each block's lane

    // A block opening a slide repeats its lane's label, so it is at least as tall.
    double heightOf(int i, bool opensPart) const
    {
        const SlideBlock &b = blocks.at(i);
        return opensPart && !b.firstOfLane ? std::max(b.height, labels.at(i)) : b.height;
    }
    double gapBefore(int i) const { return blocks.at(i - 1).lane == blocks.at(i).lane ? CardGap : LaneGap; }

    // Fills slides in order; a lane that does not fit where it would start goes whole to the
    // next slide when it fits on one. With `wanted` slides, each is filled to about its share
    // of what is left, so that the last is not a stub.
    Parts pack(double capacity, int wanted = 0) const
    {
        double rest = 0;
        for (int i = 0; i < blocks.size(); ++i)
            rest += blocks.at(i).height + (i > 0 ? gapBefore(i) : 0);
        Parts parts{{}};
        double used = 0;
        double share = wanted > 0 ? rest / wanted : capacity;
        const auto fits = [&](double need) {
            return used + need <= capacity && (wanted == 0 || used + need / 2 <= share);
        };
        const auto newPart = [&] {
            parts.append(QList<int>());
            used = 0;
            if (wanted > 0)
                share = rest / std::max<qsizetype>(1, wanted - parts.size() + 1);
        };
        const auto place = [&](int i) {
            bool opens = parts.last().isEmpty();
            if (!opens && !fits(gapBefore(i) + heightOf(i, false))) {
                newPart();
                opens = true;
            }
            used += (opens ? 0 : gapBefore(i)) + heightOf(i, opens);
            rest -= blocks.at(i).height + (i > 0 ? gapBefore(i) : 0);
            parts.last().append(i);
        };
        for (int first = 0; first < blocks.size();) {
            int end = first;
            double lane = 0;
            while (end < blocks.size() && blocks.at(end).lane == blocks.at(first).lane) {
                lane += (end > first ? CardGap : 0) + blocks.at(end).height;
                ++end;
            }
            if (!parts.last().isEmpty() && !fits(LaneGap + lane) && lane <= capacity)
                newPart();
            for (int i = first; i < end; ++i)
                place(i);
            first = end;
        }
        return parts;
    }
};

} // namespace

QList<Id> SlideDeck::Slide::cards() const
{
    QList<Id> ids;
    for (const SlideBlock &block : blocks) {
        for (const SlideCard &card : block.cards)
            ids.append(card.card);
    }
    return ids;
}

bool SlideDeck::Slide::shows(Id card) const
{
    return cards().contains(card);
}

SlideDeck::SlideDeck(const Document &document, const Frame &frame, const QSet<Id> &hiddenLanes)
    : m_frame(frame)
    , m_hiddenLanes(hiddenLanes)
{
    m_slides.append(Slide{});
    for (const Stage &stage : document.stages())
        addStage(document, stage.id);
}

void SlideDeck::addStage(const Document &document, Id stage)
{
    const QList<SlideBlock> blocks = SlideBlocks::of(document, stage, m_frame, m_hiddenLanes);
    Packer packer{blocks, {}};
    for (const SlideBlock &block : blocks)
        packer.labels.append(SlideBlocks::laneLabelHeight(document.lane(block.lane)->name));
    const double capacity = m_frame.cards().height();
    Parts parts = packer.pack(capacity);
    if (parts.size() > 1) {
        // As many slides, filled evenly: the smallest height that needs no more of them.
        double low = 0;
        for (int i = 0; i < blocks.size(); ++i)
            low = std::max(low, packer.heightOf(i, true));
        double high = capacity;
        for (int step = 0; step < 24 && high - low > 1; ++step) {
            const double middle = (low + high) / 2;
            (packer.pack(middle).size() <= parts.size() ? high : low) = middle;
        }
        parts = packer.pack(high);
        // The same number of slides, shared out evenly where the blocks allow it.
        const Parts even = packer.pack(capacity, int(parts.size()));
        if (even.size() == parts.size())
            parts = even;
    }
    for (int p = 0; p < parts.size(); ++p) {
        Slide slide;
        slide.stage = stage;
        slide.part = p + 1;
        slide.parts = int(parts.size());
        for (const int i : parts.at(p))
            slide.blocks.append(blocks.at(i));
        m_slides.append(slide);
    }
}

int SlideDeck::indexOf(Id stage, int part) const
{
    for (int i = 0; i < m_slides.size(); ++i) {
        if (m_slides.at(i).stage == stage && m_slides.at(i).part == part)
            return i;
    }
    return -1;
}

int SlideDeck::indexOfCard(Id card) const
{
    for (int i = 0; i < m_slides.size(); ++i) {
        if (m_slides.at(i).shows(card))
            return i;
    }
    return -1;
}

QString SlideDeck::title(const Document &document, int index) const
{
    const Slide &slide = m_slides.at(index);
    if (slide.isOverview())
        return document.info().title;
    const QString name = document.stage(slide.stage)->name;
    if (slide.parts == 1)
        return name;
    return QCoreApplication::translate("Waymark", "%1, %2 of %3").arg(name).arg(slide.part).arg(slide.parts);
}

QList<SlideDeck::Unshown> SlideDeck::notShown(const Document &document, int index) const
{
    QList<Unshown> list;
    const Slide &slide = m_slides.at(index);
    if (slide.isOverview())
        return list;
    for (const Id card : document.cardsOfStage(slide.stage)) {
        if (slide.shows(card))
            continue;
        const int other = indexOfCard(card);
        list.append({card, other < 0 ? 0 : m_slides.at(other).part});
    }
    return list;
}

} // namespace Waymark
