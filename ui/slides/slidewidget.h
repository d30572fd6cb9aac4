#pragma once

#include "slidepainter.h"
#include "slidepicture.h"

#include <QWidget>

namespace Waymark {

// A laid-out slide on screen, scaled to the widget (the presentation's full screen, or a
// preview in the presenter console), with the cards it shows found under the mouse.
class SlideWidget : public QWidget
{
    Q_OBJECT

public:
    explicit SlideWidget(QWidget *parent = nullptr);

    void setPicture(SlidePicture picture);
    const SlidePicture &picture() const { return m_picture; }
    // Draws the overview's map (the presentation shows the editor's live canvas there instead).
    void setMapPainter(SlidePainter::MapPainter painter) { m_mapPainter = std::move(painter); }

    // Slide units to widget pixels.
    QTransform toWidget() const;
    QRectF mapToWidget(const QRectF &slideRect) const;
    Id cardAt(const QPoint &pos) const;

signals:
    void cardDoubleClicked(Waymark::Id card);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;

private:
    SlidePicture m_picture;
    SlidePainter::MapPainter m_mapPainter;
};

} // namespace Waymark
