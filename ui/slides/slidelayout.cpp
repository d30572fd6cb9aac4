#include "slidelayout.h"

#include "slidepanel.h"
#include "slidestyle.h"
#include "slidetext.h"

#include "canvas/canvastheme.h"
#include "canvas/cardface.h"
#include "document/document.h"
#include "io/translate.h"

#include <QCoreApplication>
#include <QFontMetricsF>

using namespace Qt::StringLiterals;

namespace Waymark {

using namespace SlideStyle;

namespace {

// A card the view filter does not match is dimmed, as on the canvas: towards the background.
QColor dimmed(const QColor &color, bool dim)
{
    if (!dim)
        return color;
    const QColor back = background();
    const double a = 0.62;
    return QColor::fromRgbF(float(color.redF() * (1 - a) + back.redF() * a), float(color.greenF() * (1 - a) + back.greenF() * a),
                            float(color.blueF() * (1 - a) + back.blueF() * a));
}

QColor laneColor(const Lane &lane)
{
    return lane.color.isValid() ? lane.color : CanvasTheme::light().cardAccent(defaultCardKind(lane.kind));
}

} // namespace

SlideLayout::SlideLayout(const Document &document, const SlideDeck &deck, const SlideFigures &figures)
    : m_document(document)
    , m_deck(deck)
    , m_figures(figures)
{
}

QRectF SlideLayout::fitted(const QSizeF &content, const QRectF &area)
{
    if (content.isEmpty() || area.isEmpty())
        return area;
    const double scale = std::min(area.width() / content.width(), area.height() / content.height());
    const QSizeF size = content * scale;
    return QRectF(area.center().x() - size.width() / 2, area.center().y() - size.height() / 2, size.width(), size.height());
}

SlidePicture SlideLayout::picture(int index) const
{
    const Frame &frame = m_deck.frame();
    const SlideDeck::Slide &slide = m_deck.at(index);
    SlidePicture picture;
    picture.size = frame.slide().size();
    SlideShape back;
    back.rect = frame.slide();
    back.fill = background();
    picture.items.append(back);
    if (frame.panel) {
        SlideShape panel;
        panel.rect = frame.panelRect();
        panel.fill = panelBackground();
        panel.role = SlideRole::Panel;
        picture.items.append(panel);
    }
    if (slide.isOverview()) {
        const QRectF area = frame.panel ? QRectF(0, 0, frame.panelRect().left(), Height) : frame.slide();
        picture.items.append(SlideMap{area.adjusted(24, 24, -24, -24)});
        if (frame.panel)
            SlidePanel::addOverview(picture, m_document, m_figures, frame.panelRect());
    } else {
        addHeader(picture, index);
        addCards(picture, slide);
        if (frame.panel)
            SlidePanel::addStage(picture, m_document, m_figures, slide.stage, frame.panelRect());
    }
    addFooter(picture, index);
    return picture;
}

void SlideLayout::addHeader(SlidePicture &picture, int index) const
{
    const SlideDeck::Slide &slide = m_deck.at(index);
    const QRectF header = m_deck.frame().header();
    const int stageIndex = m_document.stageIndex(slide.stage);
    SlideText caption = SlideTexts::make(tr("Stage %1 of %2").arg(stageIndex + 1).arg(m_document.stages().size()), header.left(),
                                         header.top(), header.width(), CaptionSize, false, mutedText(), SlideRole::Caption, 1);
    // As wide as its words (and some room for another font in PowerPoint): the filter follows.
    caption.rect.setWidth(std::min(header.width(), QFontMetricsF(font(CaptionSize)).horizontalAdvance(caption.text()) + 16));
    picture.items.append(caption);
    if (!m_figures.filterLabel.isEmpty()) {
        // The view filter, in the title: these figures and cards are a part of the whole.
        const double x = caption.rect.right() + 20;
        picture.items.append(SlideTexts::make(m_figures.filterLabel, x, header.top(), header.right() - x, CaptionSize, true,
                                              accent(), SlideRole::FilterLabel, 1));
    }
    const double titleTop = header.top() + CaptionSize * LineSpacing + 4;
    SlideShape mark;
    mark.rect = QRectF(header.left(), titleTop + 17, 30, 30);
    mark.fill = m_document.stageColor(slide.stage);
    mark.radius = 5;
    picture.items.append(mark);
    // A long name on a narrow screen is set smaller rather than cut, down to two thirds.
    const QString title = m_deck.title(m_document, index);
    const double room = header.width() - 48;
    double size = TitleSize;
    while (size > TitleSize * 2 / 3 && QFontMetricsF(font(size, true)).horizontalAdvance(title) > room)
        size -= 2;
    SlideText name = SlideTexts::make(title, header.left() + 48, titleTop, room, size, true, text(), SlideRole::Title, 1);
    name.rect.moveTop(titleTop + (TitleSize - size) * LineSpacing / 2);
    picture.items.append(name);
}

void SlideLayout::addCards(SlidePicture &picture, const SlideDeck::Slide &slide) const
{
    const Frame &frame = m_deck.frame();
    const QRectF area = frame.cards();
    const CanvasTheme theme = CanvasTheme::light();
    if (slide.blocks.isEmpty()) {
        picture.items.append(SlideTexts::make(tr("No cards in this stage yet."), area.left(), area.top() + 20, area.width(),
                                              PanelTextSize, false, mutedText(), SlideRole::Caption));
        return;
    }
    double y = area.top();
    for (qsizetype b = 0; b < slide.blocks.size(); ++b) {
        const SlideBlock &block = slide.blocks.at(b);
        const Lane &lane = *m_document.lane(block.lane);
        if (b > 0) {
            const bool sameLane = slide.blocks.at(b - 1).lane == block.lane;
            if (!sameLane) {
                SlideShape line;
                line.rect = QRectF(area.left(), y + LaneGap / 2 - 1, area.width(), 2);
                line.fill = separator();
                picture.items.append(line);
            }
            y += sameLane ? CardGap : LaneGap;
        }
        double height = block.height;
        if (block.firstOfLane || b == 0) {
            SlideText label = SlideTexts::make(lane.name, area.left() + 20, y, LaneLabelWidth - 20, LaneLabelSize, true, text(),
                                               SlideRole::LaneLabel, 3);
            label.lane = lane.id;
            SlideShape bar;
            bar.rect = QRectF(area.left(), y + 3, 6, label.rect.height() - 6);
            bar.fill = laneColor(lane);
            bar.radius = 3;
            bar.lane = lane.id;
            picture.items.append(bar);
            picture.items.append(label);
            height = std::max(height, SlideBlocks::laneLabelHeight(lane.name));
        }
        double cardHeight = 0;
        for (const SlideCard &card : block.cards)
            cardHeight = std::max(cardHeight, card.height);
        double x = frame.cardsLeft();
        for (const SlideCard &measured : block.cards) {
            const Card &card = *m_document.card(measured.card);
            const bool dim = !m_figures.matches(card);
            const QRectF rect(x, y, measured.width, cardHeight);
            SlideShape box;
            box.rect = rect;
            box.fill = dimmed(CardFace::fillFor(card, theme), dim);
            box.radius = CardRadius;
            box.role = SlideRole::Card;
            box.card = card.id;
            box.lane = lane.id;
            picture.items.append(box);
            SlideShape stripe;
            stripe.rect = QRectF(rect.left() + 6, rect.top() + 12, CardStripe - 1, rect.height() - 24);
            stripe.fill = dimmed(theme.cardAccent(card.kind), dim);
            stripe.radius = 3;
            stripe.card = card.id;
            picture.items.append(stripe);

            const double left = rect.left() + CardPadding + CardStripe;
            const double width = rect.width() - 2 * CardPadding - CardStripe;
            double top = rect.top() + CardPadding;
            const auto addText = [&](const QStringList &lines, const QStringList &paragraphs, double size, bool bold,
                                     const QColor &color, SlideRole role) {
                SlideText t;
                t.lines = lines;
                t.paragraphs = paragraphs;
                t.size = size;
                t.bold = bold;
                t.color = dimmed(color, dim);
                t.role = role;
                t.card = card.id;
                t.lane = lane.id;
                t.rect = QRectF(left, top, width, lines.size() * t.lineHeight());
                picture.items.append(t);
                top = t.rect.bottom() + 6;
            };
            addText(measured.title, measured.titleParagraphs, CardTitleSize, true, cardText(), SlideRole::CardTitle);
            if (!measured.text.isEmpty())
                addText(measured.text, measured.textParagraphs, CardTextSize, false, cardMutedText(), SlideRole::CardText);
            if (!measured.meta.isEmpty())
                addText({measured.meta}, {}, CardMetaSize, true, theme.cardAccent(card.kind), SlideRole::CardMeta);
            x += measured.width + CardGap;
        }
        y += height;
    }
}

void SlideLayout::addFooter(SlidePicture &picture, int index) const
{
    const Frame &frame = m_deck.frame();
    const QString footer = tr("%1 · %2 / %3").arg(m_document.info().title).arg(index + 1).arg(m_deck.count());
    const double width = frame.panel ? frame.panelRect().width() - 88 : 700;
    SlideText text = SlideTexts::make(footer, frame.width - 44 - width, Height - 44, width, FooterSize, false, mutedText(),
                                      SlideRole::Footer, 1);
    text.alignment = Qt::AlignRight;
    picture.items.append(text);
}

} // namespace Waymark
