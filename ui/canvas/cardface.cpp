#include "cardface.h"

#include "model/valuebounds.h"
#include "canvastheme.h"
#include "metricbadge.h"
#include "svgicons.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <QTextLayout>

using namespace Qt::StringLiterals;

namespace Waymark {

namespace {

constexpr double HeaderHeight = 18; // icon row: kind, channel, evidence
constexpr double IconSize = 14;

// Breaks `text` into at most `maxLines` lines of `width`; the last one is elided when the
// text does not fit.
QStringList wrap(QString text, const QFont &font, double width, int maxLines, bool *elided)
{
    QStringList lines;
    text = ValueBounds::forDisplay(text); // a card shows a few lines: never lay out a megabyte
    text.replace(u'\n', QChar::LineSeparator);
    if (text.trimmed().isEmpty() || width <= 0)
        return lines;
    const QFontMetricsF metrics(font);
    QTextLayout layout(text, font);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        if (lines.size() == maxLines - 1) {
            QString rest = text.mid(line.textStart());
            rest.replace(QChar::LineSeparator, u' ');
            const QString shown = metrics.elidedText(rest.simplified(), Qt::ElideRight, width);
            if (shown != rest.simplified())
                *elided = true;
            lines.append(shown);
            break;
        }
        QString part = text.mid(line.textStart(), line.textLength());
        part.remove(QChar::LineSeparator);
        lines.append(part.trimmed());
    }
    layout.endLayout();
    return lines;
}

QString tr(const char *text)
{
    return QCoreApplication::translate("Waymark", text);
}

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

void CardFace::layout(const Card &card, double width, const CanvasTheme &theme)
{
    using namespace CanvasMetrics;
    const double textWidth = width - 2 * CardPadding - 4; // 4: the accent stripe
    m_elided = false;
    m_title = wrap(card.title.isEmpty() ? tr("Untitled") : card.title, theme.titleFont, textWidth, MaxTitleLines, &m_elided);
    m_description = wrap(card.description, theme.bodyFont, textWidth, MaxDescriptionLines, &m_elided);
    switch (card.kind) {
    case CardKind::Opportunity:
        m_meta = tr("Effort %1 · Impact %2").arg(card.effort).arg(card.impact);
        if (!card.owner.isEmpty())
            m_meta += u" · "_s + ValueBounds::forDisplay(card.owner, 500);
        m_meta = QFontMetricsF(theme.smallFont).elidedText(m_meta, Qt::ElideRight, textWidth);
        break;
    default:
        m_meta.clear();
        break;
    }
    m_titleLineHeight = QFontMetricsF(theme.titleFont).lineSpacing();
    m_bodyLineHeight = QFontMetricsF(theme.bodyFont).lineSpacing();
    m_height = CardPadding + HeaderHeight + 2 + m_title.size() * m_titleLineHeight
        + (m_description.isEmpty() ? 0 : 3 + m_description.size() * m_bodyLineHeight)
        + (m_meta.isEmpty() ? 0 : 3 + QFontMetricsF(theme.smallFont).lineSpacing()) + CardPadding;
}

QRectF CardFace::titleRect(const QRectF &rect) const
{
    using namespace CanvasMetrics;
    const double left = rect.left() + CardPadding + 4;
    const double top = rect.top() + CardPadding + HeaderHeight + 2;
    return QRectF(left, top, rect.right() - CardPadding - left, std::max<double>(1, m_title.size()) * m_titleLineHeight);
}

void CardFace::paint(QPainter *painter, const QRectF &rect, const Card &card, const CanvasTheme &theme, int state,
                     double detail, const MetricBadge *badge) const
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

    if (detail < 0.4) {
        // Far out, text would be unreadable specks: show its shape instead.
        painter->setPen(Qt::NoPen);
        QColor block = theme.text;
        block.setAlphaF(0.35f);
        painter->setBrush(block);
        y += HeaderHeight + 2;
        for (int i = 0; i < m_title.size(); ++i) {
            const double w = (right - left) * (i == m_title.size() - 1 ? 0.6 : 0.95);
            painter->drawRoundedRect(QRectF(left, y + m_titleLineHeight * 0.2, w, m_titleLineHeight * 0.6), 2, 2);
            y += m_titleLineHeight;
        }
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

    painter->setFont(theme.titleFont);
    painter->setPen(theme.text);
    const double titleAscent = QFontMetricsF(theme.titleFont).ascent();
    for (const QString &line : m_title) {
        painter->drawText(QPointF(left, y + titleAscent), line);
        y += m_titleLineHeight;
    }
    if (!m_description.isEmpty()) {
        y += 3;
        painter->setFont(theme.bodyFont);
        painter->setPen(theme.mutedText);
        const double ascent = QFontMetricsF(theme.bodyFont).ascent();
        for (const QString &line : m_description) {
            painter->drawText(QPointF(left, y + ascent), line);
            y += m_bodyLineHeight;
        }
    }
    if (!m_meta.isEmpty()) {
        y += 3;
        painter->setFont(theme.smallFont);
        painter->setPen(accent);
        painter->drawText(QPointF(left, y + QFontMetricsF(theme.smallFont).ascent()), m_meta);
    }
    painter->restore();
}

} // namespace Waymark
