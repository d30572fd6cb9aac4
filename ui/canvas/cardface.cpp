#include "cardface.h"

#include "model/valuebounds.h"
#include "canvastheme.h"
#include "metricbadge.h"
#include "svgicons.h"
#include "textlines.h"
#include "io/translate.h"

#include <QCoreApplication>
#include <QFontInfo>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

using namespace Qt::StringLiterals;

namespace Waymark {

namespace {

constexpr double HeaderHeight = 18; // icon row: kind, channel, evidence
constexpr double IconSize = 14;
constexpr double OverviewMargin = 6; // far out every pixel of the card goes to the title

} // namespace

QString CardFace::iconFor(const Card &card)
{
    if (card.kind == CardKind::Touchpoint)
        return u"channel-"_s + keyOf(card.channel);
    return u"kind-"_s + keyOf(card.kind);
}

QColor CardFace::fillFor(const Card &card, const CanvasTheme &theme)
{
    if (!card.color.isValid())
        return theme.cardFill(card.kind);
    // A chosen colour is a tint, so that text stays readable in both themes.
    const QColor base = theme.cardFill(card.kind);
    const double amount = theme.dark ? 0.45 : 0.30;
    return QColor::fromRgbF(float(base.redF() * (1 - amount) + card.color.redF() * amount),
                            float(base.greenF() * (1 - amount) + card.color.greenF() * amount),
                            float(base.blueF() * (1 - amount) + card.color.blueF() * amount));
}

void CardFace::layout(const Card &card, double width, const CanvasTheme &theme, Text text)
{
    using namespace CanvasMetrics;
    const double textWidth = width - 2 * CardPadding - 4; // 4: the accent stripe
    const bool full = text == Text::Full;
    m_elided = false;
    m_titleText = card.title.trimmed().isEmpty() ? tr("Untitled") : card.title;
    m_title = TextLines::wrap(m_titleText, theme.titleFont, textWidth, full ? 0 : MaxTitleLines, &m_elided);
    m_description = TextLines::wrap(card.description, theme.bodyFont, textWidth, full ? 0 : MaxDescriptionLines, &m_elided);
    m_meta.clear();
    if (card.kind == CardKind::Opportunity) {
        QString meta = tr("Effort %1 · Impact %2").arg(card.effort).arg(card.impact);
        if (!card.owner.isEmpty())
            meta += u" \u00b7 "_s + card.owner;
        m_meta = TextLines::wrap(meta, theme.smallFont, textWidth, full ? 0 : 1, &m_elided);
    }
    m_titleLineHeight = QFontMetricsF(theme.titleFont).lineSpacing();
    m_bodyLineHeight = QFontMetricsF(theme.bodyFont).lineSpacing();
    m_height = CardPadding + HeaderHeight + 2 + std::max<qsizetype>(1, m_title.size()) * m_titleLineHeight
        + (m_description.isEmpty() ? 0 : 3 + m_description.size() * m_bodyLineHeight)
        + (m_meta.isEmpty() ? 0 : 3 + m_meta.size() * QFontMetricsF(theme.smallFont).lineSpacing()) + CardPadding;
    m_overview = {};
}

double CardFace::overviewPixels(double detail)
{
    // On screen: 10 px just below FullDetail, down to a little above MinTitlePixels far out,
    // where smaller type fits more words in the little room each card has.
    const double screen = std::clamp(7.7 + (detail - 0.3) / (FullDetail - 0.35) * 2.3, 7.7, 10.0);
    return std::floor(screen / std::max(detail, 0.01));
}

double CardFace::titlePixelsAt(double detail, const QSizeF &size, const CanvasTheme &theme)
{
    using namespace CanvasMetrics;
    if (detail <= 0)
        return 0;
    // One size for every card (cards in sizes of their own read as a jumble), but one line
    // must fit the card's height and a few words its width.
    const double natural = QFontInfo(theme.titleFont).pixelSize();
    const double wanted = std::max(natural, overviewPixels(detail));
    const double fitsHeight = (size.height() - 2 * OverviewMargin) / 1.3;
    const double fitsWidth = (size.width() - 2 * OverviewMargin - 4) / 5;
    const double pixels = std::floor(std::min({wanted, fitsHeight, fitsWidth}));
    return pixels * detail >= MinTitlePixels ? pixels : 0;
}

QRectF CardFace::titleRect(const QRectF &rect) const
{
    using namespace CanvasMetrics;
    const double left = rect.left() + CardPadding + 4;
    const double top = rect.top() + CardPadding + HeaderHeight + 2;
    return QRectF(left, top, rect.right() - CardPadding - left, std::max<double>(1, m_title.size()) * m_titleLineHeight);
}

void CardFace::paint(QPainter *painter, const QRectF &rect, const Card &card, const CanvasTheme &theme, int state,
                     double detail, const MetricBadge *badge, const QRectF &exposed) const
{
    using namespace CanvasMetrics;
    const QColor fill = fillFor(card, theme);
    const QColor accent = theme.cardAccent(card.kind);
    painter->save();
    if (state & Dimmed)
        painter->setOpacity(0.35);

    QPainterPath shape;
    shape.addRoundedRect(rect, CardRadius, CardRadius);
    if (detail >= 0.5 && !(state & Selected))
        painter->fillPath(shape.translated(0, 1.5), theme.cardShadow);
    painter->fillPath(shape, fill);

    // The kind's colour as a stripe down the left edge: readable at any zoom.
    painter->save();
    painter->setClipPath(shape);
    painter->fillRect(QRectF(rect.left(), rect.top(), 4, rect.height()), accent);
    painter->restore();

    const bool selected = state & Selected;
    painter->setPen(QPen(selected ? theme.accent : theme.cardBorder, selected ? 2.5 : 1));
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(shape);
    if ((state & Focused) && !selected) {
        QPen focus(theme.accent, 1.5, Qt::DashLine);
        painter->setPen(focus);
        painter->drawRoundedRect(rect.adjusted(-3, -3, 3, 3), CardRadius + 2, CardRadius + 2);
    }

    const double left = rect.left() + CardPadding + 4;
    const double right = rect.right() - CardPadding;
    double y = rect.top() + CardPadding;

    if (detail < FullDetail) {
        // Far out, the card's small print would be specks: its title alone, in type that
        // stays readable, or the shape of its text when not even that fits.
        if (const double pixels = titlePixelsAt(detail, rect.size(), theme); pixels > 0)
            paintOverview(painter, rect, card, theme, pixels);
        else
            paintBlocks(painter, rect, theme);
        painter->restore();
        return;
    }

    // Icon row: what the card is, and how sure we are of it.
    SvgIcons::paint(painter, iconFor(card), QRectF(left, y + 1, IconSize, IconSize), accent);
    painter->setFont(theme.smallFont);
    painter->setPen(theme.mutedText);
    const QString kindText = card.kind == CardKind::Touchpoint ? labelOf(card.channel) : labelOf(card.kind);
    double kindWidth = right - left - IconSize - 30;
    if (badge) {
        const double width = badge->width(theme.smallFont);
        const double badgeLeft = right - IconSize - 6 - width;
        if (badgeLeft > left + IconSize + 20) {
            badge->paint(painter, QPointF(badgeLeft, y + (HeaderHeight - MetricBadge::height(theme.smallFont)) / 2),
                         theme.smallFont, theme);
            kindWidth = badgeLeft - 6 - (left + IconSize + 5);
            painter->setFont(theme.smallFont);
            painter->setPen(theme.mutedText);
        }
    }
    painter->drawText(QRectF(left + IconSize + 5, y, kindWidth, HeaderHeight), Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetricsF(theme.smallFont).elidedText(kindText.toUpper(), Qt::ElideRight, kindWidth));
    SvgIcons::paint(painter, u"evidence-"_s + keyOf(card.evidence), QRectF(right - IconSize, y + 1, IconSize, IconSize),
                    card.evidence == Evidence::Observed ? theme.mutedText : accent);
    if (card.kind == CardKind::PainPoint) {
        // Severity as five pips next to the evidence marker.
        for (int i = 0; i < Card::MaxScale; ++i) {
            const QRectF pip(right - IconSize - 8 - (Card::MaxScale - i) * 7, y + 6, 5, 5);
            painter->setPen(Qt::NoPen);
            painter->setBrush(i < card.severity ? accent : theme.cardBorder);
            painter->drawEllipse(pip);
        }
    }
    y += HeaderHeight + 2;

    // Line by line, and only the lines in sight: a card of a thousand lines is drawn a band at
    // a time when a PNG is painted.
    const double top = exposed.isNull() ? -1e300 : exposed.top();
    const double bottom = exposed.isNull() ? 1e300 : exposed.bottom();
    const auto lines = [&](const QStringList &text, const QFont &font, const QColor &colour, double lineHeight) {
        painter->setFont(font);
        painter->setPen(colour);
        const double ascent = QFontMetricsF(font).ascent();
        qsizetype first = 0;
        if (y + lineHeight < top)
            first = std::min<qsizetype>(text.size(), qsizetype((top - y) / lineHeight));
        y += first * lineHeight;
        for (qsizetype i = first; i < text.size() && y <= bottom; ++i) {
            painter->drawText(QPointF(left, y + ascent), text.at(i));
            y += lineHeight;
        }
    };
    const double titleTop = y;
    lines(m_title, theme.titleFont, theme.text, m_titleLineHeight);
    y = titleTop + std::max<qsizetype>(1, m_title.size()) * m_titleLineHeight;
    if (!m_description.isEmpty()) {
        y += 3;
        const double descriptionTop = y;
        lines(m_description, theme.bodyFont, theme.mutedText, m_bodyLineHeight);
        y = descriptionTop + m_description.size() * m_bodyLineHeight;
    }
    if (!m_meta.isEmpty()) {
        y += 3;
        lines(m_meta, theme.smallFont, accent, QFontMetricsF(theme.smallFont).lineSpacing());
    }
    painter->restore();
}

void CardFace::paintBlocks(QPainter *painter, const QRectF &rect, const CanvasTheme &theme) const
{
    using namespace CanvasMetrics;
    const double left = rect.left() + CardPadding + 4;
    const double right = rect.right() - CardPadding;
    double y = rect.top() + CardPadding + HeaderHeight + 2;
    painter->setPen(Qt::NoPen);
    QColor block = theme.text;
    block.setAlphaF(0.35f);
    painter->setBrush(block);
    const qsizetype count = std::max<qsizetype>(1, m_title.size());
    for (qsizetype i = 0; i < count && y + m_titleLineHeight <= rect.bottom(); ++i) {
        const double w = (right - left) * (i == count - 1 ? 0.6 : 0.95);
        painter->drawRoundedRect(QRectF(left, y + m_titleLineHeight * 0.2, w, m_titleLineHeight * 0.6), 2, 2);
        y += m_titleLineHeight;
    }
}

void CardFace::paintOverview(QPainter *painter, const QRectF &rect, const Card &card, const CanvasTheme &theme,
                             double pixels) const
{
    constexpr double Margin = OverviewMargin;
    const QRectF area(rect.left() + Margin + 4, rect.top() + Margin, rect.width() - 2 * Margin - 4, rect.height() - 2 * Margin);
    // Wrapped at that size, and cut with "…" where the card runs out.
    if (m_overview.pixels != pixels || m_overview.size != rect.size()) {
        const TextLines::Fitted fitted = TextLines::fit(m_titleText, theme.titleFont, area.size(), pixels, pixels);
        m_overview = {pixels, rect.size(), fitted.lines, fitted.pixels};
    }
    QFont font = theme.titleFont;
    font.setPixelSize(int(m_overview.fontPixels));
    const QFontMetricsF metrics(font);
    painter->setFont(font);
    painter->setPen(card.kind == CardKind::Note ? theme.mutedText : theme.text);
    double y = area.top();
    for (const QString &line : std::as_const(m_overview.lines)) {
        painter->drawText(QPointF(area.left(), y + metrics.ascent()), line);
        y += metrics.lineSpacing();
    }
}

} // namespace Waymark
