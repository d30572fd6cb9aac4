#pragma once

#include <QElapsedTimer>
#include <QPointer>
#include <QWidget>

class QLabel;
class QScreen;
class QTimer;

namespace Waymark {

class PresentationWindow;
class SlideWidget;

// The facilitator's screen while the room sees the slides on the other: the current and the
// next slide, the stage's cards the room does not see (hidden lanes, the stage's other slides),
// the notes (the stage's description, the survey n, the evidence of each card) and the time
// since the start. The presentation's keys work here too.
class PresenterConsole : public QWidget
{
    Q_OBJECT

public:
    explicit PresenterConsole(PresentationWindow *presentation, QWidget *parent = nullptr);

    // Fills `screen` (the window's own when null).
    void start(QScreen *screen = nullptr);

    SlideWidget *currentSlide() const { return m_current; }
    SlideWidget *nextSlide() const { return m_next; }
    QString heading() const;
    QString nextHeading() const;
    QString notShownText() const;
    QString notesText() const;
    QString clockText() const;
    void restartClock();

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void refresh();
    void tick();
    static QLabel *label(const QString &text, int pixels, bool bold, const QString &color);

    QPointer<PresentationWindow> m_presentation;
    SlideWidget *m_current;
    SlideWidget *m_next;
    QLabel *m_heading;
    QLabel *m_clock;
    QLabel *m_nextHeading;
    QLabel *m_notShown;
    QLabel *m_notes;
    QTimer *m_ticker;
    QElapsedTimer m_elapsed;
};

} // namespace Waymark
