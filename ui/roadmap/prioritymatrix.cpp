#include "prioritymatrix.h"

#include "model/valuebounds.h"
#include "commands/setvaluecommand.h"
#include "document/document.h"
#include "editor/mapsession.h"
#include "editor/selection.h"
#include "planning/opportunityranking.h"
#include "statuscolors.h"

#include <QHash>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Waymark {

namespace {

constexpr int Steps = Card::MaxScale - Card::MinScale + 1;
constexpr double LeftMargin = 46;   // impact ticks and the axis title
constexpr double BottomMargin = 40; // effort ticks and the axis title
constexpr double Margin = 10;

} // namespace

PriorityMatrix::PriorityMatrix(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"priorityMatrix"_s);
    setAccessibleName(tr("Effort and impact matrix"));
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void PriorityMatrix::setSession(MapSession *session)
{
    if (m_session) {
        disconnect(m_session->document(), nullptr, this, nullptr);
        disconnect(m_session->selection(), nullptr, this, nullptr);
    }
    m_session = session;
    m_drag = {};
    if (session) {
        const auto repaint = [this] { update(); };
        const Document *document = session->document();
        connect(document, &Document::cardInserted, this, repaint);
        connect(document, &Document::cardRemoved, this, repaint);
        connect(document, &Document::cardMoved, this, repaint);
        connect(document, &Document::valueChanged, this, repaint);
        connect(document, &Document::reset, this, repaint);
        connect(session->selection(), &Selection::changed, this, repaint);
    }
    update();
}

QSize PriorityMatrix::sizeHint() const
{
    return {420, 380};
}

QSize PriorityMatrix::minimumSizeHint() const
{
    return {260, 280};
}

QRectF PriorityMatrix::plotRect() const
{
    return QRectF(LeftMargin, Margin, width() - LeftMargin - Margin, height() - Margin - BottomMargin);
}

double PriorityMatrix::labelBand() const
{
    // A quadrant's name and its hint, one line each.
    QFont hint = font();
    hint.setPointSizeF(font().pointSizeF() * 0.85);
    return QFontMetrics(font()).height() + QFontMetrics(hint).height() + 8;
}

QRectF PriorityMatrix::gridRect() const
{
    const double band = labelBand();
    return plotRect().adjusted(0, band, 0, -band);
}

double PriorityMatrix::dotDiameter() const
{
    const QRectF plot = gridRect();
    return std::clamp(std::min(plot.width(), plot.height()) / Steps / 2.2, 16.0, 24.0);
}

QPoint PriorityMatrix::cellCenter(int effort, int impact) const
{
    const QRectF plot = gridRect();
    const double w = plot.width() / Steps;
    const double h = plot.height() / Steps;
    return QPointF(plot.left() + (effort - Card::MinScale + 0.5) * w, plot.bottom() - (impact - Card::MinScale + 0.5) * h)
        .toPoint();
}

std::pair<int, int> PriorityMatrix::cellAt(const QPointF &point) const
{
    const QRectF plot = gridRect();
    const int column = int(std::floor((point.x() - plot.left()) / (plot.width() / Steps)));
    const int row = int(std::floor((plot.bottom() - point.y()) / (plot.height() / Steps)));
    return {std::clamp(column + Card::MinScale, Card::MinScale, Card::MaxScale),
            std::clamp(row + Card::MinScale, Card::MinScale, Card::MaxScale)};
}

const Document *PriorityMatrix::document() const
{
    return m_session ? m_session->document() : m_document;
}

void PriorityMatrix::setDocument(const Document *document)
{
    setSession(nullptr);
    m_document = document;
    update();
}

QList<Id> PriorityMatrix::opportunities() const
{
    return document() ? OpportunityRanking::ranked(*document()) : QList<Id>();
}

QList<PriorityMatrix::Dot> PriorityMatrix::dots() const
{
    QList<Dot> dots;
    const Document *document = this->document();
    if (!document)
        return dots;
    const QList<Id> ranked = opportunities();
    const QHash<qint64, int> numbers = OpportunityRanking::numbers(*document);
    // Dots sharing a cell sit in a small grid around its centre, in rank order.
    QHash<std::pair<int, int>, QList<int>> cells;
    for (int i = 0; i < ranked.size(); ++i) {
        const Card *card = document->card(ranked.at(i));
        cells[{card->effort, card->impact}].append(i);
        dots.append({card->id, numbers.value(card->id), {}});
    }
    const double pitch = dotDiameter() + 3;
    for (auto it = cells.cbegin(); it != cells.cend(); ++it) {
        const int count = int(it->size());
        const int columns = int(std::ceil(std::sqrt(double(count))));
        const int rows = (count + columns - 1) / columns;
        const QPointF center = cellCenter(it.key().first, it.key().second);
        for (int n = 0; n < count; ++n) {
            dots[it->at(n)].center = center + QPointF(((n % columns) - (columns - 1) / 2.0) * pitch,
                                                      ((n / columns) - (rows - 1) / 2.0) * pitch);
        }
    }
    return dots;
}

QString PriorityMatrix::dotLabel(Id card) const
{
    for (const Dot &dot : dots()) {
        if (dot.card == card)
            return QString::number(dot.number);
    }
    return {};
}

QList<QRectF> PriorityMatrix::quadrantLabelRects() const
{
    const QRectF plot = plotRect();
    const QRectF grid = gridRect();
    const double mid = grid.center().x();
    const QRectF top(plot.left(), plot.top(), plot.width(), grid.top() - plot.top());
    const QRectF bottom(plot.left(), grid.bottom(), plot.width(), plot.bottom() - grid.bottom());
    return {QRectF(top.left(), top.top(), mid - top.left(), top.height()), QRectF(mid, top.top(), top.right() - mid, top.height()),
            QRectF(bottom.left(), bottom.top(), mid - bottom.left(), bottom.height()),
            QRectF(mid, bottom.top(), bottom.right() - mid, bottom.height())};
}

QPoint PriorityMatrix::dotCenter(Id card) const
{
    for (const Dot &dot : dots()) {
        if (dot.card == card)
            return dot.center.toPoint();
    }
    return {};
}

Id PriorityMatrix::dotAt(const QPointF &point) const
{
    const double radius = dotDiameter() / 2 + 2;
    const QList<Dot> all = dots();
    // The last painted dot is on top.
    for (auto it = all.crbegin(); it != all.crend(); ++it) {
        if (QLineF(point, it->center).length() <= radius)
            return it->card;
    }
    return 0;
}

Id PriorityMatrix::selectedCard() const
{
    if (!m_session)
        return 0;
    const ElementRef current = m_session->selection()->current();
    const Card *card = current.entity == Entity::Card ? m_session->document()->card(current.id) : nullptr;
    if (card && card->kind == CardKind::Opportunity)
        return card->id;
    const QList<Id> cards = m_session->selection()->ids(Entity::Card);
    for (const Id id : cards) {
        if (const Card *c = m_session->document()->card(id); c && c->kind == CardKind::Opportunity)
            return id;
    }
    return 0;
}

void PriorityMatrix::prioritise(Id id, int effort, int impact)
{
    Document *document = m_session->document();
    const Card *card = document->card(id);
    if (!card || document->isReadOnly() || (card->effort == effort && card->impact == impact))
        return;
    // Effort and impact change together: one step to undo, whichever of them moved.
    auto *command = new DocumentCommand(document, tr("Prioritise Opportunity"));
    if (card->effort != effort)
        new SetValueCommand(document, fieldRef(id, CardField::Effort), qint64(effort), command);
    if (card->impact != impact)
        new SetValueCommand(document, fieldRef(id, CardField::Impact), qint64(impact), command);
    m_session->push(command);
}

void PriorityMatrix::paintQuadrants(QPainter &painter, const QRectF &plot) const
{
    const QPalette &pal = palette();
    const bool dark = pal.color(QPalette::Window).lightness() < 128;
    const int alpha = dark ? 40 : 26;
    const QRectF grid = gridRect();
    const QPointF mid = grid.center();
    using OpportunityRanking::Quadrant;
    struct Area {
        QRectF rect;
        QColor tint;
        Quadrant quadrant;
        Qt::Alignment align;
    };
    // The quadrants fill the plot; their names go in its bands above and below the cells.
    const QList<QRectF> labels = quadrantLabelRects();
    const Area quadrants[] = {
        {QRectF(plot.topLeft(), QPointF(mid.x(), mid.y())), QColor(0x16, 0xa3, 0x4a, alpha), Quadrant::QuickWin,
         Qt::AlignLeft | Qt::AlignTop},
        {QRectF(QPointF(mid.x(), plot.top()), QPointF(plot.right(), mid.y())), QColor(0x25, 0x63, 0xeb, alpha),
         Quadrant::BigBet, Qt::AlignRight | Qt::AlignTop},
        {QRectF(QPointF(plot.left(), mid.y()), QPointF(mid.x(), plot.bottom())), QColor(0x6b, 0x72, 0x80, alpha),
         Quadrant::FillIn, Qt::AlignLeft | Qt::AlignBottom},
        {QRectF(mid, plot.bottomRight()), QColor(0xdc, 0x26, 0x26, alpha), Quadrant::MoneyPit, Qt::AlignRight | Qt::AlignBottom},
    };
    QFont nameFont = font();
    nameFont.setBold(true);
    QFont hintFont = font();
    hintFont.setPointSizeF(font().pointSizeF() * 0.85);
    QColor text = pal.color(QPalette::WindowText);
    text.setAlphaF(0.6f);
    for (int i = 0; i < 4; ++i) {
        const Area &q = quadrants[i];
        painter.fillRect(q.rect, q.tint);
        const QRectF inner = labels.at(i).adjusted(6, 3, -6, -3);
        const int nameHeight = QFontMetrics(nameFont).height();
        const int horizontal = int(q.align & Qt::AlignHorizontal_Mask);
        painter.setPen(text);
        painter.setFont(nameFont);
        const QRectF nameRect(inner.left(), inner.top(), inner.width(), nameHeight);
        painter.drawText(nameRect, horizontal | Qt::AlignVCenter,
                         QFontMetrics(nameFont).elidedText(OpportunityRanking::quadrantHeading(q.quadrant), Qt::ElideRight,
                                                           int(inner.width())));
        painter.setFont(hintFont);
        painter.drawText(QRectF(inner.left(), nameRect.bottom(), inner.width(), inner.bottom() - nameRect.bottom()),
                         horizontal | Qt::AlignVCenter,
                         QFontMetrics(hintFont).elidedText(OpportunityRanking::quadrantHint(q.quadrant), Qt::ElideRight,
                                                           int(inner.width())));
    }
    QColor line = pal.color(QPalette::WindowText);
    line.setAlphaF(0.08f);
    painter.setPen(QPen(line, 1));
    for (int i = 1; i < Steps; ++i) {
        const double x = grid.left() + i * grid.width() / Steps;
        const double y = grid.top() + i * grid.height() / Steps;
        painter.drawLine(QLineF(x, grid.top(), x, grid.bottom()));
        painter.drawLine(QLineF(grid.left(), y, grid.right(), y));
    }
    painter.drawLine(QLineF(grid.left(), grid.top(), grid.right(), grid.top()));
    painter.drawLine(QLineF(grid.left(), grid.bottom(), grid.right(), grid.bottom()));
    line.setAlphaF(0.35f);
    painter.setPen(QPen(line, 1.2, Qt::DashLine));
    painter.drawLine(QLineF(mid.x(), plot.top(), mid.x(), plot.bottom()));
    painter.drawLine(QLineF(plot.left(), mid.y(), plot.right(), mid.y()));
}

void PriorityMatrix::paintAxes(QPainter &painter, const QRectF &plot) const
{
    const QPalette &pal = palette();
    QColor muted = pal.color(QPalette::WindowText);
    muted.setAlphaF(0.7f);
    painter.setPen(muted);
    painter.setFont(font());
    const QFontMetricsF metrics(font());
    for (int value = Card::MinScale; value <= Card::MaxScale; ++value) {
        const QPointF column = cellCenter(value, Card::MinScale);
        painter.drawText(QRectF(column.x() - 20, plot.bottom() + 2, 40, metrics.height()), Qt::AlignCenter,
                         QString::number(value));
        const QPointF row = cellCenter(Card::MinScale, value);
        painter.drawText(QRectF(plot.left() - 22, row.y() - metrics.height() / 2, 16, metrics.height()),
                         Qt::AlignRight | Qt::AlignVCenter, QString::number(value));
    }
    QFont title = font();
    title.setBold(true);
    painter.setFont(title);
    painter.drawText(QRectF(plot.left(), plot.bottom() + metrics.height() + 2, plot.width(), metrics.height() + 4),
                     Qt::AlignCenter, tr("Effort →"));
    painter.save();
    painter.translate(12, plot.center().y());
    painter.rotate(-90);
    painter.drawText(QRectF(-plot.height() / 2, -metrics.height() / 2 - 2, plot.height(), metrics.height() + 4),
                     Qt::AlignCenter, tr("Impact →"));
    painter.restore();
    QColor frame = pal.color(QPalette::WindowText);
    frame.setAlphaF(0.25f);
    painter.setPen(QPen(frame, 1));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(plot);
}

void PriorityMatrix::paintDot(QPainter &painter, Id card, int number, const QPointF &center, bool selected) const
{
    const Card *c = document()->card(card);
    const double d = dotDiameter();
    const QColor fill = statusColor(c->status);
    if (selected) {
        painter.setPen(QPen(palette().color(QPalette::Highlight), 3));
        painter.setBrush(Qt::NoBrush);
        painter.drawEllipse(center, d / 2 + 3, d / 2 + 3);
    }
    painter.setPen(QPen(fill.darker(140), 1));
    painter.setBrush(fill);
    painter.drawEllipse(center, d / 2, d / 2);
    const QString label = QString::number(number);
    QFont type = font();
    type.setBold(true);
    type.setPixelSize(int(d * (label.size() > 2 ? 0.36 : 0.5)));
    painter.setFont(type);
    painter.setPen(statusTextColor(c->status));
    painter.drawText(QRectF(center.x() - d / 2, center.y() - d / 2, d, d), Qt::AlignCenter, label);
}

void PriorityMatrix::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF plot = plotRect();
    paintQuadrants(painter, plot);
    paintAxes(painter, plot);
    if (!document())
        return;

    const QList<Dot> all = dots();
    if (all.isEmpty()) {
        QColor muted = palette().color(QPalette::WindowText);
        muted.setAlphaF(0.6f);
        painter.setPen(muted);
        painter.setFont(font());
        painter.drawText(plot.adjusted(20, 0, -20, 0), Qt::AlignCenter | Qt::TextWordWrap,
                         tr("No opportunities yet.\nAdd cards to an Opportunities lane to weigh them here."));
        return;
    }
    const Id selected = selectedCard();
    int draggedNumber = 0;
    for (const Dot &dot : all) {
        if (dot.card == m_drag.card)
            draggedNumber = dot.number;
        if (dot.card != m_drag.card || !m_drag.moved)
            paintDot(painter, dot.card, dot.number, dot.center, dot.card == selected);
    }
    if (m_drag.card && m_drag.moved) {
        // Where the drop would land, then the dot under the pointer.
        const auto [effort, impact] = cellAt(m_drag.position);
        const QRectF grid = gridRect();
        const QRectF cell(cellCenter(effort, impact) - QPointF(grid.width() / Steps / 2, grid.height() / Steps / 2),
                          QSizeF(grid.width() / Steps, grid.height() / Steps));
        QColor highlight = palette().color(QPalette::Highlight);
        painter.setPen(QPen(highlight, 2));
        highlight.setAlphaF(0.15f);
        painter.setBrush(highlight);
        painter.drawRoundedRect(cell.adjusted(2, 2, -2, -2), 4, 4);
        paintDot(painter, m_drag.card, draggedNumber, m_drag.position, true);
    }
}

void PriorityMatrix::mousePressEvent(QMouseEvent *event)
{
    if (!m_session || event->button() != Qt::LeftButton) {
        QWidget::mousePressEvent(event);
        return;
    }
    const Id card = dotAt(event->position());
    if (!card) {
        m_drag = {};
        return;
    }
    m_session->selection()->select({Entity::Card, card});
    m_drag = {card, QPointF(dotCenter(card)) - event->position(), QPointF(dotCenter(card)), false};
    event->accept();
}

void PriorityMatrix::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_drag.card || !(event->buttons() & Qt::LeftButton)) {
        setCursor(m_session && dotAt(event->position()) ? Qt::OpenHandCursor : Qt::ArrowCursor);
        return;
    }
    if (m_session->document()->isReadOnly())
        return;
    m_drag.position = event->position() + m_drag.grabOffset;
    m_drag.moved = true;
    setCursor(Qt::ClosedHandCursor);
    update();
}

void PriorityMatrix::mouseReleaseEvent(QMouseEvent *event)
{
    const Drag drag = m_drag;
    m_drag = {};
    if (drag.card && drag.moved && event->button() == Qt::LeftButton) {
        const auto [effort, impact] = cellAt(event->position() + drag.grabOffset);
        prioritise(drag.card, effort, impact);
    }
    setCursor(Qt::ArrowCursor);
    update();
}

void PriorityMatrix::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape && m_drag.card) {
        m_drag = {};
        update();
        return;
    }
    const Id id = selectedCard();
    const Card *card = id ? m_session->document()->card(id) : nullptr;
    int effort = card ? card->effort : 0;
    int impact = card ? card->impact : 0;
    switch (event->key()) {
    case Qt::Key_Left: --effort; break;
    case Qt::Key_Right: ++effort; break;
    case Qt::Key_Up: ++impact; break;
    case Qt::Key_Down: --impact; break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    if (card)
        prioritise(id, std::clamp(effort, Card::MinScale, Card::MaxScale), std::clamp(impact, Card::MinScale, Card::MaxScale));
    event->accept();
}

bool PriorityMatrix::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip && m_session) {
        auto *help = static_cast<QHelpEvent *>(event);
        const Id id = dotAt(help->pos());
        if (!id) {
            QToolTip::hideText();
            event->ignore();
            return true;
        }
        const Document *document = m_session->document();
        const Card *card = document->card(id);
        const Stage *stage = document->stage(card->stage);
        const int rank = int(opportunities().indexOf(id)) + 1;
        QToolTip::showText(help->globalPos(),
                           tr("<b>%1 %2</b><br>Impact %3, effort %4 · %5 · rank %7<br>Stage: %6")
                               .arg(dotLabel(id),
                                    ValueBounds::forDisplay(card->title.isEmpty() ? tr("Untitled") : card->title, 500).toHtmlEscaped(),
                                    QString::number(card->impact), QString::number(card->effort), labelOf(card->status),
                                    ValueBounds::forDisplay(stage ? stage->name : QString(), 500).toHtmlEscaped(),
                                    QString::number(rank)),
                           this);
        return true;
    }
    return QWidget::event(event);
}

} // namespace Waymark
