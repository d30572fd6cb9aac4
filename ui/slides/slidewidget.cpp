#include "slidewidget.h"

#include "slidestyle.h"

#include <QMouseEvent>
#include <QPainter>

namespace Waymark {

SlideWidget::SlideWidget(QWidget *parent)
    : QWidget(parent)
{
    setAttribute(Qt::WA_OpaquePaintEvent);
}

void SlideWidget::setPicture(SlidePicture picture)
{
    m_picture = std::move(picture);
    update();
}

QTransform SlideWidget::toWidget() const
{
    return SlidePainter::transform(m_picture, QRectF(rect()));
}

QRectF SlideWidget::mapToWidget(const QRectF &slideRect) const
{
    return toWidget().mapRect(slideRect);
}

Id SlideWidget::cardAt(const QPoint &pos) const
{
    return m_picture.cardAt(toWidget().inverted().map(QPointF(pos)));
}

void SlideWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    // Where the screen's shape differs from the slide's, the slide's background fills the rest.
    painter.fillRect(rect(), SlideStyle::background());
    SlidePainter::paint(&painter, m_picture, QRectF(rect()), m_mapPainter);
}

void SlideWidget::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (const Id card = cardAt(event->position().toPoint())) {
        emit cardDoubleClicked(card);
        event->accept();
        return;
    }
    QWidget::mouseDoubleClickEvent(event);
}

} // namespace Waymark
